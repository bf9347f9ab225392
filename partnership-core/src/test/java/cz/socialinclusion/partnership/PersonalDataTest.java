package cz.socialinclusion.partnership;

import cz.socialinclusion.partnership.base.PersonalData;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import cz.socialinclusion.partnership.group.Guest;
import cz.socialinclusion.partnership.member.NaturalPerson;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataTest {

    /** Words for special categories of personal data (GDPR art. 9), in English and Czech, matched as whole words. */
    private static final Set<String> SPECIAL = Set.of("ethnicity", "ethnic", "race", "racial", "nationality",
            "religion", "religious", "belief", "health", "disability", "sexual", "orientation", "political", "opinion",
            "biometric", "genetic", "union", "criminal", "conviction", "etnicita", "narodnost", "rasa", "nabozenstvi",
            "zdravi", "postizeni");

    /** The words of a camel-case name, in lower case: {@code reportingGraceDays} gives reporting, grace, days. */
    private static List<String> words(String name) {
        return Arrays.stream(name.split("(?<=[a-z0-9])(?=[A-Z])|_")).map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    @Test
    void wordsAreSplitOnCamelCaseSoThatRaceIsNotFoundInGrace() {
        assertThat(words("reportingGraceDays")).containsExactly("reporting", "grace", "days");
        assertThat(words("memberRace")).anyMatch(SPECIAL::contains);
    }

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
                    if (words(component.getName()).stream().anyMatch(SPECIAL::contains)) {
                        offending.add(reflected.getSimpleName() + "." + component.getName());
                    }
                }
            }
        }
        assertThat(offending).isEmpty();
    }
}
