package cz.socialinclusion.partnership.jackson3;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The facade's ways in and out: bytes, a stream, a file; and what it refuses before the model sees anything. */
class PartnershipJackson3Test {

    @Test
    void aDossierIsReadFromAStreamAndFromAFile(@TempDir Path dir) throws Exception {
        Dossier decin = SourcePages.decin();
        byte[] json = PartnershipJackson3.writeDossier(decin);
        assertThat(PartnershipJackson3.readDossier(new ByteArrayInputStream(json))).isEqualTo(decin);
        Path file = dir.resolve("děčín.json");
        Files.write(file, json);
        assertThat(PartnershipJackson3.readDossier(file)).isEqualTo(decin);
    }

    @Test
    void theCanonicalFormEndsWithOneNewlineAndIndentsByTwoSpaces() {
        String json = new String(PartnershipJackson3.writeDossier(SourcePages.kadan()), StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\n  \"formatVersion\": 1,\n  \"partnership\": {\n    \"id\": \"kadan\",")
                .endsWith("\n}\n").doesNotContain("\r").doesNotContain("\t");
    }

    @Test
    void aStreamLongerThanTheLimitIsRefusedWhileItIsRead() {
        // An endless stream of spaces: only counting while reading can end this.
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) ' ');
                return len;
            }
        };
        Throwable refused = catchThrowable(() -> PartnershipJackson3.readDossier(endless));
        assertThat(refused).isInstanceOf(StreamConstraintsException.class)
                .hasMessageContaining("Document length").hasMessageContaining(String.valueOf(PartnershipJackson3.MAX_DOCUMENT_LENGTH))
                .hasMessageEndingWith("\n at $ (line 1, column " + (PartnershipJackson3.MAX_DOCUMENT_LENGTH + 1) + ")");
    }

    @Test
    void bytesLongerThanTheLimitAreRefusedBeforeParsing() {
        byte[] big = new byte[(int) PartnershipJackson3.MAX_DOCUMENT_LENGTH + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        assertThat(catchThrowable(() -> PartnershipJackson3.readDossier(big)))
                .isInstanceOf(StreamConstraintsException.class).hasMessageContaining("Document length");
    }

    @Test
    void utf16AndUtf32AndLatin2AreRefusedAsNotUtf8() {
        String cheb = new String(PartnershipJackson3.writeDossier(SourcePages.cheb()), StandardCharsets.UTF_8);
        for (Charset charset : new Charset[] {StandardCharsets.UTF_16, StandardCharsets.UTF_16LE,
                Charset.forName("UTF-32"), Charset.forName("ISO-8859-2")}) {
            Throwable refused = catchThrowable(() -> PartnershipJackson3.readDossier(cheb.getBytes(charset)));
            assertThat(refused).as(charset.name()).isInstanceOf(StreamReadException.class)
                    .hasMessageStartingWith("Input is not UTF-8");
        }
    }

    @Test
    void aLatin2CzechNameIsRefusedAtItsPath() {
        String cheb = new String(PartnershipJackson3.writeDossier(SourcePages.cheb()), StandardCharsets.UTF_8);
        byte[] mixed = cheb.replace("Město Cheb", "\u0000").getBytes(StandardCharsets.UTF_8);
        // The NUL is replaced by "Město" in ISO-8859-2: the byte of "ě" (0xEC) starts no valid UTF-8 sequence here.
        byte[] latin2 = "Město".getBytes(Charset.forName("ISO-8859-2"));
        int at = indexOf(mixed, (byte) 0);
        byte[] json = new byte[mixed.length - 1 + latin2.length];
        System.arraycopy(mixed, 0, json, 0, at);
        System.arraycopy(latin2, 0, json, at, latin2.length);
        System.arraycopy(mixed, at + 1, json, at + latin2.length, mixed.length - at - 1);

        Throwable refused = catchThrowable(() -> PartnershipJackson3.readDossier(json));
        assertThat(refused).isInstanceOf(StreamReadException.class).hasMessageEndingWith("\n at $.partnership.memberships[1].member.name (line 23, column 21)");
        assertThat(PartnershipJackson3.path((StreamReadException) refused)).isEqualTo("$.partnership.memberships[1].member.name");
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
