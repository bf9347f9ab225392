package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.Partnership;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * What a {@link Rule} looks at: the dossier, the day of evaluation, and the policy with its settings.
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleContext {

    private final Dossier dossier;
    private final LocalDate asOf;
    private final RulePolicy policy;

    private RuleContext(Dossier dossier, LocalDate asOf, RulePolicy policy) {
        this.dossier = Objects.requireNonNull(dossier, "dossier");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * The context of evaluating {@code dossier} as of {@code asOf} under {@code policy}.
     *
     * @throws NullPointerException if an argument is null
     */
    public static RuleContext of(Dossier dossier, LocalDate asOf, RulePolicy policy) {
        return new RuleContext(dossier, asOf, policy);
    }

    /** The dossier: the partnership, its plans and projects. */
    public Dossier dossier() {
        return dossier;
    }

    /** The dossier's partnership. */
    public Partnership partnership() {
        return dossier.partnership();
    }

    /** The day of evaluation. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The policy. */
    public RulePolicy policy() {
        return policy;
    }

    /** The policy's value of {@code setting}. */
    public <T> T setting(Setting<T> setting) {
        return policy.get(setting);
    }

    /** {@code date} plus {@code period}, or {@link LocalDate#MAX} where that is past the last representable day. */
    public static LocalDate plus(LocalDate date, Period period) {
        try {
            return date.plus(period);
        } catch (DateTimeException e) {
            return LocalDate.MAX;
        }
    }

    /** {@code date} minus {@code period}, or {@link LocalDate#MIN} where that is before the first representable day. */
    public static LocalDate minus(LocalDate date, Period period) {
        try {
            return date.minus(period);
        } catch (DateTimeException e) {
            return LocalDate.MIN;
        }
    }
}
