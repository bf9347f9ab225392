package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.StrategicPlan;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static cz.socialinclusion.partnership.rules.ArgumentType.COUNT;
import static cz.socialinclusion.partnership.rules.ArgumentType.DATE;
import static cz.socialinclusion.partnership.rules.ArgumentType.PLAN_ID;

/**
 * review-cycle (revize, aktualizace plánu): an adopted plan is revised at least every 12 months while its
 * period runs.
 *
 * <p>The reviews are computed once, by {@link #nextReviewDue} and the findings and deadlines alike: the first
 * review falls due a review interval after the council's first adoption, each next one a review interval
 * after the revision that met the previous one, or, where a review was missed, after the missed due day. A
 * review is met by the next version dated by the day of evaluation, on time or late. No review falls due
 * after the plan's end.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReviewCycleRule extends MethodRule<ReviewCycleRule.Code> {

    /** How often an adopted plan is revised at the longest: 12 months. */
    public static final Setting<Period> REVIEW_INTERVAL = Setting.positivePeriod("reviewInterval", Period.ofMonths(12));

    /** What review-cycle finds. */
    public enum Code implements DefinedCode {
        /** The next review is ahead: the plan, its due day, the days left. */
        NEXT("next", Severity.INFO, PLAN_ID, DATE, COUNT),
        /** The review's due day has passed: the plan, the due day, the days overdue. */
        OVERDUE("overdue", Severity.ERROR, PLAN_ID, DATE, COUNT),
        /** The plan ended without the review due: the plan, the due day, the plan's end. */
        MISSED("missed", Severity.WARNING, PLAN_ID, DATE, DATE),
        /** A revision came after its review was due: the plan, the revision's day, the due day. */
        LATE("late", Severity.WARNING, PLAN_ID, DATE, DATE);

        private final CodeDefinition definition;

        Code(String name, Severity severity, ArgumentType<?>... arguments) {
            this.definition = CodeDefinition.of(RuleId.REVIEW_CYCLE, name, severity, arguments);
        }

        @Override
        public CodeDefinition definition() {
            return definition;
        }

        /** The id, such as {@code "review-cycle.overdue"}. */
        @Override
        public String toString() {
            return definition.id();
        }
    }

    ReviewCycleRule() {
        super(RuleId.REVIEW_CYCLE, Code.class, REVIEW_INTERVAL);
    }

    /** One review: the day it falls due and the day of the version that met it, or {@code null} if none has yet. */
    private record Review(LocalDate due, LocalDate madeOn) {
    }

    /**
     * The day the next review of {@code plan} is due under {@code policy}, as of {@code asOf}: the due day of
     * the first review not met by a version dated by {@code asOf}, overdue or ahead. Empty when the plan has
     * no adoption by {@code asOf}, or when no review falls due before its end. This is the day the
     * review-cycle findings and the schedule use; a repository finding the reviews due calls it.
     *
     * @param plan   the strategic plan
     * @param policy the policy whose review interval counts
     * @param asOf   the day of evaluation
     * @return the due day of the next review, or empty
     * @throws NullPointerException if an argument is null
     */
    public static Optional<LocalDate> nextReviewDue(StrategicPlan plan, RulePolicy policy, LocalDate asOf) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(asOf, "asOf");
        List<Review> reviews = reviews(plan, policy.get(REVIEW_INTERVAL), asOf, LocalDate.MIN);
        if (reviews.isEmpty() || reviews.get(reviews.size() - 1).madeOn() != null) {
            return Optional.empty();
        }
        return Optional.of(reviews.get(reviews.size() - 1).due());
    }

    /**
     * The plan's reviews as of {@code asOf}: every one met by then, then those not met, up to the first due
     * after {@code until} (with {@link LocalDate#MIN}: up to the first not met).
     */
    private static List<Review> reviews(StrategicPlan plan, Period interval, LocalDate asOf, LocalDate until) {
        List<Review> reviews = new ArrayList<>();
        List<LocalDate> made = reviewDates(plan, asOf);
        if (made.isEmpty()) {
            return reviews;
        }
        LocalDate last = made.get(0);
        int next = 1;
        while (true) {
            LocalDate due = RuleContext.plus(last, interval);
            if (due.isAfter(plan.end()) || due.equals(LocalDate.MAX)) {
                return reviews;
            }
            if (next < made.size()) {
                last = made.get(next++);
                reviews.add(new Review(due, last));
            } else {
                reviews.add(new Review(due, null));
                if (due.isAfter(until)) {
                    return reviews;
                }
                last = due;
            }
        }
    }

    /** The days the plan was reviewed: its first adoption, then each later version's date, up to {@code asOf}. */
    private static List<LocalDate> reviewDates(StrategicPlan plan, LocalDate asOf) {
        List<LocalDate> dates = new ArrayList<>();
        Optional<LocalDate> adopted = plan.firstAdoption().flatMap(RecordedDate::latestDay);
        if (adopted.isEmpty() || adopted.get().isAfter(asOf)) {
            return dates;
        }
        dates.add(adopted.get());
        for (PlanVersion version : plan.versions()) {
            LocalDate made = version.date().latest();
            if (version.number() > 1 && made != null && made.isAfter(adopted.get()) && !made.isAfter(asOf)) {
                dates.add(made);
            }
        }
        return dates;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        LocalDate asOf = context.asOf();
        for (StrategicPlan plan : context.dossier().plans()) {
            Subject subject = Subject.plan(plan.id());
            for (Review review : reviews(plan, context.setting(REVIEW_INTERVAL), asOf, LocalDate.MIN)) {
                LocalDate due = review.due();
                if (review.madeOn() != null) {
                    if (review.madeOn().isAfter(due)) {
                        findings.add(Finding.of(Code.LATE, subject, null, due, plan.id(), review.madeOn(), due));
                    }
                } else if (asOf.isAfter(plan.end())) {
                    findings.add(Finding.of(Code.MISSED, subject, null, due, plan.id(), due, plan.end()));
                } else if (asOf.isAfter(due)) {
                    findings.add(Finding.of(Code.OVERDUE, subject, null, due, plan.id(), due, ChronoUnit.DAYS.between(due, asOf)));
                } else {
                    findings.add(Finding.of(Code.NEXT, subject, null, due, plan.id(), due, ChronoUnit.DAYS.between(asOf, due)));
                }
            }
        }
        return findings;
    }

    @Override
    public List<Deadline> deadlines(RuleContext context, LocalDate until) {
        List<Deadline> deadlines = new ArrayList<>();
        for (StrategicPlan plan : context.dossier().plans()) {
            Subject subject = Subject.plan(plan.id());
            for (Review review : reviews(plan, context.setting(REVIEW_INTERVAL), context.asOf(), until)) {
                deadlines.add(deadline(context, review.due(), DeadlineKind.PLAN_REVIEW, subject, null, review.madeOn() != null));
            }
        }
        return deadlines;
    }
}
