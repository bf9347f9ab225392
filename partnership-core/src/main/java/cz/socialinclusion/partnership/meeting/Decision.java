package cz.socialinclusion.partnership.meeting;

import cz.socialinclusion.partnership.base.CleanText;
import cz.socialinclusion.partnership.base.Limits;
import cz.socialinclusion.partnership.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Objects;

/**
 * A decision taken at a meeting (usnesení).
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what it is about
 * @param text what was decided
 */
public record Decision(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") DecisionKind kind,
        @NotBlank(message = "{cz.socialinclusion.partnership.NotBlank.message}")
        @Size(max = Limits.TEXT_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanText String text) {

    /**
     * @param kind what it is about
     * @param text what was decided
     * @throws NullPointerException if an argument is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if the text is blank or too long,
     *         or a day, decimal or text is outside the bounds of {@link cz.socialinclusion.partnership.base.Limits}
     */
    public Decision {
        Objects.requireNonNull(kind, "kind");
        Checks.text("text", text);
    }
}
