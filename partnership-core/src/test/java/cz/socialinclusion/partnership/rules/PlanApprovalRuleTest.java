package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.group.Theme;
import cz.socialinclusion.partnership.plan.Approval;
import cz.socialinclusion.partnership.plan.PlanId;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlanApprovalRuleTest {

    private static final LocalDate START = LocalDate.of(2011, 5, 10);

    private static StrategicPlan plan(List<Approval> approvals) {
        return StrategicPlan.of(PlanId.of("spsz"), Scenario.ID, "Plán", LocalDateRange.of(START, START.plusYears(3)),
                Scenario.version(LocalDate.of(2011, 4, 1), approvals, Theme.HOUSING));
    }

    private static List<Finding> findings(StrategicPlan plan, LocalDate asOf) {
        return Rules.standard().evaluate(Scenario.dossier().withPlan(plan), asOf).of(RuleId.PLAN_APPROVAL);
    }

    @Test
    void aBoardApprovalBeforeTheCouncilsAdoptionHasNoFinding() {
        StrategicPlan plan = plan(List.of(Approval.board(LocalDate.of(2011, 4, 27)), Approval.council(START)));
        assertThat(findings(plan, START.plusMonths(1))).isEmpty();
    }

    @Test
    void aBoardApprovalOnTheDayOfTheAdoptionIsFineAndTheDayAfterIsAnError() {
        assertThat(findings(plan(List.of(Approval.board(START), Approval.council(START))), START)).isEmpty();
        assertThat(findings(plan(List.of(Approval.board(START.plusDays(1)), Approval.council(START))), START.plusDays(1)))
                .singleElement().satisfies(f -> {
                    assertThat(f.code().id()).isEqualTo("plan-approval.board-after-council");
                    assertThat(f.message()).isEqualTo(
                            "Version 1 of plan spsz was approved by the board on 2011-05-11, after the council adopted it on 2011-05-10.");
                });
    }

    @Test
    void aPlanWhosePeriodHasBegunWithoutAnAdoptionIsAnError() {
        StrategicPlan plan = plan(List.of());
        assertThat(findings(plan, START.minusDays(1))).isEmpty();
        assertThat(findings(plan, START)).singleElement().satisfies(f -> {
            assertThat(f.code().id()).isEqualTo("plan-approval.not-adopted");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.due()).isEqualTo(START);
        });
    }

    @Test
    void anAdoptionAfterThePeriodBeganStopsTheFindingFromThatDay() {
        StrategicPlan plan = plan(List.of(Approval.council(START.plusDays(5))));
        assertThat(findings(plan, START.plusDays(4))).extracting(f -> f.code().id()).containsExactly("plan-approval.not-adopted");
        assertThat(findings(plan, START.plusDays(5))).isEmpty();
    }

    @Test
    void anAdoptedVersionChangedInPlaceIsReportedAndARevisionIsNot() {
        StrategicPlan stored = plan(List.of(Approval.council(START)));
        PlanVersion edited = Scenario.version(LocalDate.of(2011, 4, 1), List.of(Approval.council(START)), Theme.EDUCATION);
        StrategicPlan changed = new StrategicPlan(stored.id(), stored.partnership(), stored.title(), stored.period(), List.of(edited));
        assertThat(Rules.standard().changesInPlace(stored, changed)).singleElement().satisfies(f -> {
            assertThat(f.code().id()).isEqualTo("plan-approval.changed-in-place");
            assertThat(f.message()).isEqualTo("Version 1 of plan spsz, adopted on 2011-05-10, was changed in place; "
                    + "an adopted plan changes only through a new revision.");
        });
        PlanVersion revision = new PlanVersion(2, RecordedDate.day(LocalDate.of(2012, 5, 1)), "Revize", edited.needs(), edited.priorities(), List.of());
        assertThat(Rules.standard().changesInPlace(stored, stored.revise(revision))).isEmpty();
    }

    @Test
    void kutnaHorasBoardApprovalPrecedesTheCouncilsAdoption() {
        Dossier kutnaHora = cz.socialinclusion.partnership.fixtures.SourcePages.kutnaHora();
        assertThat(Rules.standard().evaluate(kutnaHora, LocalDate.of(2011, 6, 1)).of(RuleId.PLAN_APPROVAL)).isEmpty();
    }
}
