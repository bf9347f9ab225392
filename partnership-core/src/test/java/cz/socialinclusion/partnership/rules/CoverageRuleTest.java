package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import cz.socialinclusion.partnership.group.Theme;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageRuleTest {

    private static final LocalDate ADOPTED = LocalDate.of(2011, 6, 1);

    private static List<Finding> findings(Dossier dossier, LocalDate asOf) {
        return Rules.standard().evaluate(dossier, asOf).of(RuleId.COVERAGE);
    }

    @Test
    void everyThemeOfEveryThematicGroupCoveredHasNoFinding() {
        Dossier dossier = Scenario.dossier().withPlan(
                Scenario.plan("spsz", ADOPTED, ADOPTED, Theme.HOUSING, Theme.EDUCATION, Theme.FAMILY));
        assertThat(findings(dossier, ADOPTED)).isEmpty();
    }

    @Test
    void aThemeNoPriorityAddressesIsReportedPerGroupAndTheme() {
        Dossier dossier = Scenario.dossier().withPlan(Scenario.plan("spsz", ADOPTED, ADOPTED, Theme.HOUSING, Theme.EDUCATION));
        assertThat(findings(dossier, ADOPTED)).singleElement().satisfies(f -> {
            assertThat(f.code().id()).isEqualTo("coverage.theme-not-covered");
            assertThat(f.subject()).isEqualTo(Subject.of(SubjectKind.WORKING_GROUP, Scenario.EDUCATION));
            assertThat(f.message()).isEqualTo("The theme family of working group Vzdělávání is addressed by no priority of plan spsz.");
            assertThat(f.message(Locale.forLanguageTag("cs")))
                    .isEqualTo("Oblast rodina pracovní skupiny Vzdělávání neřeší žádná priorita plánu spsz.");
        });
    }

    @Test
    void coverageIsJudgedOnlyWhileAPlanIsInForce() {
        Dossier dossier = Scenario.dossier().withPlan(Scenario.plan("spsz", ADOPTED, ADOPTED, Theme.HOUSING));
        assertThat(findings(dossier, ADOPTED.minusDays(1))).isEmpty();
        assertThat(findings(dossier, ADOPTED)).hasSize(2);
    }

    @Test
    void jachymovsPlanCoversTheThemesOfAllItsGroups() {
        assertThat(findings(SourcePages.jachymov(), LocalDate.of(2011, 2, 9))).isEmpty();
    }
}
