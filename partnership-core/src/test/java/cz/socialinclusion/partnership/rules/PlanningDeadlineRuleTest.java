package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.group.Theme;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;

import static cz.socialinclusion.partnership.rules.FindingChecks.isFinding;
import static org.assertj.core.api.Assertions.assertThat;

class PlanningDeadlineRuleTest {

    /** Groups formed on 15 September 2010: the plan is due by 15 September 2011. */
    private static final LocalDate DEADLINE = LocalDate.of(2011, 9, 15);

    private static List<Finding> findings(Dossier dossier, LocalDate asOf) {
        return Rules.standard().evaluate(dossier, asOf).of(RuleId.PLANNING_DEADLINE);
    }

    @Test
    void onTheDeadlineWithoutAPlanTheDaysLeftAreZero() {
        assertThat(findings(Scenario.dossier(), DEADLINE)).singleElement().satisfies(f -> {
            assertThat(f.code().id()).isEqualTo("planning-deadline.days-left");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.due()).isEqualTo(DEADLINE);
            assertThat(f.message()).isEqualTo("The strategic plan is to be adopted by 2011-09-15: 0 days left.");
            assertThat(f.message(Locale.forLanguageTag("cs"))).isEqualTo("Strategický plán má být přijat do 2011-09-15: zbývá 0 dní.");
        });
    }

    @Test
    void theDayAfterTheDeadlineWithoutAPlanIsAnError() {
        assertThat(findings(Scenario.dossier(), DEADLINE.plusDays(1))).singleElement()
                .satisfies(isFinding("planning-deadline.missed", Severity.ERROR,
                        "No strategic plan was adopted by 2011-09-15, 12 months after the working groups were formed on 2010-09-15."));
    }

    @Test
    void aPlanAdoptedOnTheDeadlineIsOnTime() {
        Dossier dossier = Scenario.dossier().withPlan(Scenario.plan("spsz", DEADLINE, DEADLINE, Theme.HOUSING));
        assertThat(findings(dossier, DEADLINE.plusYears(1))).isEmpty();
    }

    @Test
    void aPlanAdoptedTheDayAfterTheDeadlineIsLate() {
        Dossier dossier = Scenario.dossier().withPlan(Scenario.plan("spsz", DEADLINE, DEADLINE.plusDays(1), Theme.HOUSING));
        assertThat(findings(dossier, DEADLINE.plusYears(1))).singleElement().satisfies(f -> {
            assertThat(f.code().id()).isEqualTo("planning-deadline.adopted-late");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.arguments()).containsExactly(LocalDate.of(2011, 9, 16), 1L, LocalDate.of(2011, 9, 15));
            assertThat(f.argumentTexts()).containsExactly("2011-09-16", "1", "2011-09-15");
        });
    }

    @Test
    void anAdoptionAfterTheDayOfEvaluationIsNotYetCounted() {
        Dossier dossier = Scenario.dossier().withPlan(Scenario.plan("spsz", DEADLINE, DEADLINE.minusDays(10), Theme.HOUSING));
        assertThat(findings(dossier, DEADLINE.minusDays(11))).extracting(f -> f.code().id())
                .containsExactly("planning-deadline.days-left");
        assertThat(findings(dossier, DEADLINE.minusDays(10))).isEmpty();
    }

    @Test
    void theDeadlineIsConfigurable() {
        Rules sixMonths = Rules.of(RulePolicy.DEFAULT.withPlanningDeadline(Period.ofMonths(6)));
        assertThat(sixMonths.evaluate(Scenario.dossier(), LocalDate.of(2011, 3, 16)).withCode("planning-deadline.missed")).hasSize(1);
        assertThat(sixMonths.evaluate(Scenario.dossier(), LocalDate.of(2011, 3, 15)).withCode("planning-deadline.missed")).isEmpty();
    }

    @Test
    void aPartnershipWhoseGroupsAreNotFormedHasNoDeadline() {
        Dossier kadan = cz.socialinclusion.partnership.fixtures.SourcePages.kadan();
        assertThat(findings(kadan, LocalDate.of(2018, 1, 1))).isEmpty();
    }
}
