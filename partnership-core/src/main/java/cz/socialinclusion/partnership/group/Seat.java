package cz.socialinclusion.partnership.group;

import cz.socialinclusion.partnership.base.CleanName;
import cz.socialinclusion.partnership.base.Limits;
import cz.socialinclusion.partnership.internal.Checks;
import cz.socialinclusion.partnership.member.MemberId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Objects;

/**
 * A partnership member's seat in a working group.
 *
 * <p>Immutable and thread-safe.
 *
 * @param member the member; must be a member of the partnership
 * @param role   the role in the group, e.g. {@code "projektový manažer obce (manažer SPSZ)"}, or {@code null}
 */
public record Seat(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @Valid MemberId member,
        @Size(max = Limits.NAME_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanName String role)
        implements Participant {

    /**
     * @param member the member; must be a member of the partnership
     * @param role the role in the group, e.g. {@code "projektový manažer obce (manažer SPSZ)"}, or {@code null}
     * @throws NullPointerException if {@code member} is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if the role is blank or too long,
     *         or a day, decimal or text is outside the bounds of {@link cz.socialinclusion.partnership.base.Limits}
     */
    public Seat {
        Objects.requireNonNull(member, "member");
        Checks.optionalName("role", role);
    }

    /**
     * A seat with no particular role.
     *
     * @param member the member; must be a member of the partnership
     * @return a seat with no particular role
     */
    public static Seat of(MemberId member) {
        return new Seat(member, null);
    }

    @Override
    public String key() {
        return "member " + member;
    }
}
