package cz.socialinclusion.partnership.meeting;

import cz.socialinclusion.partnership.base.CleanText;
import cz.socialinclusion.partnership.group.WorkingGroupId;
import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.base.Limits;
import cz.socialinclusion.partnership.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.threeten.extra.YearQuarter;

import java.util.Objects;

/**
 * A working group's output presented at a partnership meeting (výstup pracovní skupiny), for a quarter.
 *
 * <p>Immutable and thread-safe.
 *
 * @param group   the group that presented
 * @param quarter the quarter the report covers
 * @param summary what it presented
 */
public record GroupReport(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @Valid WorkingGroupId group,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") YearQuarter quarter,
        @NotBlank(message = "{cz.socialinclusion.partnership.NotBlank.message}")
        @Size(max = Limits.TEXT_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanText String summary) {

    /**
     * @param group the group that presented
     * @param quarter the quarter the report covers
     * @param summary what it presented
     * @throws NullPointerException if an argument is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if the summary is blank or too long,
     *         or a day, decimal or text is outside the bounds of {@link cz.socialinclusion.partnership.base.Limits}
     */
    public GroupReport {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(quarter, "quarter");
        if (quarter.atDay(1).isBefore(Limits.EARLIEST_DAY) || quarter.atEndOfQuarter().isAfter(Limits.LATEST_DAY)) {
            throw new InvalidValueException("quarter", quarter, "quarter " + quarter + " is not between "
                    + Limits.EARLIEST_DAY + " and " + Limits.LATEST_DAY);
        }
        Checks.text("summary", summary);
    }
}
