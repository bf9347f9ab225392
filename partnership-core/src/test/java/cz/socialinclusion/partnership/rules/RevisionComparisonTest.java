package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.group.Theme;
import cz.socialinclusion.partnership.member.MemberId;
import cz.socialinclusion.partnership.plan.ActionStep;
import cz.socialinclusion.partnership.plan.Goal;
import cz.socialinclusion.partnership.plan.GoalId;
import cz.socialinclusion.partnership.plan.GoalTerm;
import cz.socialinclusion.partnership.plan.Measure;
import cz.socialinclusion.partnership.plan.MeasureId;
import cz.socialinclusion.partnership.plan.Money;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.Priority;
import cz.socialinclusion.partnership.plan.PriorityId;
import cz.socialinclusion.partnership.plan.Resource;
import cz.socialinclusion.partnership.plan.ResourceKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class RevisionComparisonTest {

    private static final MemberId TOWN = MemberId.of("mesto");
    private static final LocalDate D = LocalDate.of(2011, 5, 10);

    private static ActionStep step(String title, Money money) {
        return new ActionStep(title, TOWN, LocalDate.of(2012, 1, 1),
                List.of(new Resource(ResourceKind.FINANCIAL, "Rozpočet města", money)), null);
    }

    private static PlanVersion version(int number, List<Measure> measures, String priorityTitle) {
        Goal goal = Goal.of(GoalId.of("c1"), "Prostupné bydlení", GoalTerm.LONG_TERM, measures);
        Priority priority = new Priority(PriorityId.of("p1"), priorityTitle, Set.of(Theme.HOUSING), List.of(), List.of(goal));
        return new PlanVersion(number, RecordedDate.day(D.plusYears(number - 1)), "Verze " + number, List.of(), List.of(priority), List.of());
    }

    @Test
    void identicalVersionsHaveNoChange() {
        PlanVersion v = version(1, List.of(Measure.of(MeasureId.of("o1"), "Azylový dům")), "Bydlení");
        assertThat(RevisionComparison.compare(v, v)).isEmpty();
    }

    @Test
    void addedRemovedAndChangedElementsAreListedByKind() {
        Measure shelter = Measure.of(MeasureId.of("o1"), "Azylový dům").withSteps(List.of(step("Rekonstrukce", Money.czk(1_000_000))));
        Measure firm = Measure.of(MeasureId.of("o2"), "Sociální firma");
        PlanVersion v1 = version(1, List.of(shelter, firm), "Bydlení");

        Measure shelterRevised = Measure.of(MeasureId.of("o1"), "Azylový dům pro matky s dětmi")
                .withSteps(List.of(step("Rekonstrukce", Money.czk(1_200_000)), step("Provoz", Money.czk(300_000))));
        Measure housing = Measure.of(MeasureId.of("o3"), "Prostupné bydlení");
        PlanVersion v2 = version(2, List.of(shelterRevised, housing), "Bydlení a bezpečnost");

        assertThat(RevisionComparison.compare(v1, v2)).extracting(Change::kind, Change::element, Change::key).containsExactly(
                tuple(ChangeKind.CHANGED, PlanElement.PRIORITY, "p1"),
                tuple(ChangeKind.REMOVED, PlanElement.MEASURE, "o2"),
                tuple(ChangeKind.CHANGED, PlanElement.MEASURE, "o1"),
                tuple(ChangeKind.ADDED, PlanElement.MEASURE, "o3"),
                tuple(ChangeKind.ADDED, PlanElement.STEP, "o1/Provoz"),
                tuple(ChangeKind.REMOVED, PlanElement.RESOURCE, "o1/Rekonstrukce/FINANCIAL/Rozpočet města/1000000.00 CZK"),
                tuple(ChangeKind.ADDED, PlanElement.RESOURCE, "o1/Rekonstrukce/FINANCIAL/Rozpočet města/1200000.00 CZK"),
                tuple(ChangeKind.ADDED, PlanElement.RESOURCE, "o1/Provoz/FINANCIAL/Rozpočet města/300000.00 CZK"));
    }

    @Test
    void theSameResourceListedTwiceIsCountedTwice() {
        Resource worker = new Resource(ResourceKind.HUMAN, "Terénní pracovník", null);
        Measure one = Measure.of(MeasureId.of("o1"), "Terénní práce").withSteps(List.of(
                new ActionStep("Nábor", TOWN, D, List.of(worker), null)));
        Measure two = Measure.of(MeasureId.of("o1"), "Terénní práce").withSteps(List.of(
                new ActionStep("Nábor", TOWN, D, List.of(worker, worker), null)));
        assertThat(RevisionComparison.compare(version(1, List.of(one), "Bydlení"), version(2, List.of(two), "Bydlení")))
                .extracting(Change::kind, Change::element).containsExactly(tuple(ChangeKind.ADDED, PlanElement.RESOURCE));
    }
}
