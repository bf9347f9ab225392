package cz.socialinclusion.partnership.examples;

import cz.socialinclusion.partnership.member.Ico;
import cz.socialinclusion.partnership.member.LegalForm;
import cz.socialinclusion.partnership.member.MemberId;
import cz.socialinclusion.partnership.member.Organisation;
import cz.socialinclusion.partnership.member.OrganisationKind;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.AssertTrue;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A host with its own {@code ValidationMessages.properties} (this module's test resources) still gets the
 * library's messages: Hibernate Validator reads the library's {@code ContributorValidationMessages} beside
 * the host's bundle, in English and in Czech.
 */
class HostValidationMessagesTest {

    private static final Locale CS = Locale.forLanguageTag("cs");

    /** The host's own form, with a constraint whose message is in the host's bundle. */
    record Registration(@AssertTrue(message = "{registration.consent.message}") boolean consent) {
    }

    /** A validator whose messages are in {@code locale}: the interpolator's default locale, which it resolves them in. */
    private static Validator validator(Locale locale) {
        return Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH, CS), locale, false))
                .buildValidatorFactory().getValidator();
    }

    private static Set<String> messages(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(ConstraintViolation::getMessage).collect(Collectors.toSet());
    }

    @Test
    void theHostsBundleIsOnTheClassPath() {
        assertThat(getClass().getResource("/ValidationMessages.properties")).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | must be agreed to before the organisation is listed | is not a valid IČO: eight digits with a correct check digit
            cs | musí být odsouhlaseno, než bude organizace zapsána   | není platné IČO: osm číslic se správnou kontrolní číslicí
            """)
    void theHostsMessageAndTheLibrarysAreBothResolved(String language, String hosts, String librarys) throws Exception {
        Validator validator = validator(Locale.forLanguageTag(language));
        assertThat(messages(validator.validate(new Registration(false))))
                .containsExactly(hosts);
        assertThat(messages(validator.forExecutables().validateConstructorParameters(
                Ico.class.getConstructor(String.class), new Object[] {"25755278"})))
                .containsExactly(librarys);
    }

    @Test
    void noMessageOfAnEmptyOrganisationIsLeftAsARawKey() throws Exception {
        var constructor = Organisation.class.getConstructor(MemberId.class, String.class, OrganisationKind.class,
                LegalForm.class, Ico.class, List.class);
        for (Locale locale : new Locale[] {Locale.ENGLISH, CS}) {
            var violations = validator(locale).forExecutables().validateConstructorParameters(constructor,
                    new Object[] {null, "", null, null, null, null});
            assertThat(violations).hasSize(4);
            assertThat(messages(violations)).noneMatch(m -> m.contains("{") || m.contains("}"));
        }
    }
}
