package cz.socialinclusion.partnership;

import cz.socialinclusion.partnership.base.Limits;
import cz.socialinclusion.partnership.member.Ico;
import cz.socialinclusion.partnership.meeting.Meeting;
import cz.socialinclusion.partnership.meeting.MeetingId;
import cz.socialinclusion.partnership.meeting.MeetingKind;
import cz.socialinclusion.partnership.meeting.MeetingLevel;
import cz.socialinclusion.partnership.member.MemberId;
import cz.socialinclusion.partnership.member.NaturalPerson;
import cz.socialinclusion.partnership.member.Organisation;
import cz.socialinclusion.partnership.member.OrganisationKind;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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

    private static Set<ConstraintViolation<Ico>> checkIco(Locale locale, String value) throws NoSuchMethodException {
        return validator(locale).forExecutables()
                .validateConstructorParameters(Ico.class.getConstructor(String.class), new Object[] {value});
    }

    private static Set<ConstraintViolation<Organisation>> checkOrganisation(Locale locale, String name)
            throws NoSuchMethodException {
        var constructor = Organisation.class.getConstructor(MemberId.class, String.class, OrganisationKind.class,
                cz.socialinclusion.partnership.member.LegalForm.class, Ico.class, List.class);
        return validator(locale).forExecutables().validateConstructorParameters(constructor,
                new Object[] {MemberId.of("m"), name, OrganisationKind.NGO, null, null, List.of()});
    }

    @Test
    void anInvalidIcoIsReportedInEnglish() throws Exception {
        assertThat(checkIco(Locale.ENGLISH, "25755278")).extracting(ConstraintViolation::getMessage)
                .containsExactly("is not a valid IČO: eight digits with a correct check digit");
    }

    @Test
    void anInvalidIcoIsReportedInCzech() throws Exception {
        assertThat(checkIco(CS, "25755278")).extracting(ConstraintViolation::getMessage)
                .containsExactly("není platné IČO: osm číslic se správnou kontrolní číslicí");
    }

    @Test
    void aValidIcoHasNoViolation() throws Exception {
        assertThat(checkIco(CS, "25755277")).isEmpty();
    }

    @Test
    void aBlankNameIsReportedInBothLanguages() throws Exception {
        assertThat(checkOrganisation(Locale.ENGLISH, " ")).extracting(ConstraintViolation::getMessage)
                .containsExactly("must not be blank");
        assertThat(checkOrganisation(CS, " ")).extracting(ConstraintViolation::getMessage)
                .containsExactly("nesmí být prázdné");
    }

    @Test
    void aTooLongNameIsReportedWithTheLimitInBothLanguages() throws Exception {
        String name = "Ř".repeat(10_001);
        assertThat(checkOrganisation(Locale.ENGLISH, name)).extracting(ConstraintViolation::getMessage)
                .containsExactly("must have at most 10000 characters");
        assertThat(checkOrganisation(CS, name)).extracting(ConstraintViolation::getMessage)
                .containsExactly("smí mít nejvýše 10000 znaků");
    }

    @Test
    void aMalformedIdIsReportedInCzech() throws Exception {
        var violations = validator(CS).forExecutables()
                .validateConstructorParameters(MemberId.class.getConstructor(String.class), new Object[] {"a b"});
        assertThat(violations).extracting(ConstraintViolation::getMessage).singleElement().asString()
                .startsWith("není platný identifikátor");
    }

    @Test
    void aDayOutsideTheModelsRangeIsReportedInBothLanguages() throws Exception {
        var constructor = RulesOfProcedure.class.getConstructor(java.time.LocalDate.class,
                cz.socialinclusion.partnership.meeting.MeetingId.class);
        Object[] late = {java.time.LocalDate.of(2201, 1, 1), null};
        assertThat(validator(Locale.ENGLISH).forExecutables().validateConstructorParameters(constructor, late))
                .extracting(ConstraintViolation::getMessage).containsExactly("must be a day from 1900-01-01 to 2200-12-31");
        assertThat(validator(CS).forExecutables().validateConstructorParameters(constructor, late))
                .extracting(ConstraintViolation::getMessage).containsExactly("musí být den od 1900-01-01 do 2200-12-31");
        Object[] first = {Limits.EARLIEST_DAY, null};
        assertThat(validator(CS).forExecutables().validateConstructorParameters(constructor, first)).isEmpty();
    }

    @Test
    void aDecimalWithAHugeExponentIsReportedInBothLanguages() throws Exception {
        var constructor = cz.socialinclusion.partnership.plan.Measurement.class.getConstructor(java.math.BigDecimal.class,
                java.time.LocalDate.class);
        Object[] huge = {new java.math.BigDecimal("1e999999999"), java.time.LocalDate.of(2011, 2, 9)};
        assertThat(validator(Locale.ENGLISH).forExecutables().validateConstructorParameters(constructor, huge))
                .extracting(ConstraintViolation::getMessage)
                .containsExactly("must have at most 30 digits, at most 10 of them after the decimal point");
        assertThat(validator(CS).forExecutables().validateConstructorParameters(constructor, huge))
                .extracting(ConstraintViolation::getMessage)
                .containsExactly("smí mít nejvýše 30 číslic, z toho nejvýše 10 za desetinnou čárkou");
    }

    @Test
    void aNameWithAControlCharacterOrALineBreakIsReported() throws Exception {
        assertThat(checkOrganisation(Locale.ENGLISH, "Město\u001b[2J Kadaň")).extracting(ConstraintViolation::getMessage)
                .containsExactly("must be one line without tabs, control characters or unpaired surrogates");
        assertThat(checkOrganisation(CS, "Město\nKadaň")).extracting(ConstraintViolation::getMessage)
                .containsExactly("musí být na jednom řádku bez tabulátorů, řídicích znaků a nepárových náhradních znaků");
        assertThat(checkOrganisation(CS, "Město Kadaň \uD83D\uDE00")).isEmpty();
    }

    @Test
    void aFreeTextKeepsLineBreaksButNotNul() throws Exception {
        var constructor = cz.socialinclusion.partnership.meeting.Decision.class.getConstructor(
                cz.socialinclusion.partnership.meeting.DecisionKind.class, String.class);
        var kind = cz.socialinclusion.partnership.meeting.DecisionKind.values()[0];
        assertThat(validator(CS).forExecutables().validateConstructorParameters(constructor,
                new Object[] {kind, "Schvaluje se:\n\tjednací řád"})).isEmpty();
        assertThat(validator(Locale.ENGLISH).forExecutables().validateConstructorParameters(constructor,
                new Object[] {kind, "Schvaluje se\u0000"})).extracting(ConstraintViolation::getMessage)
                .containsExactly("must not hold control characters (other than tab and line feed) or unpaired surrogates");
        assertThat(validator(CS).forExecutables().validateConstructorParameters(constructor,
                new Object[] {kind, "Schvaluje se\uDE00"})).extracting(ConstraintViolation::getMessage)
                .containsExactly("nesmí obsahovat řídicí znaky (kromě tabulátoru a konce řádku) ani nepárové náhradní znaky");
    }

    @Test
    void aWellFormedFixtureValidatesWithoutViolations() {
        var dossier = cz.socialinclusion.partnership.fixtures.SourcePages.decin();
        assertThat(validator(CS).validate(dossier)).isEmpty();
    }

    private static Set<ConstraintViolation<Organisation>> checkOrganisationForm(Locale locale, String name,
            OrganisationKind kind, List<String> facilities) throws NoSuchMethodException {
        var constructor = Organisation.class.getConstructor(MemberId.class, String.class, OrganisationKind.class,
                cz.socialinclusion.partnership.member.LegalForm.class, Ico.class, List.class);
        return validator(locale).forExecutables().validateConstructorParameters(constructor,
                new Object[] {MemberId.of("kadan-kc"), name, kind, null, null, facilities});
    }

    private static Map<String, String> byPath(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().collect(Collectors.toMap(v -> v.getPropertyPath().toString(),
                ConstraintViolation::getMessage));
    }

    @Test
    void aBlankFacilityInTheListIsReportedAtItsIndex() throws Exception {
        var violations = checkOrganisationForm(Locale.ENGLISH, "Kontaktní centrum Kadaň", OrganisationKind.NGO,
                List.of("K-Centrum", " "));
        assertThat(byPath(violations)).containsExactly(
                Map.entry("Organisation.facilities[1].<list element>", "must not be blank"));
    }

    @Test
    void aFormWithThreeBadFieldsGetsThreeViolationsNamedByTheParameters() throws Exception {
        List<String> facilities = List.of("Nízkoprahový klub", "");
        assertThat(byPath(checkOrganisationForm(Locale.ENGLISH, " ", null, facilities))).containsOnly(
                Map.entry("Organisation.name", "must not be blank"),
                Map.entry("Organisation.kind", "must be given"),
                Map.entry("Organisation.facilities[1].<list element>", "must not be blank"));
        assertThat(byPath(checkOrganisationForm(CS, " ", null, facilities))).containsOnly(
                Map.entry("Organisation.name", "nesmí být prázdné"),
                Map.entry("Organisation.kind", "musí být vyplněno"),
                Map.entry("Organisation.facilities[1].<list element>", "nesmí být prázdné"));
    }

    @Test
    void eachNameOfNaturalPersonsIsChecked() throws Exception {
        var constructor = NaturalPerson.class.getConstructor(MemberId.class, List.class, String.class, java.time.LocalDate.class);
        var violations = validator(CS).forExecutables().validateConstructorParameters(constructor,
                new Object[] {MemberId.of("cheb-osoba-1"), List.of("Roman Tirpák", "Ř".repeat(10_001)),
                        "soukromý podnikatel", null});
        assertThat(byPath(violations)).containsExactly(
                Map.entry("NaturalPerson.names[1].<list element>", "smí mít nejvýše 10000 znaků"));
    }

    @Test
    void eachAgendaItemOfAMeetingIsChecked() throws Exception {
        var constructor = Meeting.class.getConstructor(MeetingId.class, MeetingLevel.class,
                cz.socialinclusion.partnership.group.WorkingGroupId.class, java.time.LocalDate.class,
                MeetingKind.class, List.class, List.class, List.class, List.class, List.class);
        var violations = validator(Locale.ENGLISH).forExecutables().validateConstructorParameters(constructor,
                new Object[] {MeetingId.of("kadan-2011-03"), MeetingLevel.PARTNERSHIP, null,
                        java.time.LocalDate.of(2011, 3, 24), MeetingKind.REGULAR, List.of(),
                        List.of("Zpráva pracovních skupin", "\t"), List.of(), List.of(), List.of()});
        assertThat(byPath(violations)).containsExactly(
                Map.entry("Meeting.agenda[1].<list element>", "must not be blank"));
    }
}
