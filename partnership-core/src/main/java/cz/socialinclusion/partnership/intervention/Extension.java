package cz.socialinclusion.partnership.intervention;

import cz.socialinclusion.partnership.InvalidValueException;
import cz.socialinclusion.partnership.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An extension of the Agency's intervention (prodloužení působení), decided by the Agency's monitoring
 * committee (Monitorovací výbor Agentury).
 *
 * <p>Immutable and thread-safe.
 *
 * @param decided the day the monitoring committee decided it
 * @param newEnd  the intervention's new last day
 * @param reason  why it was extended
 */
public record Extension(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") LocalDate decided,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") LocalDate newEnd,
        @NotBlank(message = "{cz.socialinclusion.partnership.NotBlank.message}")
        @Size(max = Checks.TEXT_MAX, message = "{cz.socialinclusion.partnership.Size.message}") String reason) {

    /**
     * @param reason why it was extended
     * @param newEnd the intervention's new last day
     * @param decided the day the monitoring committee decided it
     * @throws NullPointerException if an argument is null
     * @throws cz.socialinclusion.partnership.InvalidValueException if the new end is before the decision,
     *         or the reason is blank or too long
     */
    public Extension {
        Objects.requireNonNull(decided, "decided");
        Objects.requireNonNull(newEnd, "newEnd");
        if (!(!newEnd.isBefore(decided))) {
            throw new InvalidValueException("newEnd", newEnd,
                    "newEnd " + newEnd + " is before the decision on " + decided);
        }
        Checks.text("reason", reason, Checks.TEXT_MAX);
    }
}
