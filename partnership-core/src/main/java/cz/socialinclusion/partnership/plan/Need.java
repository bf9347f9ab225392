package cz.socialinclusion.partnership.plan;

import cz.socialinclusion.partnership.base.CleanText;
import cz.socialinclusion.partnership.group.Theme;
import cz.socialinclusion.partnership.base.Limits;
import cz.socialinclusion.partnership.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Objects;
import java.util.Set;

/**
 * A need or a resource the partnership identified (identifikované potřeby a zdroje); needs become the
 * plan's priorities.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id          its id, which priorities refer to
 * @param kind        a need or a resource
 * @param description what it is
 * @param themes      the themes it concerns
 */
public record Need(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @Valid NeedId id,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") NeedKind kind,
        @NotBlank(message = "{cz.socialinclusion.partnership.NotBlank.message}")
        @Size(max = Limits.TEXT_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanText String description,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") Set<Theme> themes) {

    /**
     * @param id its id, which priorities refer to
     * @param kind a need or a resource
     * @param description what it is
     * @param themes the themes it concerns
     * @throws NullPointerException if an argument is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if the description is blank or too long,
     *         or a day, decimal or text is outside the bounds of {@link cz.socialinclusion.partnership.base.Limits}
     */
    public Need {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Checks.text("description", description);
        themes = Checks.enumSet("themes", themes, Theme.class);
    }
}
