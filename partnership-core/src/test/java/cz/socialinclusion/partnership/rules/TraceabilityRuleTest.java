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

import static org.assertj.core.api.Assertions.assertThat;

class TraceabilityRuleTest {

    private static final LocalDate ADOPTED = LocalDate.of(2011, 6, 1);

    private static Project project(String id, List<MeasureId> measures) {
        return new Project(ProjectId.of(id), Scenario.ID, "Nízkoprahové centrum " + id, Scenario.TOWN, measures,
                FundingSource.euProgramme("OP LZZ", "výzva 30"), Money.czk(2_400_000), false,
                List.of(new StatusChange(ProjectStatus.IN_PREPARATION, ADOPTED)));
    }

    private static List<Finding> findings(Dossier dossier, LocalDate asOf) {
        return Rules.standard().evaluate(dossier, asOf).of(RuleId.TRACEABILITY);
    }

    @Test
    void aTracedPlanAndPipelineHaveNoFinding() {
        Dossier dossier = Scenario.dossier().withPlan(Scenario.plan("spsz", ADOPTED, ADOPTED, Theme.HOUSING))
                .withProject(project("a", List.of(MeasureId.of("o-housing"))));
        assertThat(findings(dossier, ADOPTED)).isEmpty();
    }

    @Test
    void aProjectWithNoMeasureOrAnUnknownOneIsAnError() {
        Dossier dossier = Scenario.dossier().withPlan(Scenario.plan("spsz", ADOPTED, ADOPTED, Theme.HOUSING))
                .withProject(project("a", List.of()))
                .withProject(project("b", List.of(MeasureId.of("o-housing"), MeasureId.of("o-neznama"))));
        assertThat(findings(dossier, ADOPTED)).extracting(f -> f.code().id(), f -> f.subject().id()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("traceability.project-without-measure", "a"),
                org.assertj.core.groups.Tuple.tuple("traceability.project-unknown-measure", "b"));
        assertThat(findings(dossier, ADOPTED).get(1).message())
                .isEqualTo("Project Nízkoprahové centrum b implements measure o-neznama, which no plan of the partnership has.");
    }

    @Test
    void aProjectNotYetInThePipelineOnTheDayIsNotJudged() {
        Dossier dossier = Scenario.dossier().withProject(project("a", List.of()));
        assertThat(findings(dossier, ADOPTED.minusDays(1))).isEmpty();
        assertThat(findings(dossier, ADOPTED)).hasSize(1);
    }

    @Test
    void priorityWithoutNeedAndMeasureWithoutResponsibleAreWarnings() {
        Dossier jachymov = cz.socialinclusion.partnership.fixtures.SourcePages.jachymov();
        List<Finding> findings = findings(jachymov, LocalDate.of(2011, 2, 9));
        assertThat(findings).filteredOn(f -> f.code().id().equals("traceability.priority-without-need")).hasSize(4);
        assertThat(findings).filteredOn(f -> f.code().id().equals("traceability.measure-without-responsible")).hasSize(6)
                .allMatch(f -> f.severity() == Severity.WARNING);
    }
}
