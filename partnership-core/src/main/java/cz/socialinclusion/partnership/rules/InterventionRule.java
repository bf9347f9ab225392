package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.base.Answer;
import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.intervention.Extension;
import cz.socialinclusion.partnership.intervention.Intervention;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static cz.socialinclusion.partnership.rules.ArgumentType.COUNT;
import static cz.socialinclusion.partnership.rules.ArgumentType.DATE;
import static cz.socialinclusion.partnership.rules.ArgumentType.RECORDED_DATE;

/**
 * intervention (působení Agentury): each extension of the Agency's intervention is decided before the end it
 * extends and moves it later; the coming end is announced from the notice period on, and the end once passed.
 * Its deadline is the end as known on the day of evaluation, from which the findings about the end follow.
 *
 * <p>Immutable and thread-safe.
 */
public final class InterventionRule extends MethodRule<InterventionRule.Code> {

    /** How early the intervention's coming end is announced: 6 months. */
    public static final Setting<Period> END_NOTICE = Setting.positivePeriod("interventionEndNotice", Period.ofMonths(6));

    InterventionRule() {
        super(RuleId.INTERVENTION, Code.class, END_NOTICE);
    }

    /** The intervention's end as known on the context's day, where there is an intervention. */
    private Optional<Deadline> end(RuleContext context) {
        Intervention intervention = context.partnership().intervention();
        if (intervention == null) {
            return Optional.empty();
        }
        LocalDate end = intervention.endAsKnownOn(context.asOf()).latest();
        if (end == null) {
            return Optional.empty();
        }
        return Optional.of(deadline(context, end, DeadlineKind.INTERVENTION_END,
                Subject.intervention(context.partnership().id()), null, context.asOf().isAfter(end)));
    }

    @Override
    public List<Finding> check(RuleContext context) {
        Optional<Deadline> found = end(context);
        if (found.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        Intervention intervention = context.partnership().intervention();
        LocalDate asOf = context.asOf();
        Subject subject = found.get().subject();
        List<Extension> extensions = intervention.extensions();
        for (int i = 0; i < extensions.size(); i++) {
            Extension extension = extensions.get(i);
            RecordedDate decided = Facts.date(extension);
            if (decided.isAfter(asOf) == Answer.YES) {
                break;
            }
            RecordedDate before = intervention.endBefore(i);
            LocalDate due = before.latest() != null ? before.latest() : asOf;
            switch (before.isBefore(decided)) {
                case YES -> findings.add(Finding.of(Code.EXTENSION_LATE, subject, null, due, decided, before)
                        .withFacts(extensionPath(i) + ".decided", Facts.INTERVENTION + ".start"));
                case UNDECIDED -> findings.add(notRecorded(subject, due, extensionPath(i) + ".decided", decided));
                case NO -> { }
            }
            switch (before.isBefore(extension.newEnd())) {
                case NO -> findings.add(Finding.of(Code.EXTENSION_NOT_LATER, subject, null, due, decided, before)
                        .withFacts(extensionPath(i) + ".newEnd", Facts.INTERVENTION + ".start"));
                case UNDECIDED -> findings.add(notRecorded(subject, due, Facts.INTERVENTION + ".start", Facts.start(intervention)));
                case YES -> { }
            }
        }
        LocalDate end = found.get().due();
        if (found.get().status() == DeadlineStatus.DONE) {
            findings.add(Finding.of(Code.ENDED, subject, null, end, end).withFacts(Facts.INTERVENTION));
        } else if (!asOf.isBefore(RuleContext.minus(end, context.setting(END_NOTICE)))
                && Facts.start(intervention).isOnOrBefore(asOf) == Answer.YES) {
            findings.add(Finding.of(Code.ENDING, subject, null, end, end, ChronoUnit.DAYS.between(asOf, end))
                    .withFacts(Facts.INTERVENTION));
        }
        return findings;
    }

    private static String extensionPath(int index) {
        return Facts.INTERVENTION + ".extensions[" + index + "]";
    }

    @Override
    public List<Deadline> deadlines(RuleContext context, LocalDate until) {
        return end(context).map(List::of).orElse(List.of());
    }

    /** What intervention finds. */
    public enum Code implements DefinedCode {
        /** An extension was decided after the end it extends: the decision's day, that end. */
        EXTENSION_LATE(Severity.ERROR, RECORDED_DATE, RECORDED_DATE),
        /** An extension does not move the end later: the decision's day, the end it extends. */
        EXTENSION_NOT_LATER(Severity.ERROR, RECORDED_DATE, RECORDED_DATE),
        /** The end is within the notice period: the end, the days left. */
        ENDING(Severity.INFO, DATE, COUNT),
        /** The intervention has ended: the end. */
        ENDED(Severity.INFO, DATE);

        private final CodeDefinition definition;

        Code(Severity severity, ArgumentType<?>... arguments) { definition = CodeDefinition.of(RuleId.INTERVENTION, this, severity, arguments); }

        @Override public CodeDefinition definition() { return definition; }
    }
}
