package cz.socialinclusion.partnership.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JacksonException;
import cz.socialinclusion.partnership.Dossier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the dossier reader with Jazzer. In a plain {@code mvn test} it replays its corpus (the five
 * source-page dossiers and every input a fuzzing run found and kept, in {@code DossierFuzzTestInputs}); with
 * {@code JAZZER_FUZZ=1} it fuzzes. Nothing but the documented {@link JacksonException} may escape, and
 * whatever is read must write back to an equal dossier.
 */
class DossierFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void readDossier(byte[] input) throws Exception {
        Dossier dossier;
        try {
            dossier = PartnershipJson.readDossier(input);
        } catch (JacksonException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        assertThat(PartnershipJson.readDossier(PartnershipJson.writeDossier(dossier))).isEqualTo(dossier);
    }
}
