package cz.socialinclusion.partnership.rules;

import java.time.Period;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The numbers the rules use: a value for each {@link Setting}, or the setting's default where none is
 * given. The defaults are those the method gives (DOMAIN.md). A host changes a number with
 * {@link #with(Setting, Object)}, or with the {@code with…} shortcut for each of the method's settings.
 *
 * <p>Each rule declares its settings itself (see the constants of the rule classes), so a rule, the
 * method's or a host's, brings its numbers without any change here; the shortcuts below are one line each.
 *
 * <p>Immutable and thread-safe.
 */
public final class RulePolicy {

    /** The method's defaults. */
    public static final RulePolicy DEFAULT = new RulePolicy(Map.of());

    private final Map<Setting<?>, Object> values;

    private RulePolicy(Map<Setting<?>, Object> values) {
        this.values = values;
    }

    /**
     * The value of {@code setting}: the one given, else its default.
     *
     * @param setting the setting, such as {@link ReviewCycleRule#REVIEW_INTERVAL}
     * @param <T> the type of its value
     * @return the value
     * @throws NullPointerException if {@code setting} is null
     */
    public <T> T get(Setting<T> setting) {
        Objects.requireNonNull(setting, "setting");
        Object value = values.get(setting);
        return value == null ? setting.defaultValue() : setting.type().cast(value);
    }

    /**
     * This policy with {@code value} for {@code setting}.
     *
     * @param setting the setting, such as {@link ReviewCycleRule#REVIEW_INTERVAL}
     * @param value   its value in the new policy
     * @param <T> the type of its value
     * @return the new policy
     * @throws NullPointerException if an argument is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException naming the setting if it does not take the value
     */
    public <T> RulePolicy with(Setting<T> setting, T value) {
        Objects.requireNonNull(setting, "setting");
        Map<Setting<?>, Object> copy = new LinkedHashMap<>(values);
        copy.put(setting, setting.check(value));
        return new RulePolicy(Collections.unmodifiableMap(copy));
    }

    /**
     * How long a plan covers: three years ({@link PlanPeriodRule#PLAN_LENGTH}).
     *
     * @return the plan length
     */
    public Period planLength() {
        return get(PlanPeriodRule.PLAN_LENGTH);
    }

    /**
     * How long after the working groups are formed a plan is to be adopted: 12 months ({@link PlanningDeadlineRule#PLANNING_DEADLINE}).
     *
     * @return the planning deadline
     */
    public Period planningDeadline() {
        return get(PlanningDeadlineRule.PLANNING_DEADLINE);
    }

    /**
     * How often an adopted plan is revised at the longest: 12 months ({@link ReviewCycleRule#REVIEW_INTERVAL}).
     *
     * @return the review interval
     */
    public Period reviewInterval() {
        return get(ReviewCycleRule.REVIEW_INTERVAL);
    }

    /**
     * Days after a quarter's end by which its meeting and reports count as on time: 0 ({@link QuarterlyReportingRule#REPORTING_GRACE_DAYS}).
     *
     * @return the grace days
     */
    public int reportingGraceDays() {
        return get(QuarterlyReportingRule.REPORTING_GRACE_DAYS);
    }

    /**
     * How early the intervention's coming end is announced: 6 months ({@link InterventionRule#END_NOTICE}).
     *
     * @return the notice period
     */
    public Period interventionEndNotice() {
        return get(InterventionRule.END_NOTICE);
    }

    /**
     * Until when the partnership counts as active for quarterly reporting ({@link QuarterlyReportingRule#ACTIVE_UNTIL}).
     *
     * @return the end of the active time
     */
    public ActiveUntil activeUntil() {
        return get(QuarterlyReportingRule.ACTIVE_UNTIL);
    }

    /**
     * This policy with another plan length.
     *
     * @param planLength the plan length, such as {@code Period.ofYears(3)}
     * @return the new policy
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if the period is not positive
     */
    public RulePolicy withPlanLength(Period planLength) {
        return with(PlanPeriodRule.PLAN_LENGTH, planLength);
    }

    /**
     * This policy with another planning deadline.
     *
     * @param planningDeadline how long after the working groups are formed a plan is to be adopted
     * @return the new policy
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if the period is not positive
     */
    public RulePolicy withPlanningDeadline(Period planningDeadline) {
        return with(PlanningDeadlineRule.PLANNING_DEADLINE, planningDeadline);
    }

    /**
     * This policy with another review interval.
     *
     * @param reviewInterval how often an adopted plan is revised at the longest
     * @return the new policy
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if the period is not positive
     */
    public RulePolicy withReviewInterval(Period reviewInterval) {
        return with(ReviewCycleRule.REVIEW_INTERVAL, reviewInterval);
    }

    /**
     * This policy with other grace days for quarterly reporting.
     *
     * @param reportingGraceDays days after a quarter's end by which its meeting and reports count as on time, 0 to 92
     * @return the new policy
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if the days are negative or over a quarter (92)
     */
    public RulePolicy withReportingGraceDays(int reportingGraceDays) {
        return with(QuarterlyReportingRule.REPORTING_GRACE_DAYS, reportingGraceDays);
    }

    /**
     * This policy with another notice of the intervention's end.
     *
     * @param interventionEndNotice how early the intervention's coming end is announced
     * @return the new policy
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if the period is not positive
     */
    public RulePolicy withInterventionEndNotice(Period interventionEndNotice) {
        return with(InterventionRule.END_NOTICE, interventionEndNotice);
    }

    /**
     * This policy with another end of the active time for quarterly reporting.
     *
     * @param activeUntil until when the partnership counts as active
     * @return the new policy
     * @throws NullPointerException if {@code activeUntil} is null
     */
    public RulePolicy withActiveUntil(ActiveUntil activeUntil) {
        return with(QuarterlyReportingRule.ACTIVE_UNTIL, activeUntil);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RulePolicy that && normalised().equals(that.normalised());
    }

    /** The values given that differ from their setting's default. */
    private Map<Setting<?>, Object> normalised() {
        Map<Setting<?>, Object> differing = new LinkedHashMap<>();
        values.forEach((setting, value) -> {
            if (!value.equals(setting.defaultValue())) {
                differing.put(setting, value);
            }
        });
        return differing;
    }

    @Override
    public int hashCode() {
        return normalised().hashCode();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("RulePolicy[");
        values.forEach((setting, value) -> text.append(text.length() > 11 ? ", " : "").append(setting).append('=').append(value));
        return text.append(']').toString();
    }
}
