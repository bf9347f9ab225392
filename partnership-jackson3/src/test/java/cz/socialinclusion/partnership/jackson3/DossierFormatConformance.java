package cz.socialinclusion.partnership.jackson3;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The dossier format, checked the same way against each JSON module: the five dossiers read and written back
 * byte for byte, the source pages' round trip, and the catalogue of bad documents each refused with the JSON
 * path and line of what is wrong and a message that names no internal class.
 */
abstract class DossierFormatConformance {

    /** A qualified Java name ({@code java.lang.String}, {@code tools.jackson.core.JsonToken}) or a Jackson type hint. */
    private static final Pattern JAVA_CLASS = Pattern.compile(
            "\\b(?:java|javax|jdk|com|cz|org|tools)\\.[a-z]\\w*\\.|\\bclass [a-z]|JsonToken\\.|\\[Source:");

    /** A value of the document quoted back in a message. */
    private static final Pattern QUOTED_VALUE = Pattern.compile("'[^'\\n]*'|\"[^\"\\n]*\"");

    /** The module under test. */
    abstract DossierCodec codec();

    static List<String> files() {
        return BadDossiers.FILES;
    }

    static List<Dossier> sourcePages() {
        return SourcePages.all();
    }

    static Stream<BadDossiers.Case> badDossiers() {
        return BadDossiers.all().stream();
    }

    @ParameterizedTest
    @MethodSource("files")
    void eachDossierFileIsReadAndWrittenBackByteForByte(String file) {
        byte[] canonical = BadDossiers.resource(file);
        Dossier dossier = codec().read(canonical);
        assertThat(new String(codec().write(dossier), StandardCharsets.UTF_8))
                .isEqualTo(new String(canonical, StandardCharsets.UTF_8));
        assertThat(codec().write(dossier)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @MethodSource("sourcePages")
    void eachSourcePageGoesThereAndBackUnchanged(Dossier page) {
        byte[] json = codec().write(page);
        assertThat(codec().read(json)).isEqualTo(page);
        String file = page.partnership().id().toString() + ".json";
        assertThat(json).isEqualTo(BadDossiers.resource(file));
    }

    @Test
    void czechTextIsWrittenAsUtf8BytesNotEscapes() {
        String json = new String(codec().write(SourcePages.decin()), StandardCharsets.UTF_8);
        assertThat(json).contains("Děčín").doesNotContain("\\u");
    }

    @Test
    void theIndicatorUsedByTheBadNumbersIsReadWhenItsNumberIsGood() {
        Dossier dossier = codec().read(BadDossiers.withBaseline("7.5"));
        var indicator = dossier.plans().get(0).versions().get(0).measuresWithoutGoal().get(0)
                .indicators().get(0);
        assertThat(indicator.baseline().value()).isEqualByComparingTo(new BigDecimal("7.5"));
        assertThat(indicator.name()).isEqualTo("Počet bytů prostupného bydlení");
        assertThat(codec().read(BadDossiers.withBaseline("123456789012345678901234567890"))).isNotNull();
    }

    @ParameterizedTest
    @MethodSource("badDossiers")
    void eachBadDossierIsRefusedWithItsPathAndLine(BadDossiers.Case bad) {
        Throwable thrown = catchThrowable(() -> codec().read(bad.json()));
        assertThat(thrown).as("%s: %s", codec().name(), bad.name()).isInstanceOf(DossierCodec.Refused.class);
        DossierCodec.Refusal refusal = ((DossierCodec.Refused) thrown).refusal();
        if (bad.deeperInside()) {
            assertThat(refusal.path()).as("path").startsWith(bad.path());
        } else {
            assertThat(refusal.path()).as("path").isEqualTo(bad.path());
        }
        assertThat(refusal.line()).as("line").isPositive();
        // FORMAT.md: every refusal ends "\n at $.path (line L, column C)" and names no Java class.
        assertThat(refusal.message()).as("message")
                .containsPattern("\n at " + Pattern.quote(refusal.path()) + " \\(line " + refusal.line()
                        + ", column [0-9]+\\)$")
                .doesNotContain(".internal.");
        // A value the document gave may be quoted back as it is (a class name given as a member's type).
        assertThat(QUOTED_VALUE.matcher(refusal.message()).replaceAll("''")).as("message without quoted values")
                .doesNotContainPattern(JAVA_CLASS);
    }
}
