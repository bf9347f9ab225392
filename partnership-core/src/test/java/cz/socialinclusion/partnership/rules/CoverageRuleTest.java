package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import cz.socialinclusion.partnership.group.Theme;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static cz.socialinclusion.partnership.rules.FindingChecks.findings;
import static org.assertj.core.api.Assertions.assertThat;

class CoverageRuleTest {

    private static final LocalDate ADOPTED = LocalDate.of(2011, 6, 1);

    @Test
    void everyThemeOfEveryThematicGroupCoveredHasNoFinding() {
        Dossier dossier = Scenario.dossier().withPlan(
                Scenario.plan("spsz", ADOPTED, ADOPTED, Theme.HOUSING, Theme.EDUCATION, Theme.FAMILY));
        assertThat(findings(RuleId.COVERAGE, dossier, ADOPTED)).isEmpty();
    }

    @Test
    void aThemeNoPriorityAddressesIsReportedPerGroupAndTheme() {
        Dossier dossier = Scenario.dossier().withPlan(Scenario.plan("spsz", ADOPTED, ADOPTED, Theme.HOUSING, Theme.EDUCATION));
        assertThat(findings(RuleId.COVERAGE, dossier, ADOPTED)).singleElement().satisfies(f -> {
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
        assertThat(findings(RuleId.COVERAGE, dossier, ADOPTED.minusDays(1))).isEmpty();
        assertThat(findings(RuleId.COVERAGE, dossier, ADOPTED)).hasSize(2);
    }

    @Test
    void jachymovsPlanNamesNoPrioritySoNoneOfItsFourThematicGroupsThemesIsShownCovered() {
        assertThat(findings(RuleId.COVERAGE, SourcePages.jachymov(), LocalDate.of(2011, 2, 9))).hasSize(4)
                .allSatisfy(f -> {
                    assertThat(f.code().id()).isEqualTo("coverage.not-recorded");
                    assertThat(f.arguments().get(0)).isEqualTo("plans[jachymov-spsz-2011].versions[0].priorities");
                });
    }
}
