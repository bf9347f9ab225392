package cz.socialinclusion.partnership.plan;

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
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") LocalDate due,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") BigDecimal target,
        @Valid Measurement actual) {

    /**
     * @param due the day the target is to be reached
     * @param target the value to reach
     * @param actual the value measured, or {@code null} while there is none
     * @throws NullPointerException if {@code due} or {@code target} is null
     */
    public IndicatorTarget {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(target, "target");
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
