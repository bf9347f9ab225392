package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.group.Theme;
import cz.socialinclusion.partnership.plan.PlanId;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

import java.time.LocalDate;
import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;

class PlanPeriodRuleTest {

    private static final LocalDate START = LocalDate.of(2011, 2, 9);

    private static Report evaluate(Rules rules, StrategicPlan... plans) {
        Dossier dossier = Scenario.dossier();
        for (StrategicPlan plan : plans) {
            dossier = dossier.withPlan(plan);
        }
        LocalDate asOf = LocalDate.of(2011, 6, 1);
        return new Report(Scenario.ID, asOf, rules.evaluate(dossier, asOf).of(RuleId.PLAN_PERIOD));
    }

    private static StrategicPlan plan(String id, LocalDate start, LocalDate endInclusive) {
        return new StrategicPlan(PlanId.of(id), Scenario.ID, "Plán", LocalDateRange.ofClosed(start, endInclusive),
                Scenario.plan(id, start, start, Theme.HOUSING).versions());
    }

    @Test
    void aPlanOfExactlyThreeYearsHasNoFinding() {
        assertThat(evaluate(Rules.standard(), plan("a", START, LocalDate.of(2014, 2, 8))).findings()).isEmpty();
    }

    @Test
    void aPlanOneDayLongerThanThreeYearsIsReported() {
        Report report = evaluate(Rules.standard(), plan("a", START, LocalDate.of(2014, 2, 9)));
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.code().id()).isEqualTo("plan-period.length");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.subject()).isEqualTo(Subject.of(SubjectKind.PLAN, "a"));
            assertThat(f.message()).isEqualTo("Plan a covers P3Y1D; the plan period is three years.");
        });
    }

    @Test
    void thePlanLengthIsConfigurable() {
        Rules fourYears = Rules.of(RulePolicy.DEFAULT.withPlanLength(Period.ofYears(4)));
        assertThat(evaluate(fourYears, plan("a", START, LocalDate.of(2015, 2, 8))).findings()).isEmpty();
        assertThat(evaluate(fourYears, plan("a", START, LocalDate.of(2014, 2, 8))).withCode("plan-period.length")).hasSize(1);
    }

    @Test
    void aPlanStartingTheDayBeforeTheFoundingIsAnErrorAndOnTheFoundingDayIsNot() {
        LocalDate founded = Scenario.FOUNDED;
        assertThat(evaluate(Rules.standard(), plan("a", founded.minusDays(1), founded.plusYears(3).minusDays(2)))
                .withCode("plan-period.before-founding")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(evaluate(Rules.standard(), plan("a", founded, founded.plusYears(3).minusDays(1))).findings()).isEmpty();
    }

    @Test
    void plansThatOverlapByOneDayAreAnErrorAndAdjacentPlansAreNot() {
        StrategicPlan first = plan("a", START, LocalDate.of(2014, 2, 8));
        StrategicPlan overlapping = plan("b", LocalDate.of(2014, 2, 8), LocalDate.of(2017, 2, 7));
        StrategicPlan adjacent = plan("b", LocalDate.of(2014, 2, 9), LocalDate.of(2017, 2, 8));
        assertThat(evaluate(Rules.standard(), first, overlapping).withCode("plan-period.overlap")).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("Plan b starts on 2014-02-08, while plan a still runs until 2014-02-08."));
        assertThat(evaluate(Rules.standard(), first, adjacent).findings()).isEmpty();
    }

    @Test
    void aPlanInsideALongerEarlierPlanIsFoundOverlappingEvenAfterAShortOne() {
        StrategicPlan longPlan = plan("a", START, LocalDate.of(2020, 1, 1));
        StrategicPlan shortPlan = plan("b", LocalDate.of(2012, 1, 1), LocalDate.of(2012, 6, 1));
        StrategicPlan later = plan("c", LocalDate.of(2013, 1, 1), LocalDate.of(2015, 12, 31));
        assertThat(evaluate(Rules.standard(), longPlan, shortPlan, later).withCode("plan-period.overlap"))
                .extracting(f -> f.subject().id()).containsExactly("b", "c");
    }
}
