package cz.socialinclusion.partnership.plan;

import cz.socialinclusion.partnership.base.WithinLimits;
import cz.socialinclusion.partnership.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An interim (průběžná) or final (konečná) value of an indicator: the target due on a day and, once
 * measured, the actual value.
 *
 * <p>Immutable and thread-safe.
 *
 * @param due    the day the target is to be reached
 * @param target the value to reach
 * @param actual the value measured, or {@code null} while there is none
 */
public record IndicatorTarget(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @WithinLimits LocalDate due,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @WithinLimits BigDecimal target,
        @Valid Measurement actual) {

    /**
     * @param due the day the target is to be reached
     * @param target the value to reach
     * @param actual the value measured, or {@code null} while there is none
     * @throws NullPointerException if {@code due} or {@code target} is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if a day, decimal or text is outside the bounds of
     *         {@link cz.socialinclusion.partnership.base.Limits}
     */
    public IndicatorTarget {
        Checks.day("due", due);
        Checks.decimal("target", target);
    }

    /**
     * A target with no actual value yet.
     *
     * @param due the day the target is to be reached
     * @param target the value to reach
     * @return a target with no actual value yet
     */
    public static IndicatorTarget of(LocalDate due, long target) {
        return new IndicatorTarget(due, BigDecimal.valueOf(target), null);
    }

    /**
     * A copy with this actual value.
     *
     * @param actual the value measured, or {@code null} while there is none
     * @return a copy with this actual value
     */
    public IndicatorTarget withActual(Measurement actual) {
        return new IndicatorTarget(due, target, actual);
    }
}
