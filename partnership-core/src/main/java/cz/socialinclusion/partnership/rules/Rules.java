package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.plan.Goal;
import cz.socialinclusion.partnership.plan.Indicator;
import cz.socialinclusion.partnership.plan.IndicatorTarget;
import cz.socialinclusion.partnership.plan.Measure;
import cz.socialinclusion.partnership.plan.Measurement;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.Priority;
import cz.socialinclusion.partnership.plan.StrategicPlan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The method's rules: evaluates a partnership with its plans and project pipeline as of a day and tells
 * what is due, late or wrong; gives its schedule of deadlines and the progress of its plans.
 *
 * <p>The rules are a registry in one stated order; {@link #standard()} holds the method's nine:
 * plan-period, planning-deadline, plan-approval, quarterly-reporting, review-cycle, intervention,
 * membership, coverage, traceability. A host adds a rule of its own with {@link #with(Rule)} (after the
 * others) and leaves one out with {@link #without(RuleId)}, without any change to the library; the numbers
 * come from the {@link RulePolicy} ({@link #of(RulePolicy)}, {@link #withPolicy(RulePolicy)}).
 *
 * <p>Evaluation never throws for a well-formed dossier: what is late or missing comes back as a
 * {@link Finding}. Cost is linear in the size of the dossier (members, groups, meetings, quarters,
 * measures, projects): meetings and reports are indexed by quarter once, and no rule compares pairs of
 * meetings or measures; plans are sorted by start once.
 *
 * <p>Immutable and thread-safe.
 */
public final class Rules {

    private static final List<Rule> METHOD = List.of(new PlanPeriodRule(), new PlanningDeadlineRule(),
            new PlanApprovalRule(), new QuarterlyReportingRule(), new ReviewCycleRule(), new InterventionRule(),
            new MembershipRule(), new CoverageRule(), new TraceabilityRule());
    private static final Rules STANDARD = new Rules(METHOD, RulePolicy.DEFAULT);
    private static final MathContext RATIO = MathContext.DECIMAL64;

    private final List<Rule> rules;
    private final RulePolicy policy;

    private Rules(List<Rule> rules, RulePolicy policy) {
        this.rules = List.copyOf(rules);
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * The method's nine rules with the method's default numbers.
     *
     * @return the nine rules under {@link RulePolicy#DEFAULT}
     */
    public static Rules standard() {
        return STANDARD;
    }

    /**
     * The method's nine rules with these numbers.
     *
     * @param policy the numbers the rules use
     * @return the nine rules under {@code policy}
     * @throws NullPointerException if {@code policy} is null
     */
    public static Rules of(RulePolicy policy) {
        return new Rules(METHOD, policy);
    }

    /**
     * The numbers these rules use.
     *
     * @return the policy
     */
    public RulePolicy policy() {
        return policy;
    }

    /**
     * The rules, in the order they are evaluated and their findings reported.
     *
     * @return the rules of the registry
     */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * The ids of the rules, in their order.
     *
     * @return one id a rule
     */
    public List<RuleId> ids() {
        return rules.stream().map(Rule::id).toList();
    }

    /**
     * The rule with this id, if these rules have it.
     *
     * @param id the rule's id, such as {@link RuleId#COVERAGE}
     * @return the rule, or empty
     */
    public Optional<Rule> rule(RuleId id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * The code with this id among those of these rules.
     *
     * @param id the code's id, such as {@code "review-cycle.overdue"}
     * @return the code, or empty where no rule here declares it
     * @throws NullPointerException if {@code id} is null
     */
    public Optional<FindingCode> code(String id) {
        Objects.requireNonNull(id, "id");
        for (Rule rule : rules) {
            for (FindingCode code : rule.codes()) {
                if (code.id().equals(id)) {
                    return Optional.of(code);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * These rules with {@code rule} added after the others.
     *
     * @param rule a host's own rule
     * @return the rules with {@code rule} last
     * @throws NullPointerException  if {@code rule} is null
     * @throws InvalidValueException if a rule with its id is already there, or one of its codes does not
     *                               belong to it or does not start with its id and a dot
     */
    public Rules with(Rule rule) {
        Objects.requireNonNull(rule, "rule");
        RuleId id = Objects.requireNonNull(rule.id(), "rule.id");
        if (rule(id).isPresent()) {
            throw new InvalidValueException("rule", id, "rule " + id + " is already registered");
        }
        for (FindingCode code : rule.codes()) {
            if (!code.rule().equals(id)) {
                throw new InvalidValueException("rule", id, "code " + code.id() + " of rule " + id + " belongs to rule " + code.rule());
            }
            if (!code.id().startsWith(id.id() + ".") || code.id().length() == id.id().length() + 1) {
                throw new InvalidValueException("rule", id, "code " + code.id() + " of rule " + id + " does not start with '" + id + ".'");
            }
        }
        List<Rule> more = new ArrayList<>(rules);
        more.add(rule);
        return new Rules(more, policy);
    }

    /**
     * These rules without the one with this id.
     *
     * @param id the id of the rule left out
     * @return the other rules, in their order
     * @throws NullPointerException  if {@code id} is null
     * @throws InvalidValueException if there is no rule with this id
     */
    public Rules without(RuleId id) {
        Objects.requireNonNull(id, "id");
        if (rule(id).isEmpty()) {
            throw new InvalidValueException("rule", id, "rule " + id + " is not registered");
        }
        return new Rules(rules.stream().filter(r -> !r.id().equals(id)).toList(), policy);
    }

    /**
     * These rules with these numbers.
     *
     * @param policy the numbers the rules use
     * @return the same rules under {@code policy}
     * @throws NullPointerException if {@code policy} is null
     */
    public Rules withPolicy(RulePolicy policy) {
        return new Rules(rules, policy);
    }

    /**
     * Evaluates every rule on {@code dossier} as of {@code asOf}. The findings come in the order of the
     * rules, and within a rule in the order of the dossier's lists and of quarters. Nothing is reported about a
     * day before the partnership's founding.
     *
     * @param dossier the partnership, its plans and projects
     * @param asOf    the day of evaluation
     * @return the report of the findings
     * @throws NullPointerException  if an argument is null
     * @throws InvalidValueException if a rule reports a finding with a code it does not declare
     */
    public Report evaluate(Dossier dossier, LocalDate asOf) {
        RuleContext context = RuleContext.of(dossier, asOf, policy);
        List<Finding> findings = new ArrayList<>();
        if (context.isBeforeFounding()) {
            return new Report(dossier.partnership().id(), asOf, findings);
        }
        for (Rule rule : rules) {
            for (Finding finding : rule.check(context)) {
                if (!rule.codes().contains(finding.code())) {
                    throw new InvalidValueException("code", finding.code().id(),
                            "rule " + rule.id() + " reported code " + finding.code().id() + ", which it does not declare");
                }
                findings.add(finding);
            }
        }
        return new Report(dossier.partnership().id(), asOf, findings);
    }

    /**
     * What the record of {@code dossier} lacks for these rules to decide as of {@code asOf}: for each rule, the
     * facts that are not recorded, recorded too imprecisely, or fall after the dossier's {@code recordedUntil}
     * (its {@code <rule>.not-recorded} findings, from the same evaluation as {@link #evaluate}).
     *
     * @param dossier the partnership, its plans and projects
     * @param asOf    the day of evaluation
     * @return every rule, in registry order, with the facts it lacks
     * @throws NullPointerException if an argument is null
     */
    public Completeness completeness(Dossier dossier, LocalDate asOf) {
        return Completeness.of(ids(), evaluate(dossier, asOf));
    }

    /**
     * Checks a stored plan against the copy about to replace it: every version the council had adopted in
     * {@code before} must be in {@code after} unchanged. Each one that is not gives a
     * {@code plan-approval.changed-in-place} error. {@link StrategicPlan#requireAdoptedVersionsKept} is the
     * guard that throws instead.
     *
     * @param before the plan as stored
     * @param after  the plan about to replace it
     * @return one finding a changed or dropped adopted version; none where all are kept
     * @throws NullPointerException if an argument is null
     */
    public List<Finding> changesInPlace(StrategicPlan before, StrategicPlan after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        return PlanApprovalRule.changesInPlace(before, after);
    }

    /**
     * The day the next review of {@code plan} is due under these rules' policy, as of {@code asOf}; see
     * {@link ReviewCycleRule#nextReviewDue}.
     *
     * @param plan the strategic plan
     * @param asOf the day of evaluation
     * @return the due day of the next review, or empty where none is due
     * @throws NullPointerException if an argument is null
     */
    public Optional<LocalDate> nextReviewDue(StrategicPlan plan, LocalDate asOf) {
        return ReviewCycleRule.nextReviewDue(plan, policy, asOf);
    }

    /**
     * Every deadline the rules set from {@code from} to {@code to} (both included), in date order (then by
     * kind and subject), with its status on {@code asOf}. The method's rules set: quarterly meetings while
     * the partnership is active, plan reviews, the planning deadline, the intervention's end and each plan
     * period's end.
     *
     * <p>A quarterly meeting is done when a partnership meeting was held in the quarter and every thematic
     * group due reported there. A review is done when the plan was revised by then; a review after a missed
     * one falls due a review interval after the missed due day. An end is done once passed. The findings
     * come from the same deadlines.
     *
     * @param dossier the partnership, its plans and projects
     * @param from    the first day of the window
     * @param to      the last day of the window
     * @param asOf    the day of evaluation
     * @return the deadlines in the window
     * @throws NullPointerException if an argument is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if {@code to} is before {@code from}
     */
    public Schedule schedule(Dossier dossier, LocalDate from, LocalDate to, LocalDate asOf) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        RuleContext context = RuleContext.of(dossier, asOf, policy);
        if (to.isBefore(from)) {
            throw new InvalidValueException("to", to, "to " + to + " is before from " + from);
        }
        List<Deadline> all = new ArrayList<>();
        for (Rule rule : rules) {
            all.addAll(rule.deadlines(context, to));
        }
        List<Deadline> window = all.stream()
                .filter(d -> !d.due().isBefore(from) && !d.due().isAfter(to))
                .sorted(Comparator.comparing(Deadline::due).thenComparing(Deadline::kind)
                        .thenComparing(d -> d.subject().id()))
                .toList();
        return new Schedule(dossier.partnership().id(), from, to, asOf, window);
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
     * @param plan the strategic plan
     * @param asOf the day of evaluation
     * @return the plan's progress, with its priorities, goals, measures and indicators as parts
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
