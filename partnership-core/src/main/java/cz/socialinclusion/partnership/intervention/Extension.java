package cz.socialinclusion.partnership.intervention;

import cz.socialinclusion.partnership.base.CleanName;
import cz.socialinclusion.partnership.base.Answer;
import cz.socialinclusion.partnership.base.WithinLimits;
import cz.socialinclusion.partnership.base.CleanText;
import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.base.Limits;
import cz.socialinclusion.partnership.base.RecordedDate;
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
 * @param decided when the monitoring committee decided it, as precise as the record gives it ("na začátku února
 *                2011")
 * @param newEnd  the intervention's new last day
 * @param reason  why it was extended
 * @param decidedBy the body that decided it as the source names it, e.g. {@value #MONITORING_COMMITTEE} (the
 *                  Agency's monitoring committee), or {@code null} where not recorded
 */
public record Extension(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") RecordedDate decided,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @WithinLimits LocalDate newEnd,
        @NotBlank(message = "{cz.socialinclusion.partnership.NotBlank.message}")
        @Size(max = Limits.TEXT_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanText String reason,
        @Size(max = Limits.NAME_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanName String decidedBy) {

    /** The monitoring committee's name as the pages give it: the body that decides an extension. */
    public static final String MONITORING_COMMITTEE = "Monitorovací výbor Agentury";

    /**
     * @param reason why it was extended
     * @param newEnd the intervention's new last day
     * @param decided when the monitoring committee decided it, as precise as the record gives it
     * @param decidedBy the body that decided it, or {@code null} where not recorded
     * @throws NullPointerException if a required argument is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if the new end is certainly before the
     *         decision (an imprecise decision that may fall on or before it is accepted),
     *         or the deciding body's name is blank or too long,
     *         or the reason is blank or too long,
     *         or a day, decimal or text is outside the bounds of {@link cz.socialinclusion.partnership.base.Limits}
     */
    public Extension {
        Objects.requireNonNull(decided, "decided");
        Checks.day("newEnd", newEnd);
        if (decided.isAfter(newEnd) == Answer.YES) {
            throw new InvalidValueException("newEnd", newEnd,
                    "newEnd " + newEnd + " is before the decision on " + decided);
        }
        Checks.text("reason", reason);
        Checks.optionalName("decidedBy", decidedBy);
    }

    /**
     * An extension whose deciding body is not recorded.
     *
     * @param decided when it was decided, as precise as the record gives it
     * @param newEnd the intervention's new last day
     * @param reason why it was extended
     * @throws NullPointerException if an argument is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException as the canonical constructor
     */
    public Extension(RecordedDate decided, LocalDate newEnd, String reason) {
        this(decided, newEnd, reason, null);
    }
}
