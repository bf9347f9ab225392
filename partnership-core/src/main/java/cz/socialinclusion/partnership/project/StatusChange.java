package cz.socialinclusion.partnership.project;

import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.internal.Checks;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A project's status from a day on, as precisely as the record gives that day: a project idea "being prepared" as
 * of a page's date is in preparation on or before that date ({@link RecordedDate#onOrBefore(LocalDate)}); a
 * submission known to a month is that month.
 *
 * <p>Immutable and thread-safe.
 *
 * @param status the status
 * @param on     when it took effect, as recorded
 */
public record StatusChange(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") ProjectStatus status,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") RecordedDate on) {

    /**
     * @param status the status
     * @param on     when it took effect, as recorded
     * @throws NullPointerException if an argument is null
     */
    public StatusChange {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(on, "on");
    }

    /**
     * A status from a day known exactly.
     *
     * @param status the status
     * @param on     the day it took effect
     * @throws NullPointerException if an argument is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if the day is outside the bounds of
     *         {@link cz.socialinclusion.partnership.base.Limits}
     */
    public StatusChange(ProjectStatus status, LocalDate on) {
        this(status, RecordedDate.day(Checks.day("on", Objects.requireNonNull(on, "on"))));
    }
}
