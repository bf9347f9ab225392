package cz.socialinclusion.partnership.json;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.fixtures.RandomDossiers;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class DossierRoundTripTest {

    static Stream<Dossier> sourcePages() {
        return SourcePages.all().stream();
    }

    @ParameterizedTest
    @MethodSource("sourcePages")
    void aSourcePageDossierReadsBackEqual(Dossier dossier) throws Exception {
        byte[] json = PartnershipJson.writeDossier(dossier);
        assertThat(PartnershipJson.readDossier(json)).isEqualTo(dossier);
        assertThat(PartnershipJson.writeDossier(PartnershipJson.readDossier(json))).isEqualTo(json);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void aGeneratedDossierReadsBackEqual(long seed) throws Exception {
        Dossier dossier = RandomDossiers.generate(seed, 25, 6);
        assertThat(PartnershipJson.readDossier(PartnershipJson.writeDossier(dossier))).isEqualTo(dossier);
    }
}
