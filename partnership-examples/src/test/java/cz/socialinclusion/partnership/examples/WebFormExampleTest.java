package cz.socialinclusion.partnership.examples;

import cz.socialinclusion.partnership.examples.WebFormExample.FieldError;
import cz.socialinclusion.partnership.examples.WebFormExample.OrganisationForm;
import cz.socialinclusion.partnership.member.MemberId;
import cz.socialinclusion.partnership.member.OrganisationKind;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The web-form host gets every mistake of a form at once, with its field, in English and Czech. */
class WebFormExampleTest {

    private static final OrganisationForm THREE_MISTAKES = new OrganisationForm(" ", OrganisationKind.NGO,
            "25755278", List.of("Nízkoprahový klub Kadaň", ""));

    @Test
    void aFormWithThreeBadFieldsGetsThreeErrorsNamingTheFieldsInEnglish() {
        assertThat(WebFormExample.check(THREE_MISTAKES, Locale.ENGLISH)).containsExactly(
                new FieldError("name", "must not be blank"),
                new FieldError("ico", "is not a valid IČO: eight digits with a correct check digit"),
                new FieldError("facilities[1]", "must not be blank"));
    }

    @Test
    void aFormWithThreeBadFieldsGetsThreeErrorsNamingTheFieldsInCzech() {
        assertThat(WebFormExample.check(THREE_MISTAKES, Locale.forLanguageTag("cs"))).containsExactly(
                new FieldError("name", "nesmí být prázdné"),
                new FieldError("ico", "není platné IČO: osm číslic se správnou kontrolní číslicí"),
                new FieldError("facilities[1]", "nesmí být prázdné"));
    }

    @Test
    void aMissingKindAndATooLongNameAreReportedWithTheLimit() {
        var form = new OrganisationForm("Ř".repeat(10_001), null, "", List.of());
        assertThat(WebFormExample.check(form, Locale.ENGLISH)).containsExactly(
                new FieldError("name", "must have at most 10000 characters"),
                new FieldError("kind", "must be given"));
    }

    @Test
    void aCorrectFormHasNoErrorAndBuildsTheMember() {
        var form = new OrganisationForm("Člověk v tísni, o.p.s.", OrganisationKind.NGO, "257 55 277",
                List.of("Nízkoprahový klub Kadaň"));
        assertThat(WebFormExample.check(form, Locale.ENGLISH)).isEmpty();
        var member = WebFormExample.build(form, MemberId.of("kadan-cvt"));
        assertThat(member.name()).isEqualTo("Člověk v tísni, o.p.s.");
        assertThat(member.ico().value()).isEqualTo("25755277");
        assertThat(member.facilities()).containsExactly("Nízkoprahový klub Kadaň");
    }

    @Test
    void theExamplePrintsTheErrorsNextToTheirFieldsAndTheCorrectedMember() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WebFormExample.run(Locale.forLanguageTag("cs"), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("  name           nesmí být prázdné")
                .contains("  ico            není platné IČO")
                .contains("  facilities[1]  nesmí být prázdné")
                .contains("Corrected: Organisation[id=kadan-cvt, name=Člověk v tísni, o.p.s.");
    }
}
