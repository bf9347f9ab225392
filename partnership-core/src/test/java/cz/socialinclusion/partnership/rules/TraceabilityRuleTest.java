package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.group.Theme;
import cz.socialinclusion.partnership.plan.MeasureId;
import cz.socialinclusion.partnership.plan.Money;
import cz.socialinclusion.partnership.project.FundingSource;
import cz.socialinclusion.partnership.project.Project;
import cz.socialinclusion.partnership.project.ProjectId;
import cz.socialinclusion.partnership.project.ProjectStatus;
import cz.socialinclusion.partnership.project.StatusChange;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cz.socialinclusion.partnership.rules.FindingChecks.findings;
import static org.assertj.core.api.Assertions.assertThat;

class TraceabilityRuleTest {

    private static final LocalDate ADOPTED = LocalDate.of(2011, 6, 1);

    private static Project project(String id, List<MeasureId> measures) {
        return new Project(ProjectId.of(id), Scenario.ID, "Nízkoprahové centrum " + id, Scenario.TOWN, measures,
                FundingSource.euProgramme("OP LZZ", "výzva 30"), Money.czk(2_400_000), false,
                List.of(new StatusChange(ProjectStatus.IN_PREPARATION, ADOPTED.minusMonths(2)), new StatusChange(ProjectStatus.SUBMITTED, ADOPTED)));
    }

    @Test
    void aTracedPlanAndPipelineHaveNoFinding() {
        Dossier dossier = Scenario.dossier().withPlan(Scenario.plan("spsz", ADOPTED, ADOPTED, Theme.HOUSING))
                .withProject(project("a", List.of(MeasureId.of("o-housing"))));
        assertThat(findings(RuleId.TRACEABILITY, dossier, ADOPTED)).isEmpty();
    }

    @Test
    void aProjectWithNoMeasureOrAnUnknownOneIsAnError() {
        Dossier dossier = Scenario.dossier().withPlan(Scenario.plan("spsz", ADOPTED, ADOPTED, Theme.HOUSING))
                .withProject(project("a", List.of()))
                .withProject(project("b", List.of(MeasureId.of("o-housing"), MeasureId.of("o-neznama"))));
        assertThat(findings(RuleId.TRACEABILITY, dossier, ADOPTED)).extracting(f -> f.code().id(), f -> f.subject().id()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("traceability.project-without-measure", "a"),
                org.assertj.core.groups.Tuple.tuple("traceability.project-unknown-measure", "b"));
        assertThat(findings(RuleId.TRACEABILITY, dossier, ADOPTED).get(1).message())
                .isEqualTo("Project Nízkoprahové centrum b implements measure o-neznama, which no plan of the partnership has.");
    }

    @Test
    void aProjectIdeaOrAProjectInPreparationIsNotJudgedUntilItIsSubmitted() {
        Dossier dossier = Scenario.dossier().withProject(project("a", List.of()));
        assertThat(findings(RuleId.TRACEABILITY, dossier, ADOPTED.minusMonths(3))).isEmpty();
        assertThat(findings(RuleId.TRACEABILITY, dossier, ADOPTED.minusDays(1))).isEmpty();
        assertThat(findings(RuleId.TRACEABILITY, dossier, ADOPTED)).singleElement()
                .satisfies(f -> assertThat(f.code().id()).isEqualTo("traceability.project-without-measure"));
        Project idea = new Project(ProjectId.of("napad"), Scenario.ID, "Komunitní centrum", Scenario.TOWN, List.of(),
                FundingSource.euProgramme("OP Z", "výzva 52"), Money.czk(900_000), false,
                List.of(new StatusChange(ProjectStatus.IDEA, ADOPTED)));
        assertThat(findings(RuleId.TRACEABILITY, Scenario.dossier().withProject(idea), ADOPTED.plusYears(1))).isEmpty();
    }

    @Test
    void aPriorityWhoseNeedsOrAMeasureWhoseResponsibleMemberTheRecordDoesNotNameIsNotRecorded() {
        Dossier jachymov = cz.socialinclusion.partnership.fixtures.SourcePages.jachymov();
        LocalDate day = LocalDate.of(2011, 2, 9);
        List<Finding> findings = findings(RuleId.TRACEABILITY, jachymov, day);
        assertThat(findings).isNotEmpty().allSatisfy(f -> {
            assertThat(f.code().id()).isEqualTo("traceability.not-recorded");
            assertThat(f.severity()).isEqualTo(Severity.UNKNOWN);
            assertThat(f.arguments().get(1)).isEqualTo(cz.socialinclusion.partnership.base.RecordedDate.notRecorded());
            assertThat(f.arguments().get(2)).isEqualTo(day);
        });
        assertThat(findings).hasSize(6).allSatisfy(f -> assertThat(f.arguments().get(0))
                .isEqualTo("plans[jachymov-spsz-2011].versions[0].measuresWithoutGoal[" + f.subject().id() + "].responsible"));
        Dossier traced = Scenario.dossier().withPlan(Scenario.plan("spsz", ADOPTED, ADOPTED, Theme.HOUSING));
        assertThat(findings(RuleId.TRACEABILITY, traced, ADOPTED)).isEmpty();
        Finding first = findings.get(0);
        assertThat(first.message()).isEqualTo(first.arguments().get(0)
                + " is recorded as not-recorded: the record cannot tell whether the plan and the projects were traceable on 2011-02-09.");
    }

    @Test
    void aPlanThatNamesMeasuresOnlyHasNoPriorityToTraceAndNoGoalsMeasureToAssign() {
        Dossier jachymov = cz.socialinclusion.partnership.fixtures.SourcePages.jachymov();
        assertThat(jachymov.plans().get(0).latestVersion().measuresWithoutGoal()).hasSize(6);
        List<Finding> findings = findings(RuleId.TRACEABILITY, jachymov, LocalDate.of(2011, 2, 9));
        assertThat(findings).filteredOn(f -> f.code().id().equals("traceability.priority-without-need")).isEmpty();
        assertThat(findings).filteredOn(f -> f.code().id().equals("traceability.measure-without-responsible")).isEmpty();
    }
}
