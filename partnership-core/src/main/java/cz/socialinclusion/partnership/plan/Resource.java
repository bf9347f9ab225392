package cz.socialinclusion.partnership.plan;

import cz.socialinclusion.partnership.base.CleanText;
import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.base.Limits;
import cz.socialinclusion.partnership.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Objects;

/**
 * A resource an action step needs. A financial resource always has an amount; a human or material one
 * may have its cost.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind        human, material or financial
 * @param description what it is, e.g. {@code "sociální pracovník, 0,5 úvazku"}
 * @param amount      its amount or cost, or {@code null} (not for a financial resource)
 */
public record Resource(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") ResourceKind kind,
        @NotBlank(message = "{cz.socialinclusion.partnership.NotBlank.message}")
        @Size(max = Limits.TEXT_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanText String description,
        @Valid Money amount) {

    /**
     * @param kind human, material or financial
     * @param amount its amount or cost, or {@code null} (not for a financial resource)
     * @param description what it is, e.g. {@code "sociální pracovník, 0,5 úvazku"}
     * @throws NullPointerException if {@code kind} or {@code description} is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if the description is blank or a financial
     *         resource has no amount,
     *         or a day, decimal or text is outside the bounds of {@link cz.socialinclusion.partnership.base.Limits}
     */
    public Resource {
        Objects.requireNonNull(kind, "kind");
        Checks.text("description", description);
        if (!(kind != ResourceKind.FINANCIAL || amount != null)) {
            throw new InvalidValueException("amount", null,
                    "amount of financial resource '" + Checks.abbreviate(description) + "' must be given");
        }
    }
}
