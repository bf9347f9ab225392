package cz.socialinclusion.partnership;

import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.member.MemberId;
import cz.socialinclusion.partnership.plan.ActionStep;
import cz.socialinclusion.partnership.plan.Measure;
import cz.socialinclusion.partnership.plan.MeasureId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A measure's action steps have distinct titles, however many steps it has: short lists are checked pair by pair,
 * long ones through a set, and both refuse the first title that comes again, naming it.
 */
class StepTitlesTest {

    private static final MemberId OSTRAVA = MemberId.of("ostrava-mesto");

    private static List<ActionStep> steps(int count) {
        List<ActionStep> steps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            steps.add(new ActionStep("Krok " + i + ": příprava terénní práce v lokalitě Přednádraží", OSTRAVA,
                    LocalDate.of(2012, 1, 1).plusMonths(i), List.of(), null));
        }
        return steps;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 8, 9, 40})
    void stepsWithDistinctTitlesAreKeptInTheirOrder(int count) {
        List<ActionStep> steps = steps(count);

        Measure measure = Measure.of(MeasureId.of("ostrava-terenni-prace"), "Terénní sociální práce").withSteps(steps);

        assertThat(measure.steps()).containsExactlyElementsOf(steps);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 8, 9, 40})
    void aTitleThatComesAgainIsRefusedAndNamed(int count) {
        List<ActionStep> steps = steps(count);
        ActionStep repeated = steps.get((count - 1) / 2);
        steps.set(count - 1, new ActionStep(repeated.title(), OSTRAVA, LocalDate.of(2014, 6, 30), List.of(), null));
        Measure measure = Measure.of(MeasureId.of("ostrava-terenni-prace"), "Terénní sociální práce");

        assertThatThrownBy(() -> measure.withSteps(steps))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("steps has " + repeated.title() + " twice");
    }
}
