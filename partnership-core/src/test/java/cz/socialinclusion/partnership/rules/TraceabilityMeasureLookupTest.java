package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.fixtures.RandomDossiers;
import cz.socialinclusion.partnership.group.Theme;
import cz.socialinclusion.partnership.plan.Approval;
import cz.socialinclusion.partnership.plan.MeasureId;
import cz.socialinclusion.partnership.plan.Money;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import cz.socialinclusion.partnership.project.FundingSource;
import cz.socialinclusion.partnership.project.Project;
import cz.socialinclusion.partnership.project.ProjectId;
import cz.socialinclusion.partnership.project.ProjectStatus;
import cz.socialinclusion.partnership.project.StatusChange;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which measures of projects traceability reports as unknown: a measure of any version of any plan is known, a
 * revision that keeps its predecessor's content or drops a measure included; and on generated dossiers the rule
 * reports exactly the pairs a plain lookup over every version's measures gives.
 */
class TraceabilityMeasureLookupTest {

    private static final LocalDate ADOPTED = LocalDate.of(2011, 6, 1);

    private static Project project(String id, MeasureId... measures) {
        return new Project(ProjectId.of(id), Scenario.ID, "Sociální bydlení " + id, Scenario.TOWN, List.of(measures),
                FundingSource.euProgramme("IROP", "výzva 57"), Money.czk(1_800_000), false,
                List.of(new StatusChange(ProjectStatus.SUBMITTED, ADOPTED)));
    }

    private static List<String> unknown(Dossier dossier, LocalDate asOf) {
        return Rules.standard().evaluate(dossier, asOf).of(RuleId.TRACEABILITY).stream()
                .filter(f -> f.code() == TraceabilityRule.Code.PROJECT_UNKNOWN_MEASURE)
                .map(f -> f.subject().id() + " " + f.arguments().get(1))
                .toList();
    }

    @Test
    void aMeasureOnlyAnEarlierVersionHadIsKnownAndOneNoPlanHasIsReportedForEachProject() {
        StrategicPlan housing = Scenario.plan("spsz", ADOPTED, ADOPTED, Theme.HOUSING, Theme.EDUCATION);
        PlanVersion first = housing.latestVersion();
        // the revision keeps the same priorities (the same list), then a second one drops education
        StrategicPlan revised = housing
                .revise(new PlanVersion(2, RecordedDate.day(ADOPTED.plusMonths(6)), "Aktualizace", first.needs(), first.priorities(),
                        List.of(Approval.council(ADOPTED.plusMonths(7)))))
                .revise(new PlanVersion(3, RecordedDate.day(ADOPTED.plusMonths(12)), "Bez vzdělávání", first.needs(), first.priorities().subList(0, 1),
                        List.of(Approval.council(ADOPTED.plusMonths(13)))));
        StrategicPlan employment = StrategicPlan.of(cz.socialinclusion.partnership.plan.PlanId.of("zamestnanost"), Scenario.ID,
                "Plán zaměstnanosti", org.threeten.extra.LocalDateRange.of(ADOPTED, ADOPTED.plusYears(3)),
                Scenario.version(ADOPTED, List.of(Approval.council(ADOPTED)), Theme.EMPLOYMENT));
        Dossier dossier = Scenario.dossier().withPlan(revised).withPlan(employment)
                .withProject(project("a", MeasureId.of("o-education"), MeasureId.of("o-employment")))
                .withProject(project("b", MeasureId.of("o-neznama"), MeasureId.of("o-housing")))
                .withProject(project("c", MeasureId.of("o-neznama")));

        assertThat(unknown(dossier, ADOPTED.plusYears(2))).containsExactly("b o-neznama", "c o-neznama");
    }

    @Test
    void generatedDossiersGetExactlyTheUnknownMeasuresOfAPlainLookup() {
        List<Dossier> dossiers = new ArrayList<>();
        for (long seed = 1; seed <= 60; seed++) {
            dossiers.add(RandomDossiers.generate(seed, 5 + (int) (seed % 40), 3 + (int) (seed % 8)));
        }
        dossiers.add(RandomDossiers.scaled(7, 1));
        dossiers.add(RandomDossiers.scaled(7, 3));
        int reported = 0;
        for (Dossier dossier : dossiers) {
            LocalDate asOf = dossier.partnership().founded().plusYears(4);
            Set<MeasureId> known = new HashSet<>();
            for (StrategicPlan plan : dossier.plans()) {
                for (PlanVersion version : plan.versions()) {
                    version.measures().forEach(m -> known.add(m.id()));
                }
            }
            List<String> expected = new ArrayList<>();
            for (Project project : dossier.projects()) {
                if (project.history().stream().anyMatch(c -> c.on().isOnOrBefore(asOf) == cz.socialinclusion.partnership.base.Answer.YES && c.status() != ProjectStatus.IDEA
                        && c.status() != ProjectStatus.IN_PREPARATION && c.status() != ProjectStatus.WITHDRAWN)) {
                    project.measures().stream().filter(m -> !known.contains(m)).forEach(m -> expected.add(project.id().value() + " " + m));
                }
            }
            assertThat(unknown(dossier, asOf)).as(dossier.partnership().name()).containsExactlyElementsOf(expected);
            reported += expected.size();
        }
        assertThat(reported).as("unknown measures among the generated projects").isPositive();
    }
}
