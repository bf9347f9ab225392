package cz.socialinclusion.partnership.jackson3;

import cz.socialinclusion.partnership.Dossier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded mutants of the five dossiers (bytes deleted, inserted, swapped, tokens replaced): each is either read
 * into a dossier that writes and reads back unchanged, or refused with a {@link JacksonException} that names a
 * path; never another exception.
 */
class MutatedDossiersTest {

    private static final int MUTANTS_PER_FILE = 300;
    private static final byte[] INSERTS = "{}[]\",:0123456789.eE-+ntfu\\ \n\u0000".getBytes(StandardCharsets.ISO_8859_1);
    private static final List<String> TOKENS = List.of("null", "true", "1", "-1", "1.5", "1e400", "\"\"", "[]", "{}",
            "\"x\"", "\"2011-02-30\"", "\"\\ud800\"", "\"\\u0000\"", "\"2011-Q5\"", "\"P-1D\"", "99999999999");

    static List<String> files() {
        return BadDossiers.FILES;
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyMutantIsReadOrRefusedWithAJacksonExceptionNamingAPath(String file) {
        byte[] original = BadDossiers.resource(file);
        Random random = new Random(file.hashCode());
        int accepted = 0;
        for (int i = 0; i < MUTANTS_PER_FILE; i++) {
            byte[] mutant = mutate(original, random);
            Dossier dossier;
            try {
                dossier = PartnershipJackson3.readDossier(mutant);
            } catch (JacksonException refused) {
                assertThat(PartnershipJackson3.path(refused)).startsWith("$");
                assertThat(refused.getLocation()).as("location of %s", refused.getOriginalMessage()).isNotNull();
                continue;
            }
            accepted++;
            assertThat(PartnershipJackson3.readDossier(PartnershipJackson3.writeDossier(dossier))).isEqualTo(dossier);
        }
        assertThat(accepted).as("some mutants (whitespace, a changed letter) are still dossiers").isPositive();
    }

    private static byte[] mutate(byte[] json, Random random) {
        int at = random.nextInt(json.length);
        return switch (random.nextInt(4)) {
            case 0 -> splice(json, at, 1 + random.nextInt(8), new byte[0]);
            case 1 -> splice(json, at, 0, new byte[] {INSERTS[random.nextInt(INSERTS.length)]});
            case 2 -> {
                byte[] copy = json.clone();
                copy[at] = (byte) random.nextInt(256);
                yield copy;
            }
            default -> {
                // Replace the value after a colon by another JSON token.
                String text = new String(json, StandardCharsets.UTF_8);
                int colon = text.indexOf(": ", random.nextInt(text.length()));
                if (colon < 0) {
                    yield json;
                }
                int end = colon + 2;
                while (end < text.length() && ",\n".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                String token = TOKENS.get(random.nextInt(TOKENS.size()));
                yield (text.substring(0, colon + 2) + token + text.substring(end)).getBytes(StandardCharsets.UTF_8);
            }
        };
    }

    private static byte[] splice(byte[] json, int at, int remove, byte[] insert) {
        int removed = Math.min(remove, json.length - at);
        byte[] out = new byte[json.length - removed + insert.length];
        System.arraycopy(json, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(json, at + removed, out, at + insert.length, json.length - at - removed);
        return out;
    }
}
