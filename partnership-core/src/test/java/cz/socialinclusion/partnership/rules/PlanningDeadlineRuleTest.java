package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.group.Theme;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;

import static cz.socialinclusion.partnership.rules.FindingChecks.isFinding;
import static cz.socialinclusion.partnership.rules.FindingChecks.findings;
import static org.assertj.core.api.Assertions.assertThat;

class PlanningDeadlineRuleTest {

    /** Groups formed on 15 September 2010: the plan is due by 15 September 2011. */
    private static final LocalDate DEADLINE = LocalDate.of(2011, 9, 15);

    @Test
    void onTheDeadlineWithoutAPlanTheDaysLeftAreZero() {
        assertThat(findings(RuleId.PLANNING_DEADLINE, Scenario.dossier(), DEADLINE)).singleElement().satisfies(f -> {
            assertThat(f.code().id()).isEqualTo("planning-deadline.days-left");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.due()).isEqualTo(DEADLINE);
            assertThat(f.message()).isEqualTo("The strategic plan is to be adopted by 2011-09-15: 0 days left.");
            assertThat(f.message(Locale.forLanguageTag("cs"))).isEqualTo("Strategický plán má být přijat do 2011-09-15: zbývá 0 dní.");
        });
    }

    @Test
    void theDayAfterTheDeadlineWithoutAPlanIsAnError() {
        assertThat(findings(RuleId.PLANNING_DEADLINE, Scenario.dossier(), DEADLINE.plusDays(1))).singleElement()
                .satisfies(isFinding("planning-deadline.missed", Severity.ERROR,
                        "No strategic plan was adopted by 2011-09-15, 12 months after the working groups were formed on 2010-09-15."));
    }

    @Test
    void aPlanAdoptedOnTheDeadlineIsOnTime() {
        Dossier dossier = Scenario.dossier().withPlan(Scenario.plan("spsz", DEADLINE, DEADLINE, Theme.HOUSING));
        assertThat(findings(RuleId.PLANNING_DEADLINE, dossier, DEADLINE.plusYears(1))).isEmpty();
    }

    @Test
    void aPlanAdoptedTheDayAfterTheDeadlineIsLate() {
        Dossier dossier = Scenario.dossier().withPlan(Scenario.plan("spsz", DEADLINE, DEADLINE.plusDays(1), Theme.HOUSING));
        assertThat(findings(RuleId.PLANNING_DEADLINE, dossier, DEADLINE.plusYears(1))).singleElement().satisfies(f -> {
            assertThat(f.code().id()).isEqualTo("planning-deadline.adopted-late");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.arguments()).containsExactly(RecordedDate.day(LocalDate.of(2011, 9, 16)), 1L, LocalDate.of(2011, 9, 15));
            assertThat(f.argumentTexts()).containsExactly("2011-09-16", "1", "2011-09-15");
        });
    }

    @Test
    void anAdoptionAfterTheDayOfEvaluationIsNotYetCounted() {
        Dossier dossier = Scenario.dossier().withPlan(Scenario.plan("spsz", DEADLINE, DEADLINE.minusDays(10), Theme.HOUSING));
        assertThat(findings(RuleId.PLANNING_DEADLINE, dossier, DEADLINE.minusDays(11))).extracting(f -> f.code().id())
                .containsExactly("planning-deadline.days-left");
        assertThat(findings(RuleId.PLANNING_DEADLINE, dossier, DEADLINE.minusDays(10))).isEmpty();
    }

    @Test
    void theDeadlineIsConfigurable() {
        Rules sixMonths = Rules.of(RulePolicy.DEFAULT.withPlanningDeadline(Period.ofMonths(6)));
        assertThat(sixMonths.evaluate(Scenario.dossier(), LocalDate.of(2011, 3, 16)).withCode("planning-deadline.missed")).hasSize(1);
        assertThat(sixMonths.evaluate(Scenario.dossier(), LocalDate.of(2011, 3, 15)).withCode("planning-deadline.missed")).isEmpty();
    }

    @Test
    void aPartnershipWhoseGroupsWereFormedOnADayNotRecordedHasNoDeadlineThatCanBeTold() {
        Dossier kadan = cz.socialinclusion.partnership.fixtures.SourcePages.kadan();
        assertThat(Rules.standard().schedule(kadan, LocalDate.of(2008, 1, 1), LocalDate.of(2018, 1, 1), LocalDate.of(2018, 1, 1))
                .deadlines()).noneMatch(d -> d.kind() == DeadlineKind.PLANNING_DEADLINE);
        assertThat(findings(RuleId.PLANNING_DEADLINE, kadan, LocalDate.of(2018, 1, 1))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.UNKNOWN);
            assertThat(f.arguments()).containsExactly("partnership.workingGroupsFormed", RecordedDate.notRecorded(),
                    LocalDate.of(2018, 1, 1));
        });
    }
}
