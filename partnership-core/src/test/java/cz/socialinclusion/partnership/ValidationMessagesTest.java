package cz.socialinclusion.partnership;

import cz.socialinclusion.partnership.base.Limits;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import cz.socialinclusion.partnership.group.WorkingGroupId;
import cz.socialinclusion.partnership.meeting.Decision;
import cz.socialinclusion.partnership.meeting.DecisionKind;
import cz.socialinclusion.partnership.meeting.Meeting;
import cz.socialinclusion.partnership.meeting.MeetingId;
import cz.socialinclusion.partnership.meeting.MeetingKind;
import cz.socialinclusion.partnership.meeting.MeetingLevel;
import cz.socialinclusion.partnership.member.Ico;
import cz.socialinclusion.partnership.member.LegalForm;
import cz.socialinclusion.partnership.member.MemberId;
import cz.socialinclusion.partnership.member.NaturalPerson;
import cz.socialinclusion.partnership.member.Organisation;
import cz.socialinclusion.partnership.member.OrganisationKind;
import cz.socialinclusion.partnership.plan.Measurement;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A host checks what a user filled in with a {@link Validator} before it builds the model: the constraints
 * sit on the canonical constructors' parameters, with messages in English and Czech.
 */
class ValidationMessagesTest {

    private static final Locale CS = Locale.forLanguageTag("cs");

    /** A validator whose messages are in {@code locale}: the interpolator's default locale, which it resolves them in. */
    private static Validator validator(Locale locale) {
        return Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH, CS), locale, false))
                .buildValidatorFactory().getValidator();
    }

    /** A model constructor called with what a user filled in, checked as a host checks it before calling it. */
    private record Form(Constructor<?> constructor, Object... values) {

        Set<? extends ConstraintViolation<?>> violationsIn(Locale locale) {
            return validator(locale).forExecutables().validateConstructorParameters(constructor, values);
        }

        List<String> messagesIn(Locale locale) {
            return violationsIn(locale).stream().map(ConstraintViolation::getMessage).toList();
        }

        /** The message of each violation by the path a host shows it at (constructor, parameter, list index). */
        Map<String, String> messagesByPathIn(Locale locale) {
            return violationsIn(locale).stream().collect(Collectors.toMap(v -> v.getPropertyPath().toString(),
                    ConstraintViolation::getMessage));
        }

        /** The constructor and the values, with control characters and lone surrogates escaped, cut at 60 characters. */
        @Override
        public String toString() {
            String text = constructor.getDeclaringClass().getSimpleName() + Arrays.toString(values);
            StringBuilder shown = new StringBuilder();
            text.codePoints().limit(60).forEach(c -> {
                if (Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE) {
                    shown.append(String.format("\\u%04X", c));
                } else {
                    shown.appendCodePoint(c);
                }
            });
            return text.codePointCount(0, text.length()) > 60 ? shown + "…" : shown.toString();
        }
    }

    private static Form form(Class<?> type, Class<?>[] parameterTypes, Object... values) {
        try {
            return new Form(type.getConstructor(parameterTypes), values);
        } catch (NoSuchMethodException e) {
            throw new AssertionError("no public constructor " + type.getSimpleName() + Arrays.toString(parameterTypes), e);
        }
    }

    private static Form ico(String value) {
        return form(Ico.class, new Class<?>[] {String.class}, value);
    }

    private static Form organisation(String name, OrganisationKind kind, List<String> facilities) {
        return form(Organisation.class, new Class<?>[] {MemberId.class, String.class, OrganisationKind.class,
                LegalForm.class, Ico.class, List.class}, MemberId.of("kadan-kc"), name, kind, null, null, facilities);
    }

    private static Form organisation(String name) {
        return organisation(name, OrganisationKind.NGO, List.of());
    }

    private static Form memberId(String value) {
        return form(MemberId.class, new Class<?>[] {String.class}, value);
    }

    private static Form rulesOfProcedure(LocalDate adopted) {
        return form(RulesOfProcedure.class, new Class<?>[] {LocalDate.class, MeetingId.class}, adopted, null);
    }

    private static Form measurement(String value) {
        return form(Measurement.class, new Class<?>[] {BigDecimal.class, LocalDate.class}, new BigDecimal(value),
                LocalDate.of(2011, 2, 9));
    }

    private static Form decision(String text) {
        return form(Decision.class, new Class<?>[] {DecisionKind.class, String.class}, DecisionKind.values()[0], text);
    }

    private static final String WITHIN_LIMITS_EN = "must be within the model's bounds: a day from 1900-01-01 to "
            + "2200-12-31, a decimal of at most 30 digits, at most 10 of them after the decimal point";
    private static final String WITHIN_LIMITS_CS = "musí být v mezích modelu: den od 1900-01-01 do 2200-12-31, "
            + "desetinné číslo nejvýše o 30 číslicích, z toho nejvýše 10 za desetinnou čárkou";

    static Stream<Arguments> refusedValues() {
        String tooLong = "Ř".repeat(10_001);
        return Stream.of(
                Arguments.of(ico("25755278"), Locale.ENGLISH, "is not a valid IČO: eight digits with a correct check digit"),
                Arguments.of(ico("25755278"), CS, "není platné IČO: osm číslic se správnou kontrolní číslicí"),
                Arguments.of(organisation(" "), Locale.ENGLISH, "must not be blank"),
                Arguments.of(organisation(" "), CS, "nesmí být prázdné"),
                Arguments.of(organisation(tooLong), Locale.ENGLISH, "must have at most 10000 characters"),
                Arguments.of(organisation(tooLong), CS, "smí mít nejvýše 10000 znaků"),
                Arguments.of(memberId("a b"), CS, "není platný identifikátor: použijte 1 až 100 písmen, číslic nebo "
                        + "znaků . _ : - a začněte písmenem nebo číslicí"),
                Arguments.of(rulesOfProcedure(LocalDate.of(2201, 1, 1)), Locale.ENGLISH, WITHIN_LIMITS_EN),
                Arguments.of(rulesOfProcedure(LocalDate.of(2201, 1, 1)), CS, WITHIN_LIMITS_CS),
                Arguments.of(measurement("1e999999999"), Locale.ENGLISH, WITHIN_LIMITS_EN),
                Arguments.of(measurement("1e999999999"), CS, WITHIN_LIMITS_CS),
                Arguments.of(organisation("Město\u001b[2J Kadaň"), Locale.ENGLISH,
                        "must be one line without tabs, control characters or unpaired surrogates"),
                Arguments.of(organisation("Město\nKadaň"), CS,
                        "musí být na jednom řádku bez tabulátorů, řídicích znaků a nepárových náhradních znaků"),
                Arguments.of(decision("Schvaluje se\u0000"), Locale.ENGLISH,
                        "must not hold control characters (other than tab and line feed) or unpaired surrogates"),
                Arguments.of(decision("Schvaluje se\uDE00"), CS,
                        "nesmí obsahovat řídicí znaky (kromě tabulátoru a konce řádku) ani nepárové náhradní znaky"));
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @MethodSource("refusedValues")
    void aRefusedValueIsReportedInTheUsersLanguage(Form form, Locale locale, String message) {
        assertThat(form.messagesIn(locale)).containsExactly(message);
    }

    static Stream<Form> acceptedValues() {
        return Stream.of(ico("25755277"), rulesOfProcedure(Limits.EARLIEST_DAY),
                organisation("Město Kadaň \uD83D\uDE00"), decision("Schvaluje se:\n\tjednací řád"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedValues")
    void anAcceptedValueHasNoViolation(Form form) {
        assertThat(form.messagesIn(CS)).isEmpty();
    }

    @Test
    void aWellFormedFixtureValidatesWithoutViolations() {
        assertThat(validator(CS).validate(SourcePages.decin())).isEmpty();
    }

    @Test
    void aBlankFacilityInTheListIsReportedAtItsIndex() {
        Form form = organisation("Kontaktní centrum Kadaň", OrganisationKind.NGO, List.of("K-Centrum", " "));
        assertThat(form.messagesByPathIn(Locale.ENGLISH)).containsExactly(
                Map.entry("Organisation.facilities[1].<list element>", "must not be blank"));
    }

    @Test
    void aFormWithThreeBadFieldsGetsThreeViolationsNamedByTheParameters() {
        Form form = organisation(" ", null, List.of("Nízkoprahový klub", ""));
        assertThat(form.messagesByPathIn(Locale.ENGLISH)).containsOnly(
                Map.entry("Organisation.name", "must not be blank"),
                Map.entry("Organisation.kind", "must be given"),
                Map.entry("Organisation.facilities[1].<list element>", "must not be blank"));
        assertThat(form.messagesByPathIn(CS)).containsOnly(
                Map.entry("Organisation.name", "nesmí být prázdné"),
                Map.entry("Organisation.kind", "musí být vyplněno"),
                Map.entry("Organisation.facilities[1].<list element>", "nesmí být prázdné"));
    }

    @Test
    void eachNameOfNaturalPersonsIsChecked() {
        Form form = form(NaturalPerson.class, new Class<?>[] {MemberId.class, List.class, String.class, LocalDate.class},
                MemberId.of("cheb-osoba-1"), List.of("Roman Tirpák", "Ř".repeat(10_001)), "soukromý podnikatel", null);
        assertThat(form.messagesByPathIn(CS)).containsExactly(
                Map.entry("NaturalPerson.names[1].<list element>", "smí mít nejvýše 10000 znaků"));
    }

    @Test
    void eachAgendaItemOfAMeetingIsChecked() {
        Form form = form(Meeting.class, new Class<?>[] {MeetingId.class, MeetingLevel.class, WorkingGroupId.class,
                LocalDate.class, MeetingKind.class, List.class, List.class, List.class, List.class, List.class},
                MeetingId.of("kadan-2011-03"), MeetingLevel.PARTNERSHIP, null, LocalDate.of(2011, 3, 24),
                MeetingKind.REGULAR, List.of(), List.of("Zpráva pracovních skupin", "\t"), List.of(), List.of(), List.of());
        assertThat(form.messagesByPathIn(Locale.ENGLISH)).containsExactly(
                Map.entry("Meeting.agenda[1].<list element>", "must not be blank"));
    }
}
