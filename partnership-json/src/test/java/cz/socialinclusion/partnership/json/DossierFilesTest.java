package cz.socialinclusion.partnership.json;

import cz.socialinclusion.partnership.Dossier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The five dossier files shipped in the jar are the source pages, in the canonical form, in UTF-8. */
class DossierFilesTest {

    static Stream<Map.Entry<String, Supplier<Dossier>>> files() {
        return WriteDossierFiles.FILES.entrySet().stream();
    }

    private static byte[] file(String name) throws Exception {
        try (InputStream in = PartnershipJson.class.getResourceAsStream("dossiers/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void theFileIsWhatTheModuleWritesForTheSourcePage(Map.Entry<String, Supplier<Dossier>> file) throws Exception {
        assertThat(new String(file(file.getKey()), StandardCharsets.UTF_8))
                .isEqualTo(new String(PartnershipJson.writeDossier(file.getValue().get()), StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("files")
    void readingTheFileGivesTheSourcePageAndWritingItGivesTheFileByteForByte(Map.Entry<String, Supplier<Dossier>> file)
            throws Exception {
        byte[] bytes = file(file.getKey());
        Dossier read = PartnershipJson.readDossier(bytes);
        assertThat(read).isEqualTo(file.getValue().get());
        assertThat(PartnershipJson.writeDossier(read)).isEqualTo(bytes);
    }

    @org.junit.jupiter.api.Test
    void czechNamesAreStoredAsUtf8BytesNotEscapes() throws Exception {
        String decin = new String(file("decin.json"), StandardCharsets.UTF_8);
        assertThat(decin).contains("\"Křesťanské společenství Jonáš\"").doesNotContain("\\u");
        assertThat(file("decin.json")).containsSequence("Děčín".getBytes(StandardCharsets.UTF_8));
    }
}
