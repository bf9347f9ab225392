package cz.socialinclusion.partnership;

import cz.socialinclusion.partnership.base.WithinLimits;
import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.internal.Checks;
import cz.socialinclusion.partnership.member.Member;
import cz.socialinclusion.partnership.member.MemberId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A member's membership of a partnership over time.
 *
 * <p>{@code joined} is {@code null} where the source does not say when the member joined (a member since
 * the founding, or of unknown date). {@code left} is the first day the member is no longer a member, or
 * {@code null} while it still is.
 *
 * <p>Immutable and thread-safe.
 *
 * @param member the member
 * @param joined the first day of membership, or {@code null} if not known
 * @param left   the first day after the membership, or {@code null}
 */
public record Membership(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @Valid Member member,
        @WithinLimits LocalDate joined,
        @WithinLimits LocalDate left) {

    /**
     * @param member the member
     * @param left the first day after the membership, or {@code null}
     * @param joined the first day of membership, or {@code null} if not known
     * @throws NullPointerException if {@code member} is null
     * @throws InvalidValueException if {@code left} is not after {@code joined},
     *         or a day, decimal or text is outside the bounds of {@link cz.socialinclusion.partnership.base.Limits}
     */
    public Membership {
        Objects.requireNonNull(member, "member");
        Checks.optionalDay("joined", joined);
        Checks.optionalDay("left", left);
        if (!(joined == null || left == null || left.isAfter(joined))) {
            throw new InvalidValueException("left", left,
                    "left " + left + " of member " + member.id() + " must be after joined " + joined);
        }
    }

    /**
     * A membership with no known dates.
     *
     * @param member the member
     * @return a membership with no known dates
     */
    public static Membership of(Member member) {
        return new Membership(member, null, null);
    }

    /**
     * The member's id.
     *
     * @return the member's id
     */
    public MemberId memberId() {
        return member.id();
    }

    /**
     * Whether the member belongs to the partnership on {@code date}.
     *
     * @param date the day
     * @return whether the member belongs to the partnership on {@code date}
     */
    public boolean isActiveOn(LocalDate date) {
        return (joined == null || !date.isBefore(joined)) && (left == null || date.isBefore(left));
    }

    /**
     * A copy that ends on {@code left}.
     *
     * @param left the first day after the membership, or {@code null}
     * @return a copy that ends on {@code left}
     */
    public Membership endingOn(LocalDate left) {
        return new Membership(member, joined, left);
    }
}
