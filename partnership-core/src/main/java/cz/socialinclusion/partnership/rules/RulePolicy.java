package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.InvalidValueException;
import cz.socialinclusion.partnership.internal.Checks;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * The numbers the rules use, with the defaults the method gives (DOMAIN.md). A host changes them with the
 * {@code with…} methods.
 *
 * <p>Immutable and thread-safe.
 *
 * @param planLength             how long a plan covers: three years
 * @param planningDeadline       how long after the working groups are formed a plan is to be adopted: 12 months
 * @param reviewInterval         how often an adopted plan is revised at the longest: 12 months
 * @param reportingGraceDays     days after a quarter's end by which its meeting and reports count as on time: 0
 * @param interventionEndNotice  how early the intervention's coming end is announced: 6 months
 * @param activeUntil            until when the partnership counts as active for quarterly reporting
 */
public record RulePolicy(Period planLength, Period planningDeadline, Period reviewInterval, int reportingGraceDays,
                         Period interventionEndNotice, ActiveUntil activeUntil) {

    /** The method's defaults. */
    public static final RulePolicy DEFAULT = new RulePolicy(Period.ofYears(3), Period.ofMonths(12),
            Period.ofMonths(12), 0, Period.ofMonths(6), ActiveUntil.INTERVENTION_END);

    /**
     * @throws NullPointerException if an argument is null
     * @throws cz.socialinclusion.partnership.InvalidValueException if a period is not positive or the grace
     *         days are negative or over a quarter (92)
     */
    public RulePolicy {
        positive("planLength", planLength);
        positive("planningDeadline", planningDeadline);
        positive("reviewInterval", reviewInterval);
        if (!(reportingGraceDays >= 0 && reportingGraceDays <= 92)) {
            throw new InvalidValueException("reportingGraceDays", reportingGraceDays,
                    "reportingGraceDays " + reportingGraceDays + " must be from 0 to 92");
        }
        positive("interventionEndNotice", interventionEndNotice);
        Objects.requireNonNull(activeUntil, "activeUntil");
    }

    private static void positive(String field, Period period) {
        Objects.requireNonNull(period, field);
        LocalDate probe = LocalDate.of(2001, 1, 31);
        if (!(!period.isNegative() && probe.plus(period).isAfter(probe))) {
            throw new InvalidValueException(field, period,
                    field + " " + period + " must be positive");
        }
    }

    public RulePolicy withPlanLength(Period planLength) {
        return new RulePolicy(planLength, planningDeadline, reviewInterval, reportingGraceDays, interventionEndNotice, activeUntil);
    }

    public RulePolicy withPlanningDeadline(Period planningDeadline) {
        return new RulePolicy(planLength, planningDeadline, reviewInterval, reportingGraceDays, interventionEndNotice, activeUntil);
    }

    public RulePolicy withReviewInterval(Period reviewInterval) {
        return new RulePolicy(planLength, planningDeadline, reviewInterval, reportingGraceDays, interventionEndNotice, activeUntil);
    }

    public RulePolicy withReportingGraceDays(int reportingGraceDays) {
        return new RulePolicy(planLength, planningDeadline, reviewInterval, reportingGraceDays, interventionEndNotice, activeUntil);
    }

    public RulePolicy withInterventionEndNotice(Period interventionEndNotice) {
        return new RulePolicy(planLength, planningDeadline, reviewInterval, reportingGraceDays, interventionEndNotice, activeUntil);
    }

    public RulePolicy withActiveUntil(ActiveUntil activeUntil) {
        return new RulePolicy(planLength, planningDeadline, reviewInterval, reportingGraceDays, interventionEndNotice, activeUntil);
    }
}
