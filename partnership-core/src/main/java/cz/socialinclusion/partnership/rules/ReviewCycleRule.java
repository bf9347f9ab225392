package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.base.Answer;
import cz.socialinclusion.partnership.base.Limits;
import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.plan.Approval;
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
import static cz.socialinclusion.partnership.rules.ArgumentType.RECORDED_DATE;

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
 * <p>Where the adoption or a revision is recorded only to a month, quarter, half-year or year, the due day is
 * a range: a review is on time when the revision's latest possible day is not after the earliest possible due
 * day, late when its earliest possible day is after the latest, and otherwise not recorded; it is overdue only
 * once the latest possible due day has passed within the days the dossier records ({@code recordedUntil}).
 *
 * <p>Immutable and thread-safe.
 */
public final class ReviewCycleRule extends MethodRule<ReviewCycleRule.Code> {

    /** How often an adopted plan is revised at the longest: 12 months. */
    public static final Setting<Period> REVIEW_INTERVAL = Setting.positivePeriod("reviewInterval", Period.ofMonths(12));

    ReviewCycleRule() {
        super(RuleId.REVIEW_CYCLE, Code.class, REVIEW_INTERVAL);
    }

    /**
     * One review: when it falls due, counted from the fact at path {@code after} recorded as {@code counted}; the
     * version that met it and its recorded day, or {@code null} if none has yet.
     */
    private record Review(DueRange due, String after, RecordedDate counted, PlanVersion madeBy, RecordedDate made) {
    }

    /**
     * The day the next review of {@code plan} is due under {@code policy}, as of {@code asOf}: the due day of
     * the first review not met by a version dated by {@code asOf}, overdue or ahead (where what it counts from
     * is known only to a month, quarter or year, its earliest possible due day). Empty when the plan has no
     * adoption by {@code asOf}, when the adoption's day is not recorded at all, or when no review falls due
     * before its end. This is the day the review-cycle findings and the schedule use; a repository finding the
     * reviews due calls it.
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
        if (reviews.isEmpty() || reviews.get(reviews.size() - 1).madeBy() != null) {
            return Optional.empty();
        }
        return Optional.ofNullable(reviews.get(reviews.size() - 1).due().shown());
    }

    /**
     * The plan's reviews as of {@code asOf}: every one met by then, then those not met, up to the first due
     * after {@code until} (with {@link LocalDate#MIN}: up to the first not met). A review whose due day has no
     * bound at all (counted from a day not recorded) ends the list.
     */
    private static List<Review> reviews(StrategicPlan plan, Period interval, LocalDate asOf, LocalDate until) {
        List<Review> reviews = new ArrayList<>();
        List<PlanVersion> versions = plan.versions();
        int next = 0;
        RecordedDate last = null;
        String after = null;
        while (last == null && next < versions.size()) {
            PlanVersion version = versions.get(next++);
            Optional<Approval> adoption = version.adoption();
            if (adoption.isPresent() && Facts.date(adoption.get()).isOnOrBefore(asOf) != Answer.NO) {
                last = Facts.date(adoption.get());
                after = Facts.approval(plan, version, adoption.get());
            }
        }
        while (last != null) {
            DueRange due = DueRange.after(last, interval);
            if (due.earliest() != null && due.earliest().isAfter(plan.end())
                    || due.latest() != null && !Limits.isWithinRange(due.latest())) {
                return reviews;
            }
            while (next < versions.size() && Facts.date(versions.get(next)).isOnOrBefore(asOf) == Answer.NO) {
                next++;
            }
            if (due.shown() == null) {
                reviews.add(new Review(due, after, last, null, null));
                return reviews;
            }
            if (next < versions.size()) {
                PlanVersion made = versions.get(next++);
                reviews.add(new Review(due, after, last, made, Facts.date(made)));
                last = Facts.date(made);
                after = Facts.version(plan, made) + ".date";
            } else {
                reviews.add(new Review(due, after, last, null, null));
                if (due.shown().isAfter(until)) {
                    return reviews;
                }
                last = due.recorded();
            }
        }
        return reviews;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        Period interval = context.setting(REVIEW_INTERVAL);
        for (StrategicPlan plan : context.dossier().plans()) {
            Subject subject = Subject.plan(plan.id());
            for (Review review : reviews(plan, interval, context.asOf(), LocalDate.MIN)) {
                Finding finding = review.madeBy() != null ? made(plan, subject, review) : notMade(context, plan, subject, interval, review);
                if (finding != null) {
                    findings.add(finding);
                }
            }
        }
        return findings;
    }

    /** A met review: late if its version came after the latest possible due day, not recorded if the record cannot tell. */
    private Finding made(StrategicPlan plan, Subject subject, Review review) {
        DueRange due = review.due();
        return switch (due.metBy(review.made())) {
            case YES -> null;
            case NO -> Finding.of(Code.LATE, subject, null, due.latest(), plan.id(), review.made(), due.latest())
                    .withFacts(review.after(), Facts.version(plan, review.madeBy()) + ".date");
            case UNDECIDED -> notRecorded(subject, due.shown(), Facts.version(plan, review.madeBy()) + ".date", review.made());
        };
    }

    /**
     * A review not met by the day of evaluation: ahead, overdue, missed when the plan ended, or not recorded when
     * its due day is not known precisely enough or falls after the day up to which the dossier is complete.
     */
    private Finding notMade(RuleContext context, StrategicPlan plan, Subject subject, Period interval, Review review) {
        LocalDate asOf = context.asOf();
        DueRange due = review.due();
        if (due.shown() == null) {
            // counted from a day not recorded: a review has come due by now if the plan was adopted by its start
            return asOf.isAfter(RuleContext.plus(plan.start(), interval)) && !asOf.isAfter(plan.end())
                    ? notRecorded(subject, asOf, review.after(), review.counted()) : null;
        }
        if (due.passedOn(asOf) == Answer.NO) {
            return Finding.of(Code.NEXT, subject, null, due.earliest(), plan.id(), due.earliest(),
                    ChronoUnit.DAYS.between(asOf, due.earliest())).withFacts(review.after());
        }
        LocalDate knownUntil = context.knownUntil();
        if (due.passedOn(knownUntil) != Answer.YES) {
            return knownUntil.isBefore(asOf) && due.passedOn(asOf) == Answer.YES
                    ? notRecordedAfter(subject, due.shown(), knownUntil, review.after(), Facts.plan(plan) + ".versions")
                    : notRecorded(subject, due.shown(), review.after(), review.counted());
        }
        if (asOf.isAfter(plan.end())) {
            return Finding.of(Code.MISSED, subject, null, due.shown(), plan.id(), due.latest(), plan.end())
                    .withFacts(review.after(), Facts.plan(plan) + ".versions");
        }
        return Finding.of(Code.OVERDUE, subject, null, due.shown(), plan.id(), due.latest(),
                ChronoUnit.DAYS.between(due.latest(), asOf)).withFacts(review.after(), Facts.plan(plan) + ".versions");
    }

    @Override
    public List<Deadline> deadlines(RuleContext context, LocalDate until) {
        List<Deadline> deadlines = new ArrayList<>();
        for (StrategicPlan plan : context.dossier().plans()) {
            Subject subject = Subject.plan(plan.id());
            for (Review review : reviews(plan, context.setting(REVIEW_INTERVAL), context.asOf(), until)) {
                if (review.due().shown() != null) {
                    deadlines.add(deadline(context, review.due(), DeadlineKind.PLAN_REVIEW, subject, null,
                            review.madeBy() != null));
                }
            }
        }
        return deadlines;
    }

    /** What review-cycle finds. */
    public enum Code implements DefinedCode {
        /** The next review is ahead: the plan, its (earliest possible) due day, the days left. */
        NEXT(Severity.INFO, PLAN_ID, DATE, COUNT),
        /** The review's due day has passed: the plan, the (latest possible) due day, the days overdue; its due day is the earliest possible. */
        OVERDUE(Severity.ERROR, PLAN_ID, DATE, COUNT),
        /** The plan ended without the review due: the plan, the (latest possible) due day, the plan's end. */
        MISSED(Severity.WARNING, PLAN_ID, DATE, DATE),
        /** A revision came after its review was due: the plan, the revision's recorded day, the (latest possible) due day. */
        LATE(Severity.WARNING, PLAN_ID, RECORDED_DATE, DATE);

        private final CodeDefinition definition;

        Code(Severity severity, ArgumentType<?>... arguments) { definition = CodeDefinition.of(RuleId.REVIEW_CYCLE, this, severity, arguments); }

        @Override public CodeDefinition definition() { return definition; }
    }
}
