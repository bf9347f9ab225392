package cz.socialinclusion.partnership.member;

import cz.socialinclusion.partnership.base.CleanName;
import cz.socialinclusion.partnership.base.Limits;
import cz.socialinclusion.partnership.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Objects;

/**
 * A collective member that is neither an organisation nor named persons, such as "Zainteresovaní
 * obyvatelé sociálně vyloučené lokality" (interested residents of the excluded locality) or "Členové
 * platformy Dobrá adresa" (members of a platform).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id   the member's id
 * @param name the name as the partnership lists it
 */
public record Collective(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @Valid MemberId id,
        @NotBlank(message = "{cz.socialinclusion.partnership.NotBlank.message}")
        @Size(max = Limits.NAME_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanName String name)
        implements Member {

    /**
     * @param id the member's id
     * @param name the name as the partnership lists it
     * @throws NullPointerException if an argument is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if the name is blank or too long,
     *         or a day, decimal or text is outside the bounds of {@link cz.socialinclusion.partnership.base.Limits}
     */
    public Collective {
        Objects.requireNonNull(id, "id");
        Checks.name("name", name);
    }

    @Override
    public String displayName() {
        return name;
    }
}
