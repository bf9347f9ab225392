package cz.socialinclusion.partnership.intervention;

import cz.socialinclusion.partnership.internal.Checks;
import jakarta.validation.constraints.NotNull;

import java.util.Set;

/**
 * The Agency's local consultant in the town (lokální konzultant Agentury) and what the Agency advises the partnership
 * on through them. The pages name no consultant, so the record holds no name.
 *
 * <p>Immutable and thread-safe.
 *
 * @param advisesOn what the consultant advises on (iteration in declaration order); may be empty where not recorded
 */
public record LocalConsultant(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") Set<AdviceTopic> advisesOn) {

    /**
     * @param advisesOn what the consultant advises on
     * @throws NullPointerException if {@code advisesOn} or a topic in it is null
     */
    public LocalConsultant {
        advisesOn = Checks.enumSet("advisesOn", advisesOn, AdviceTopic.class);
    }
}
