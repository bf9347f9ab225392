package cz.socialinclusion.partnership;

import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import cz.socialinclusion.partnership.plan.Approval;
import cz.socialinclusion.partnership.plan.Goal;
import cz.socialinclusion.partnership.plan.GoalId;
import cz.socialinclusion.partnership.plan.GoalTerm;
import cz.socialinclusion.partnership.plan.IllegalPlanChangeException;
import cz.socialinclusion.partnership.plan.Measure;
import cz.socialinclusion.partnership.plan.MeasureId;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.Priority;
import cz.socialinclusion.partnership.plan.PriorityId;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import cz.socialinclusion.partnership.project.FundingSource;
import cz.socialinclusion.partnership.project.Project;
import cz.socialinclusion.partnership.project.ProjectId;
import cz.socialinclusion.partnership.project.ProjectStatus;
import cz.socialinclusion.partnership.project.StatusChange;
import cz.socialinclusion.partnership.rules.Rules;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A plan whose record names measures but not the goals they serve (Jáchymov's page: "Mezi plánovanými opatřeními se
 * nachází například…") keeps them without a goal, instead of under a goal nobody named.
 */
class MeasuresWithoutGoalTest {

    private static final LocalDate ADOPTED = LocalDate.of(2011, 2, 9);

    @Test
    void jachymovsSixMeasuresAreThePlansMeasuresWithNoGoalOrPriorityAboveThem() {
        PlanVersion version = SourcePages.jachymov().plans().get(0).latestVersion();
        assertThat(version.priorities()).isEmpty();
        assertThat(version.measures()).containsExactlyElementsOf(version.measuresWithoutGoal()).hasSize(6);
        assertThat(version.measure(MeasureId.of("jachymov-opatreni-4"))).map(Measure::title)
                .contains("otevření nového nízkoprahového centra");
    }

    @Test
    void aMeasureIdUnderAGoalAndWithoutOneIsRefusedAsTwiceInOneVersion() {
        Measure housing = Measure.of(MeasureId.of("m1"), "rekonstrukce bytů pro sociální bydlení");
        Priority priority = new Priority(PriorityId.of("p1"), "Bydlení", Set.of(), List.of(),
                List.of(Goal.of(GoalId.of("g1"), "Dostupné bydlení", GoalTerm.SHORT_TERM, List.of(housing))));
        assertThatThrownBy(() -> new PlanVersion(1, RecordedDate.day(ADOPTED), "Plán", List.of(), List.of(priority),
                List.of(Measure.of(MeasureId.of("m1"), "zřízení další přípravné třídy")), List.of()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("measures has m1 twice in one plan version");
    }

    @Test
    void aProjectImplementingAMeasureWithoutAGoalImplementsAKnownMeasure() {
        Dossier jachymov = SourcePages.jachymov();
        Project known = project("jachymov-projekt-1", MeasureId.of("jachymov-opatreni-1"));
        Project unknown = project("jachymov-projekt-2", MeasureId.of("jachymov-opatreni-99"));
        Dossier withProjects = jachymov.withProject(known).withProject(unknown);
        assertThat(Rules.standard().evaluate(withProjects, ADOPTED.plusMonths(1)).withCode("traceability.project-unknown-measure"))
                .singleElement().satisfies(f -> assertThat(f.arguments()).anyMatch(a -> a.toString().contains("jachymov-opatreni-99")));
    }

    @Test
    void changingAnAdoptedVersionsMeasuresWithoutAGoalInPlaceIsRefusedAndNamed() {
        StrategicPlan stored = SourcePages.jachymov().plans().get(0);
        PlanVersion adopted = stored.latestVersion();
        PlanVersion edited = new PlanVersion(1, adopted.date(), adopted.summary(), adopted.needs(), adopted.priorities(),
                adopted.measuresWithoutGoal().subList(0, 5), adopted.approvals());
        StrategicPlan changed = new StrategicPlan(stored.id(), stored.partnership(), stored.title(), stored.period(),
                List.of(edited));
        assertThatThrownBy(() -> changed.requireAdoptedVersionsKept(stored))
                .isInstanceOf(IllegalPlanChangeException.class)
                .hasMessageContaining("was changed in place (measuresWithoutGoal)");
    }

    @Test
    void aVersionMadeWithoutMeasuresWithoutAGoalHasNone() {
        PlanVersion version = new PlanVersion(1, RecordedDate.month(java.time.YearMonth.of(2010, 2)), "Plán", List.of(),
                List.of(), List.of(Approval.council(RecordedDate.notRecorded())));
        assertThat(version.measuresWithoutGoal()).isEmpty();
        assertThat(version.withApproval(Approval.board(ADOPTED)).measuresWithoutGoal()).isEmpty();
    }

    private static Project project(String id, MeasureId measure) {
        return new Project(ProjectId.of(id), cz.socialinclusion.partnership.base.PartnershipId.of("jachymov"),
                "Nízkoprahové centrum", cz.socialinclusion.partnership.member.MemberId.of("jachymov-mesto"),
                List.of(measure), FundingSource.municipalBudget(), null, false,
                List.of(new StatusChange(ProjectStatus.SUBMITTED, ADOPTED.plusDays(10))));
    }
}
