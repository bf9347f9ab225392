package cz.socialinclusion.partnership.plan;

import cz.socialinclusion.partnership.base.CleanName;
import cz.socialinclusion.partnership.base.Limits;
import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.internal.Checks;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An approval of a plan version by the board or its adoption by the council, with the resolution number
 * (číslo usnesení) where recorded.
 *
 * <p>Immutable and thread-safe.
 *
 * @param body       board or council
 * @param date       the date of the resolution, as precise as the record gives it ("během první poloviny roku 2011"),
 *                   or {@link RecordedDate#notRecorded()} for an approval known to have been given on a day not recorded
 * @param resolution the resolution number, or {@code null} if not recorded
 */
public record Approval(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") ApprovalBody body,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") RecordedDate date,
        @Size(max = Limits.NAME_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanName String resolution) {

    /**
     * @param body board or council
     * @param date the date of the resolution, as precise as the record gives it
     * @param resolution the resolution number, or {@code null} if not recorded
     * @throws NullPointerException if {@code body} or {@code date} is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if the resolution number is blank,
     *         or a day, decimal or text is outside the bounds of {@link cz.socialinclusion.partnership.base.Limits}
     */
    public Approval {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(date, "date");
        Checks.optionalName("resolution", resolution);
    }

    /**
     * An approval by the board on a day, with no resolution number recorded.
     *
     * @param date the day of the resolution
     * @return an approval by the board with no resolution number recorded
     */
    public static Approval board(LocalDate date) {
        return new Approval(ApprovalBody.BOARD, RecordedDate.day(date), null);
    }

    /**
     * An approval by the board on a date as precise as the record gives it, with no resolution number recorded.
     *
     * @param date the date of the resolution
     * @return an approval by the board with no resolution number recorded
     */
    public static Approval board(RecordedDate date) {
        return new Approval(ApprovalBody.BOARD, date, null);
    }

    /**
     * An adoption by the council on a day, with no resolution number recorded.
     *
     * @param date the day of the resolution
     * @return an adoption by the council with no resolution number recorded
     */
    public static Approval council(LocalDate date) {
        return new Approval(ApprovalBody.COUNCIL, RecordedDate.day(date), null);
    }

    /**
     * An adoption by the council on a date as precise as the record gives it ("během první poloviny roku 2011", or
     * {@link RecordedDate#notRecorded()}), with no resolution number recorded.
     *
     * @param date the date of the resolution
     * @return an adoption by the council with no resolution number recorded
     */
    public static Approval council(RecordedDate date) {
        return new Approval(ApprovalBody.COUNCIL, date, null);
    }
}
