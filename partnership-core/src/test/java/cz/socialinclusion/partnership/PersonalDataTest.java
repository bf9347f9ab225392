package cz.socialinclusion.partnership;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import cz.socialinclusion.partnership.group.Guest;
import cz.socialinclusion.partnership.member.NaturalPerson;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataTest {

    /** Words for special categories of personal data (GDPR art. 9), in English and Czech. */
    private static final Pattern SPECIAL = Pattern.compile(
            "ethnic|etnic|race|rasa|nationality|narodnost|religio|nabozens|health|zdravot|sexual|political|"
                    + "politick|biometric|genetic|union|odbor(?!u)|criminal|trestn",
            Pattern.CASE_INSENSITIVE);

    @Test
    void naturalPersonsAndGuestsAreMarkedAsPersonalData() throws Exception {
        assertThat(NaturalPerson.class.isAnnotationPresent(PersonalData.class)).isTrue();
        assertThat(Guest.class.isAnnotationPresent(PersonalData.class)).isTrue();
        assertThat(NaturalPerson.class.getRecordComponents()[1].isAnnotationPresent(PersonalData.class)).isTrue();
        assertThat(Guest.class.getRecordComponents()[0].isAnnotationPresent(PersonalData.class)).isTrue();
    }

    @Test
    void noComponentOfTheModelHoldsASpecialCategoryOfPersonalData() {
        List<String> offending = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cz.socialinclusion.partnership")) {
            Class<?> reflected = type.reflect();
            if (reflected.isRecord()) {
                for (RecordComponent component : reflected.getRecordComponents()) {
                    if (SPECIAL.matcher(component.getName().toLowerCase(Locale.ROOT)).find()) {
                        offending.add(reflected.getSimpleName() + "." + component.getName());
                    }
                }
            }
        }
        assertThat(offending).isEmpty();
    }
}
