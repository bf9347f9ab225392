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
     * @param dossier the partnership, its plans and projects
     * @param asOf    the day of evaluation
     * @param policy  the settings the rules read
     * @return the context
     * @throws NullPointerException if an argument is null
     */
    public static RuleContext of(Dossier dossier, LocalDate asOf, RulePolicy policy) {
        return new RuleContext(dossier, asOf, policy);
    }

    /**
     * The dossier.
     *
     * @return the partnership, its plans and projects
     */
    public Dossier dossier() {
        return dossier;
    }

    /**
     * The dossier's partnership.
     *
     * @return the partnership evaluated
     */
    public Partnership partnership() {
        return dossier.partnership();
    }

    /**
     * The day of evaluation.
     *
     * @return the day the rules look at the dossier as of
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Whether the day of evaluation is before the partnership was founded: nothing is reported about such a day.
     *
     * @return whether the partnership has a founding day after the day of evaluation
     */
    public boolean isBeforeFounding() {
        LocalDate founded = dossier.partnership().founded();
        return founded != null && asOf.isBefore(founded);
    }

    /**
     * The day up to which the record tells what happened, as of the day of evaluation: the day of evaluation, or
     * the dossier's {@code recordedUntil} where that is earlier. What falls due after it and is not recorded is
     * not recorded, not late.
     *
     * @return the last day the record covers on the day of evaluation
     */
    public LocalDate knownUntil() {
        LocalDate recordedUntil = dossier.recordedUntil();
        return recordedUntil != null && recordedUntil.isBefore(asOf) ? recordedUntil : asOf;
    }

    /**
     * The policy.
     *
     * @return the settings the rules read
     */
    public RulePolicy policy() {
        return policy;
    }

    /**
     * The policy's value of {@code setting}.
     *
     * @param setting the setting, such as {@link ReviewCycleRule#REVIEW_INTERVAL}
     * @param <T>     the type of its value
     * @return the policy's value, or the setting's default where the policy gives none
     */
    public <T> T setting(Setting<T> setting) {
        return policy.get(setting);
    }

    /**
     * {@code date} plus {@code period}, or {@link LocalDate#MAX} where that is past the last representable day.
     *
     * @param date   the day
     * @param period the period to add
     * @return the later day, at most {@link LocalDate#MAX}
     */
    public static LocalDate plus(LocalDate date, Period period) {
        try {
            return date.plus(period);
        } catch (DateTimeException e) {
            return LocalDate.MAX;
        }
    }

    /**
     * {@code date} minus {@code period}, or {@link LocalDate#MIN} where that is before the first representable day.
     *
     * @param date   the day
     * @param period the period to subtract
     * @return the earlier day, at least {@link LocalDate#MIN}
     */
    public static LocalDate minus(LocalDate date, Period period) {
        try {
            return date.minus(period);
        } catch (DateTimeException e) {
            return LocalDate.MIN;
        }
    }
}
