package cz.socialinclusion.partnership.plan;

import cz.socialinclusion.partnership.base.WithinLimits;
import cz.socialinclusion.partnership.internal.Checks;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A value of an indicator measured on a day.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the value, in the indicator's unit
 * @param date  the day it was measured
 */
public record Measurement(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @WithinLimits BigDecimal value,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @WithinLimits LocalDate date) {

    /**
     * @param value the value, in the indicator's unit
     * @param date the day it was measured
     * @throws NullPointerException if an argument is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if a day, decimal or text is outside the bounds of
     *         {@link cz.socialinclusion.partnership.base.Limits}
     */
    public Measurement {
        Checks.decimal("value", value);
        Checks.day("date", date);
    }

    /**
     * A measurement of a whole number.
     *
     * @param value the value, in the indicator's unit
     * @param date the day it was measured
     * @return a measurement of a whole number
     */
    public static Measurement of(long value, LocalDate date) {
        return new Measurement(BigDecimal.valueOf(value), date);
    }
}
