package cz.socialinclusion.partnership.project;

import cz.socialinclusion.partnership.base.WithinLimits;
import cz.socialinclusion.partnership.internal.Checks;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A project's status from a day on.
 *
 * <p>Immutable and thread-safe.
 *
 * @param status the status
 * @param on     the day it took effect
 */
public record StatusChange(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") ProjectStatus status,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @WithinLimits LocalDate on) {

    /**
     * @param status the status
     * @param on the day it took effect
     * @throws NullPointerException if an argument is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if a day, decimal or text is outside the bounds of
     *         {@link cz.socialinclusion.partnership.base.Limits}
     */
    public StatusChange {
        Objects.requireNonNull(status, "status");
        Checks.day("on", on);
    }
}
