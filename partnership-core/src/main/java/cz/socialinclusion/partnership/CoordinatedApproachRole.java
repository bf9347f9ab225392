package cz.socialinclusion.partnership;

import cz.socialinclusion.partnership.base.RecordedDate;
import jakarta.validation.constraints.NotNull;

import java.util.Objects;

/**
 * The partnership's role in the coordinated approach to socially excluded localities (Koordinovaný přístup
 * k sociálně vyloučeným lokalitám, KPSVL), the later name of the method: the partnership is responsible for
 * carrying it out, and so for drawing up the strategic plan (Děčín: "zodpovídá za realizaci koordinovaného přístupu,
 * a tedy i za tvorbu strategického plánu").
 *
 * <p>Immutable and thread-safe.
 *
 * @param since since when the partnership has had the role, as precise as the record gives it
 *              ({@link RecordedDate#notRecorded()} where the source does not date it)
 */
public record CoordinatedApproachRole(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") RecordedDate since) {

    /**
     * @param since since when the partnership has had the role
     * @throws NullPointerException if {@code since} is null
     */
    public CoordinatedApproachRole {
        Objects.requireNonNull(since, "since");
    }
}
