package cz.socialinclusion.partnership.plan;

import cz.socialinclusion.partnership.base.Day;
import cz.socialinclusion.partnership.base.CleanName;
import cz.socialinclusion.partnership.base.Limits;
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
 * @param date       the day of the resolution
 * @param resolution the resolution number, or {@code null} if not recorded
 */
public record Approval(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") ApprovalBody body,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @Day LocalDate date,
        @Size(max = Limits.NAME_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanName String resolution) {

    /**
     * @param body board or council
     * @param date the day of the resolution
     * @param resolution the resolution number, or {@code null} if not recorded
     * @throws NullPointerException if {@code body} or {@code date} is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if the resolution number is blank,
     *         or a day, decimal or text is outside the bounds of {@link cz.socialinclusion.partnership.base.Limits}
     */
    public Approval {
        Objects.requireNonNull(body, "body");
        Checks.day("date", date);
        Checks.optionalName("resolution", resolution);
    }

    /**
     * An approval by the board with no resolution number recorded.
     *
     * @param date the day of the resolution
     * @return an approval by the board with no resolution number recorded
     */
    public static Approval board(LocalDate date) {
        return new Approval(ApprovalBody.BOARD, date, null);
    }

    /**
     * An adoption by the council with no resolution number recorded.
     *
     * @param date the day of the resolution
     * @return an adoption by the council with no resolution number recorded
     */
    public static Approval council(LocalDate date) {
        return new Approval(ApprovalBody.COUNCIL, date, null);
    }
}
