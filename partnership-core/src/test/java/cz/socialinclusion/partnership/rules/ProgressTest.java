package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.base.PartnershipId;
import cz.socialinclusion.partnership.group.Theme;
import cz.socialinclusion.partnership.member.MemberId;
import cz.socialinclusion.partnership.plan.ActionStep;
import cz.socialinclusion.partnership.plan.Goal;
import cz.socialinclusion.partnership.plan.GoalId;
import cz.socialinclusion.partnership.plan.GoalTerm;
import cz.socialinclusion.partnership.plan.Indicator;
import cz.socialinclusion.partnership.plan.IndicatorId;
import cz.socialinclusion.partnership.plan.IndicatorTarget;
import cz.socialinclusion.partnership.plan.Measure;
import cz.socialinclusion.partnership.plan.MeasureId;
import cz.socialinclusion.partnership.plan.Measurement;
import cz.socialinclusion.partnership.plan.PlanId;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.Priority;
import cz.socialinclusion.partnership.plan.PriorityId;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTest {

    private static final LocalDate START = LocalDate.of(2011, 1, 1);
    private static final MemberId TOWN = MemberId.of("mesto");

    /** Children in the preparatory class: from 4 to a final 12; 8 measured in June 2012 is half way. */
    private static Indicator children(Measurement actual) {
        return new Indicator(IndicatorId.of("i-deti"), "Děti v přípravné třídě", "osoby", Measurement.of(4, START),
                List.of(IndicatorTarget.of(LocalDate.of(2012, 6, 30), 8).withActual(actual)),
                IndicatorTarget.of(LocalDate.of(2013, 12, 31), 12));
    }

    private static ActionStep step(String title, LocalDate completed) {
        return new ActionStep(title, TOWN, LocalDate.of(2011, 9, 1), List.of(), completed);
    }

    private static StrategicPlan plan(Measure... measures) {
        Goal goal = Goal.of(GoalId.of("c1"), "Předškolní vzdělávání", GoalTerm.SHORT_TERM, List.of(measures));
        Priority priority = new Priority(PriorityId.of("p1"), "Vzdělávání", Set.of(Theme.EDUCATION), List.of(), List.of(goal));
        return StrategicPlan.of(PlanId.of("spsz"), PartnershipId.of("kutna-hora"), "SPSZ",
                LocalDateRange.of(START, START.plusYears(3)), new PlanVersion(1, RecordedDate.day(START), "Plán", List.of(), List.of(priority), List.of()));
    }

    @Test
    void aMeasuresProgressIsTheMeanOfItsStepShareAndItsIndicators() {
        Measure measure = new Measure(MeasureId.of("o1"), "Přípravná třída", TOWN,
                List.of(step("Najít prostory", LocalDate.of(2011, 8, 1)), step("Přijmout asistenta", null)),
                List.of(children(Measurement.of(8, LocalDate.of(2012, 6, 30)))));
        Progress progress = Rules.standard().progress(plan(measure), LocalDate.of(2012, 7, 1));
        Progress measureNode = progress.parts().get(0).parts().get(0).parts().get(0);
        assertThat(measureNode.parts().get(0).ratio()).isEqualByComparingTo("0.5");
        assertThat(measureNode.ratio()).isEqualByComparingTo("0.5");
        assertThat(progress.ratio()).isEqualByComparingTo("0.5000");
    }

    @Test
    void anIndicatorWithNoActualYetDoesNotCountAsZero() {
        Measure measured = new Measure(MeasureId.of("o1"), "Přípravná třída", TOWN,
                List.of(step("Najít prostory", LocalDate.of(2011, 8, 1))), List.of());
        Measure unmeasured = new Measure(MeasureId.of("o2"), "Asistent pedagoga", TOWN, List.of(), List.of(children(null)));
        Progress progress = Rules.standard().progress(plan(measured, unmeasured), LocalDate.of(2012, 7, 1));
        Progress goal = progress.parts().get(0).parts().get(0);
        assertThat(goal.parts().get(1).ratio()).isNull();
        assertThat(goal.parts().get(1).parts().get(0).known()).isEmpty();
        assertThat(goal.ratio()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(progress.ratio()).isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void progressIsAsOfTheDay() {
        Measure measure = new Measure(MeasureId.of("o1"), "Přípravná třída", TOWN,
                List.of(step("Najít prostory", LocalDate.of(2011, 8, 1))), List.of(children(Measurement.of(8, LocalDate.of(2012, 6, 30)))));
        assertThat(Rules.standard().progress(plan(measure), LocalDate.of(2011, 7, 31)).ratio()).isEqualByComparingTo("0");
        assertThat(Rules.standard().progress(plan(measure), LocalDate.of(2011, 8, 1)).ratio()).isEqualByComparingTo("1");
        assertThat(Rules.standard().progress(plan(measure), LocalDate.of(2012, 6, 30)).ratio()).isEqualByComparingTo("0.75");
    }

    @Test
    void anActualBeyondTheTargetCountsAsDoneAndBelowTheBaselineAsNothing() {
        Measure over = new Measure(MeasureId.of("o1"), "A", TOWN, List.of(), List.of(children(Measurement.of(20, LocalDate.of(2012, 6, 30)))));
        Measure under = new Measure(MeasureId.of("o2"), "B", TOWN, List.of(), List.of(
                new Indicator(IndicatorId.of("i2"), "Jiný", "osoby", Measurement.of(4, START), List.of(),
                        IndicatorTarget.of(LocalDate.of(2013, 1, 1), 12).withActual(Measurement.of(1, LocalDate.of(2012, 1, 1))))));
        Progress progress = Rules.standard().progress(plan(over, under), LocalDate.of(2013, 1, 1));
        assertThat(progress.parts().get(0).parts().get(0).parts()).extracting(Progress::ratio)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(BigDecimal.ONE, BigDecimal.ZERO);
    }

    @Test
    void aPlanOfWhichNothingIsMeasuredHasNoRatio() {
        Progress progress = Rules.standard().progress(cz.socialinclusion.partnership.fixtures.SourcePages.cheb().plans().get(0),
                LocalDate.of(2011, 1, 1));
        assertThat(progress.known()).isEmpty();
        assertThat(progress.parts()).isEmpty();
    }
}
