package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.base.RecordedDate;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import static cz.socialinclusion.partnership.rules.ArgumentType.COUNT;
import static cz.socialinclusion.partnership.rules.ArgumentType.DATE;
import static cz.socialinclusion.partnership.rules.ArgumentType.PERIOD;

/**
 * planning-deadline: the strategic plan is adopted within 12 months of the working groups being formed. Its
 * one deadline is that day; the findings follow from the deadline's status.
 *
 * <p>Immutable and thread-safe.
 */
public final class PlanningDeadlineRule extends MethodRule<PlanningDeadlineRule.Code> {

    /** How long after the working groups are formed a plan is to be adopted: 12 months. */
    public static final Setting<Period> PLANNING_DEADLINE = Setting.positivePeriod("planningDeadline", Period.ofMonths(12));

    /** What planning-deadline finds. */
    public enum Code implements DefinedCode {
        /** The plan is not adopted yet and the day is ahead: the day, the days left. */
        DAYS_LEFT("days-left", Severity.INFO, DATE, COUNT),
        /** The day passed with no plan adopted: the day, the day the groups were formed, the planning deadline. */
        MISSED("missed", Severity.ERROR, DATE, DATE, PERIOD),
        /** The plan was adopted after the day: the adoption, the days late, the day. */
        ADOPTED_LATE("adopted-late", Severity.WARNING, DATE, COUNT, DATE);

        private final CodeDefinition definition;

        Code(String name, Severity severity, ArgumentType<?>... arguments) {
            this.definition = CodeDefinition.of(RuleId.PLANNING_DEADLINE, name, severity, arguments);
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

    PlanningDeadlineRule() {
        super(RuleId.PLANNING_DEADLINE, Code.class, PLANNING_DEADLINE);
    }

    /** The planning deadline as of the context's day: when the groups were formed, the due day, the first adoption by then. */
    private record Planning(LocalDate formed, Deadline deadline, Optional<LocalDate> adopted) {
    }

    private Optional<Planning> planning(RuleContext context) {
        Optional<LocalDate> formed = context.partnership().groupsFormedOn().flatMap(RecordedDate::latestDay);
        if (formed.isEmpty()) {
            return Optional.empty();
        }
        LocalDate due = RuleContext.plus(formed.get(), context.setting(PLANNING_DEADLINE));
        Optional<LocalDate> adopted = context.dossier().firstAdoption().flatMap(RecordedDate::latestDay).filter(d -> !d.isAfter(context.asOf()));
        Deadline deadline = deadline(context, due, DeadlineKind.PLANNING_DEADLINE,
                Subject.partnership(context.partnership().id()), null, adopted.isPresent());
        return Optional.of(new Planning(formed.get(), deadline, adopted));
    }

    @Override
    public List<Finding> check(RuleContext context) {
        Optional<Planning> found = planning(context);
        if (found.isEmpty()) {
            return List.of();
        }
        Planning planning = found.get();
        Deadline deadline = planning.deadline();
        LocalDate due = deadline.due();
        return switch (deadline.status()) {
            case DONE -> planning.adopted().get().isAfter(due)
                    ? List.of(Finding.of(Code.ADOPTED_LATE, deadline.subject(), null, due, planning.adopted().get(),
                            ChronoUnit.DAYS.between(due, planning.adopted().get()), due))
                    : List.of();
            case OVERDUE -> List.of(Finding.of(Code.MISSED, deadline.subject(), null, due,
                    due, planning.formed(), context.setting(PLANNING_DEADLINE)));
            case UPCOMING -> List.of(Finding.of(Code.DAYS_LEFT, deadline.subject(), null, due,
                    due, ChronoUnit.DAYS.between(context.asOf(), due)));
        };
    }

    @Override
    public List<Deadline> deadlines(RuleContext context, LocalDate until) {
        return planning(context).map(p -> List.of(p.deadline())).orElse(List.of());
    }
}
