package cz.socialinclusion.partnership;

import cz.socialinclusion.partnership.base.WithinLimits;
import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.base.Limits;
import cz.socialinclusion.partnership.internal.Checks;
import cz.socialinclusion.partnership.meeting.MeetingId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The partnership's rules of procedure (jednací řád), adopted on a day, at a meeting where recorded.
 *
 * <p>Immutable and thread-safe.
 *
 * @param adopted the day they were adopted
 * @param meeting the meeting that adopted them, or {@code null} if not recorded
 */
public record RulesOfProcedure(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @WithinLimits LocalDate adopted,
        @Valid MeetingId meeting) {

    /**
     * @param adopted the day they were adopted
     * @param meeting the meeting that adopted them, or {@code null} if not recorded
     * @throws NullPointerException if {@code adopted} is null
     * @throws InvalidValueException if {@code adopted} is outside {@link Limits#EARLIEST_DAY}..{@link Limits#LATEST_DAY}
     */
    public RulesOfProcedure {
        Checks.day("adopted", adopted);
    }
}
