package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.group.WorkingGroup;
import cz.socialinclusion.partnership.plan.ActionStep;
import cz.socialinclusion.partnership.plan.Goal;
import cz.socialinclusion.partnership.plan.Indicator;
import cz.socialinclusion.partnership.plan.IndicatorTarget;
import cz.socialinclusion.partnership.plan.Measure;
import cz.socialinclusion.partnership.plan.Measurement;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.Priority;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import org.threeten.extra.YearQuarter;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The method's rules: evaluates a partnership with its plans and project pipeline as of a day and tells
 * what is due, late or wrong; gives its schedule of deadlines and the progress of its plans.
 *
 * <p>Evaluation never throws for a well-formed dossier: what is late or missing comes back as a
 * {@link Finding}. Cost is linear in the size of the dossier (members, groups, meetings, quarters,
 * measures, projects): meetings and reports are indexed by quarter once, and no rule compares pairs of
 * meetings or measures; plans are sorted by start once.
 *
 * <p>Immutable and thread-safe.
 */
public final class Rules {

    private static final Rules STANDARD = new Rules(RulePolicy.DEFAULT);
    private static final MathContext RATIO = MathContext.DECIMAL64;

    private final RulePolicy policy;

    private Rules(RulePolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** The rules with the method's default numbers. */
    public static Rules standard() {
        return STANDARD;
    }

    /** The rules with these numbers. */
    public static Rules of(RulePolicy policy) {
        return new Rules(policy);
    }

    /** The numbers these rules use. */
    public RulePolicy policy() {
        return policy;
    }

    /**
     * Evaluates every rule on {@code dossier} as of {@code asOf}. The findings come in the order of
     * {@link RuleId}, and within a rule in the order of the dossier's lists and of quarters.
     *
     * @throws NullPointerException if an argument is null
     */
    public Report evaluate(Dossier dossier, LocalDate asOf) {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(asOf, "asOf");
        Evaluation e = new Evaluation(dossier, asOf, policy);
        PlanChecks.planPeriod(e);
        PlanChecks.planningDeadline(e);
        PlanChecks.planApproval(e);
        PartnershipChecks.quarterlyReporting(e);
        PlanChecks.reviewCycle(e);
        PartnershipChecks.intervention(e);
        PartnershipChecks.membership(e);
        PartnershipChecks.coverage(e);
        PartnershipChecks.traceability(e);
        return new Report(dossier.partnership().id(), asOf, e.findings);
    }

    /**
     * Checks a stored plan against the copy about to replace it: every version the council had adopted in
     * {@code before} must be in {@code after} unchanged. Each one that is not gives a
     * {@code plan-approval.changed-in-place} error.
     *
     * @throws NullPointerException if an argument is null
     */
    public List<Finding> changesInPlace(StrategicPlan before, StrategicPlan after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        return PlanChecks.changesInPlace(before, after);
    }

    /**
     * Every deadline from {@code from} to {@code to} (both included), in date order, with its status on
     * {@code asOf}: quarterly meetings while the partnership is active, plan reviews, the planning deadline,
     * the intervention's end and each plan period's end.
     *
     * <p>A quarterly meeting is done when a partnership meeting was held in the quarter and every thematic
     * group due reported there. A review is done when the plan was revised by then; a review after a missed
     * one falls due a review interval after the missed due day. An end is done once passed.
     *
     * @throws NullPointerException if an argument is null
     * @throws cz.socialinclusion.partnership.InvalidValueException if {@code to} is before {@code from}
     */
    public Schedule schedule(Dossier dossier, LocalDate from, LocalDate to, LocalDate asOf) {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(asOf, "asOf");
        Evaluation e = new Evaluation(dossier, asOf, policy);
        List<Deadline> all = new ArrayList<>();
        var partnership = dossier.partnership();
        Subject partnershipSubject = Subject.of(SubjectKind.PARTNERSHIP, partnership.id());

        partnership.groupsFormedOn().ifPresent(formed -> {
            LocalDate due = Evaluation.plus(formed, policy.planningDeadline());
            boolean adopted = dossier.firstAdoption().filter(d -> !d.isAfter(asOf)).isPresent();
            all.add(new Deadline(due, DeadlineKind.PLANNING_DEADLINE, partnershipSubject, null, status(adopted, due, asOf)));
        });

        Map<YearQuarter, java.util.BitSet> reports = e.reportsByQuarter();
        LocalDate horizon = to.isAfter(asOf) ? to : asOf;
        for (YearQuarter q : e.activeQuarters(horizon)) {
            LocalDate due = e.dueDate(q);
            if (due.isBefore(from)) {
                continue;
            }
            if (q.atDay(1).isAfter(to)) {
                break;
            }
            List<WorkingGroup> groups = e.thematicGroupsDueIn(q);
            if (groups.isEmpty()) {
                continue;
            }
            java.util.BitSet reported = reports.get(q);
            boolean done = reported != null && groups.stream().allMatch(g -> reported.get(e.indexOf(g)));
            all.add(new Deadline(due, DeadlineKind.QUARTERLY_MEETING, partnershipSubject, q, status(done, due, asOf)));
        }

        for (StrategicPlan plan : dossier.plans()) {
            Subject subject = Subject.of(SubjectKind.PLAN, plan.id());
            List<LocalDate> reviews = Evaluation.reviewDates(plan, asOf);
            if (!reviews.isEmpty()) {
                LocalDate last = reviews.get(0);
                int next = 1;
                while (true) {
                    LocalDate due = Evaluation.plus(last, policy.reviewInterval());
                    if (due.isAfter(plan.end()) || due.isAfter(to) || due.equals(LocalDate.MAX)) {
                        break;
                    }
                    boolean done = next < reviews.size();
                    all.add(new Deadline(due, DeadlineKind.PLAN_REVIEW, subject, null, status(done, due, asOf)));
                    last = done ? reviews.get(next++) : due;
                }
            }
            all.add(new Deadline(plan.end(), DeadlineKind.PLAN_PERIOD_END, subject, null, status(asOf.isAfter(plan.end()), plan.end(), asOf)));
        }

        if (partnership.intervention() != null) {
            LocalDate end = partnership.intervention().endAsKnownOn(asOf);
            all.add(new Deadline(end, DeadlineKind.INTERVENTION_END, Subject.of(SubjectKind.INTERVENTION, partnership.id()),
                    null, status(asOf.isAfter(end), end, asOf)));
        }

        List<Deadline> window = all.stream()
                .filter(d -> !d.due().isBefore(from) && !d.due().isAfter(to))
                .sorted(Comparator.comparing(Deadline::due).thenComparing(Deadline::kind)
                        .thenComparing(d -> d.subject().id()))
                .toList();
        return new Schedule(partnership.id(), from, to, asOf, window);
    }

    private static DeadlineStatus status(boolean done, LocalDate due, LocalDate asOf) {
        if (done) {
            return DeadlineStatus.DONE;
        }
        return asOf.isAfter(due) ? DeadlineStatus.OVERDUE : DeadlineStatus.UPCOMING;
    }

    /**
     * The progress of a plan as of {@code asOf}, from its version on that day, rolled up from measures to
     * goals, priorities and the plan.
     *
     * <p>Weighting: an indicator's progress is its latest actual value measured by {@code asOf} against its
     * final target, from the baseline ({@code (actual - baseline) / (final - baseline)}, kept within 0 and
     * 1; where the final target equals the baseline, 1 if the actual equals it, else 0). A measure's
     * progress is the plain mean of its parts: the share of its steps completed by {@code asOf} (one part,
     * where it has steps) and each of its indicators. A goal's is the mean of its measures and its own
     * indicators; a priority's the mean of its goals; the plan's the mean of its priorities. A part of which
     * nothing is known yet (an indicator with no actual value, a measure with neither steps nor measured
     * indicators) has no ratio and is left out of its parent's mean: it does not count as zero.
     *
     * @throws NullPointerException if an argument is null
     */
    public Progress progress(StrategicPlan plan, LocalDate asOf) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(asOf, "asOf");
        Optional<PlanVersion> version = plan.versionOn(asOf);
        List<Progress> priorities = new ArrayList<>();
        if (version.isPresent()) {
            for (Priority priority : version.get().priorities()) {
                List<Progress> goals = new ArrayList<>();
                for (Goal goal : priority.goals()) {
                    List<Progress> parts = new ArrayList<>();
                    for (Measure measure : goal.measures()) {
                        parts.add(measure(measure, asOf));
                    }
                    goal.indicators().forEach(i -> parts.add(indicator(i, asOf)));
                    goals.add(node(ProgressLevel.GOAL, goal.id().value(), goal.title(), parts, null));
                }
                priorities.add(node(ProgressLevel.PRIORITY, priority.id().value(), priority.title(), goals, null));
            }
        }
        return node(ProgressLevel.PLAN, plan.id().value(), plan.title(), priorities, null);
    }

    private static Progress measure(Measure measure, LocalDate asOf) {
        List<Progress> parts = new ArrayList<>();
        measure.indicators().forEach(i -> parts.add(indicator(i, asOf)));
        BigDecimal steps = null;
        if (!measure.steps().isEmpty()) {
            long done = measure.steps().stream().filter(s -> s.isCompletedOn(asOf)).count();
            steps = BigDecimal.valueOf(done).divide(BigDecimal.valueOf(measure.steps().size()), RATIO);
        }
        return node(ProgressLevel.MEASURE, measure.id().value(), measure.title(), parts, steps);
    }

    private static Progress indicator(Indicator indicator, LocalDate asOf) {
        Measurement latest = null;
        for (IndicatorTarget target : indicator.targets()) {
            Measurement actual = target.actual();
            if (actual != null && !actual.date().isAfter(asOf) && (latest == null || !actual.date().isBefore(latest.date()))) {
                latest = actual;
            }
        }
        BigDecimal ratio = null;
        if (latest != null) {
            BigDecimal base = indicator.baseline().value();
            BigDecimal span = indicator.finalTarget().target().subtract(base);
            if (span.signum() == 0) {
                ratio = latest.value().compareTo(indicator.finalTarget().target()) == 0 ? BigDecimal.ONE : BigDecimal.ZERO;
            } else {
                ratio = latest.value().subtract(base).divide(span, RATIO).max(BigDecimal.ZERO).min(BigDecimal.ONE);
            }
            ratio = ratio.setScale(4, RoundingMode.HALF_EVEN);
        }
        return new Progress(ProgressLevel.INDICATOR, indicator.id().value(), indicator.name(), ratio, List.of());
    }

    /** A node whose ratio is the mean of its known parts and of {@code extra}, where given. */
    private static Progress node(ProgressLevel level, String id, String title, List<Progress> parts, BigDecimal extra) {
        BigDecimal sum = extra == null ? BigDecimal.ZERO : extra;
        int count = extra == null ? 0 : 1;
        for (Progress part : parts) {
            if (part.ratio() != null) {
                sum = sum.add(part.ratio());
                count++;
            }
        }
        BigDecimal ratio = count == 0 ? null
                : sum.divide(BigDecimal.valueOf(count), RATIO).setScale(4, RoundingMode.HALF_EVEN);
        return new Progress(level, id, title, ratio, parts);
    }
}
