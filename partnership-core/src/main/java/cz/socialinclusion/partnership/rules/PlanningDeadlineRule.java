package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.base.Answer;
import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.plan.Approval;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.StrategicPlan;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import static cz.socialinclusion.partnership.rules.ArgumentType.COUNT;
import static cz.socialinclusion.partnership.rules.ArgumentType.DATE;
import static cz.socialinclusion.partnership.rules.ArgumentType.PERIOD;
import static cz.socialinclusion.partnership.rules.ArgumentType.RECORDED_DATE;

/**
 * planning-deadline: the strategic plan is adopted within 12 months of the working groups being formed. Its
 * one deadline is that day; the findings follow from the deadline's status.
 *
 * <p>Where the groups' formation is known only to a month (or a quarter, a year), the deadline spans as much;
 * an adoption meets it when its latest possible day is not after the earliest possible due day, is late when
 * its earliest possible day is after the latest, and otherwise is not recorded precisely enough. No adoption is
 * missed only once the latest possible due day has passed within the days the dossier records.
 *
 * <p>Immutable and thread-safe.
 */
public final class PlanningDeadlineRule extends MethodRule<PlanningDeadlineRule.Code> {

    /** How long after the working groups are formed a plan is to be adopted: 12 months. */
    public static final Setting<Period> PLANNING_DEADLINE = Setting.positivePeriod("planningDeadline", Period.ofMonths(12));

    PlanningDeadlineRule() {
        super(RuleId.PLANNING_DEADLINE, Code.class, PLANNING_DEADLINE);
    }

    /**
     * The planning deadline as of the context's day: when the groups were formed (the fact's path and day), when
     * the plan is due, and the adoption that decides it (met if one met it, else the first adoption that may have
     * come by the day, else {@code null}) with its path.
     */
    private record Planning(Facts.Dated formed, DueRange due, Facts.Dated adopted) {

        Answer met() {
            return adopted == null ? Answer.NO : due.metBy(adopted.date());
        }
    }

    private static Optional<Planning> planning(RuleContext context) {
        Optional<Facts.Dated> formed = Facts.groupsFormed(context.partnership());
        if (formed.isEmpty()) {
            return Optional.empty();
        }
        DueRange due = DueRange.after(formed.get().date(), context.setting(PLANNING_DEADLINE));
        Facts.Dated decisive = null;
        for (StrategicPlan plan : context.dossier().plans()) {
            for (PlanVersion version : plan.versions()) {
                Optional<Approval> adoption = version.adoption();
                if (adoption.isEmpty() || Facts.date(adoption.get()).isOnOrBefore(context.asOf()) == Answer.NO) {
                    continue;
                }
                Facts.Dated adopted = new Facts.Dated(Facts.approval(plan, version, adoption.get()), Facts.date(adoption.get()));
                Answer met = due.metBy(adopted.date());
                if (decisive == null || met == Answer.YES || met == Answer.UNDECIDED && due.metBy(decisive.date()) == Answer.NO) {
                    decisive = adopted;
                }
            }
        }
        return Optional.of(new Planning(formed.get(), due, decisive));
    }

    @Override
    public List<Finding> check(RuleContext context) {
        Optional<Planning> found = planning(context);
        if (found.isEmpty() || found.get().due().shown() == null) {
            return found.map(p -> notRecordedFormation(context, p)).orElse(List.of());
        }
        Planning planning = found.get();
        DueRange due = planning.due();
        Subject subject = Subject.partnership(context.partnership().id());
        LocalDate asOf = context.asOf();
        if (planning.adopted() != null) {
            RecordedDate adopted = planning.adopted().date();
            return switch (planning.met()) {
                case YES -> List.of();
                case NO -> adopted.isOnOrBefore(asOf) == Answer.YES
                        ? List.of(Finding.of(Code.ADOPTED_LATE, subject, null, due.latest(), adopted,
                                ChronoUnit.DAYS.between(due.latest(), adopted.earliest()), due.latest())
                                .withFacts(planning.formed().path(), planning.adopted().path()))
                        : List.of(notRecorded(subject, due.latest(), planning.adopted().path(), adopted));
                case UNDECIDED -> List.of(notRecorded(subject, due.shown(), planning.adopted().path(), adopted));
            };
        }
        if (due.passedOn(asOf) == Answer.NO) {
            return List.of(Finding.of(Code.DAYS_LEFT, subject, null, due.earliest(), due.earliest(),
                    ChronoUnit.DAYS.between(asOf, due.earliest())).withFacts(planning.formed().path()));
        }
        LocalDate knownUntil = context.knownUntil();
        if (due.passedOn(knownUntil) == Answer.YES) {
            return List.of(Finding.of(Code.MISSED, subject, null, due.latest(), due.latest(), planning.formed().date(),
                    context.setting(PLANNING_DEADLINE)).withFacts(planning.formed().path(), "plans"));
        }
        return List.of(knownUntil.isBefore(asOf) && due.passedOn(asOf) == Answer.YES
                ? notRecordedAfter(subject, due.latest(), knownUntil, planning.formed().path(), "plans")
                : notRecorded(subject, due.shown(), planning.formed().path(), planning.formed().date()));
    }

    /** The groups were formed on a day not recorded: the deadline cannot be told, once a plan could be due. */
    private List<Finding> notRecordedFormation(RuleContext context, Planning planning) {
        if (planning.adopted() != null || context.isBeforeFounding()) {
            return List.of();
        }
        return List.of(notRecorded(Subject.partnership(context.partnership().id()), context.asOf(),
                planning.formed().path(), planning.formed().date()));
    }

    @Override
    public List<Deadline> deadlines(RuleContext context, LocalDate until) {
        return planning(context).filter(p -> p.due().shown() != null)
                .map(p -> List.<Deadline>of(deadline(context, p.due(), DeadlineKind.PLANNING_DEADLINE,
                        Subject.partnership(context.partnership().id()), null,
                        p.adopted() != null)))
                .orElse(List.of());
    }

    /** What planning-deadline finds. */
    public enum Code implements DefinedCode {
        /** The plan is not adopted yet and the day is ahead: the (earliest possible) day, the days left. */
        DAYS_LEFT(Severity.INFO, DATE, COUNT),
        /** The day passed with no plan adopted: the (latest possible) day, when the groups were formed, the planning deadline. */
        MISSED(Severity.ERROR, DATE, RECORDED_DATE, PERIOD),
        /** The plan was adopted after the day: the adoption, the days late at least, the (latest possible) day. */
        ADOPTED_LATE(Severity.WARNING, RECORDED_DATE, COUNT, DATE);

        private final CodeDefinition definition;

        Code(Severity severity, ArgumentType<?>... arguments) { definition = CodeDefinition.of(RuleId.PLANNING_DEADLINE, this, severity, arguments); }

        @Override public CodeDefinition definition() { return definition; }
    }
}
