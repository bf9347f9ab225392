package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.plan.StrategicPlan;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import static cz.socialinclusion.partnership.rules.ArgumentType.DATE;
import static cz.socialinclusion.partnership.rules.ArgumentType.PERIOD;
import static cz.socialinclusion.partnership.rules.ArgumentType.PLAN_ID;

/**
 * plan-period (plánovací období): a plan covers three years, does not start before the partnership was
 * founded, and does not overlap an earlier plan. Its deadlines are the end of each plan's period.
 *
 * <p>Immutable and thread-safe.
 */
public final class PlanPeriodRule extends MethodRule<PlanPeriodRule.Code> {

    /** How long a plan covers: three years. */
    public static final Setting<Period> PLAN_LENGTH = Setting.positivePeriod("planLength", Period.ofYears(3));

    PlanPeriodRule() {
        super(RuleId.PLAN_PERIOD, Code.class, PLAN_LENGTH);
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        LocalDate founded = context.partnership().founded();
        Period length = context.setting(PLAN_LENGTH);
        StrategicPlan longest = null;
        for (StrategicPlan plan : context.dossier().plansByStart()) {
            Subject subject = Subject.plan(plan.id());
            if (!plan.period().getEnd().equals(RuleContext.plus(plan.start(), length))) {
                findings.add(Finding.of(Code.LENGTH, subject, null, null,
                        plan.id(), Period.between(plan.start(), plan.period().getEnd()), length)
                        .withFacts(Facts.plan(plan) + ".period"));
            }
            if (founded != null && plan.start().isBefore(founded)) {
                findings.add(Finding.of(Code.BEFORE_FOUNDING, subject, null, null, plan.id(), plan.start(), founded)
                        .withFacts(Facts.plan(plan) + ".period", Facts.PARTNERSHIP + ".founded"));
            }
            if (longest != null && !plan.start().isAfter(longest.end())) {
                findings.add(Finding.of(Code.OVERLAP, subject, null, null, plan.id(), plan.start(), longest.id(), longest.end())
                        .withFacts(Facts.plan(plan) + ".period", Facts.plan(longest) + ".period"));
            }
            if (longest == null || plan.end().isAfter(longest.end())) {
                longest = plan;
            }
        }
        return findings;
    }

    @Override
    public List<Deadline> deadlines(RuleContext context, LocalDate until) {
        List<Deadline> deadlines = new ArrayList<>();
        for (StrategicPlan plan : context.dossier().plans()) {
            deadlines.add(deadline(context, plan.end(), DeadlineKind.PLAN_PERIOD_END, Subject.plan(plan.id()), null,
                    context.asOf().isAfter(plan.end())));
        }
        return deadlines;
    }

    /** What plan-period finds. */
    public enum Code implements DefinedCode {
        /** A plan's period is not the plan length: the plan, its length, the plan length. */
        LENGTH(Severity.WARNING, PLAN_ID, PERIOD, PERIOD),
        /** A plan starts before the founding: the plan, its start, the founding day. */
        BEFORE_FOUNDING(Severity.ERROR, PLAN_ID, DATE, DATE),
        /** A plan starts while an earlier one runs: the plan, its start, the earlier plan, its end. */
        OVERLAP(Severity.ERROR, PLAN_ID, DATE, PLAN_ID, DATE);

        private final CodeDefinition definition;

        Code(Severity severity, ArgumentType<?>... arguments) { definition = CodeDefinition.of(RuleId.PLAN_PERIOD, this, severity, arguments); }

        @Override public CodeDefinition definition() { return definition; }
    }
}
