package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.base.Answer;
import cz.socialinclusion.partnership.base.RecordedDate;
import org.threeten.extra.YearQuarter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What each of the method's nine rules has in common: its id, the enum of its codes, the settings it reads,
 * and how it writes one of its deadlines. A host's rule implements {@link Rule} itself.
 *
 * <p>Its public methods are not final, so that the compiler copies them into each rule's public class, where
 * reflection finds them callable. Immutable and thread-safe.
 *
 * @param <C> the enum of the rule's codes
 */
abstract class MethodRule<C extends Enum<C> & FindingCode> implements Rule {

    private final RuleId id;
    private final List<FindingCode> codes;
    private final NotRecordedCode notRecorded;
    private final List<Setting<?>> settings;

    /**
     * @param id       the rule's id
     * @param codes    the enum of its codes; every constant is one
     * @param settings the settings it reads from the policy
     */
    MethodRule(RuleId id, Class<C> codes, Setting<?>... settings) {
        this.id = Objects.requireNonNull(id, "id");
        this.notRecorded = NotRecordedCode.of(id);
        List<FindingCode> all = new ArrayList<>(List.of(codes.getEnumConstants()));
        all.add(notRecorded);
        this.codes = List.copyOf(all);
        this.settings = List.of(settings);
    }

    /**
     * The rule's stable id.
     *
     * @return the id, such as {@link RuleId#REVIEW_CYCLE}
     */
    @Override
    public RuleId id() {
        return id;
    }

    /**
     * Every code a finding of this rule can have: the constants of its enum of codes, then its
     * {@link NotRecordedCode}.
     *
     * @return the codes, in the enum's order, the not-recorded code last
     */
    @Override
    public List<FindingCode> codes() {
        return codes;
    }

    /**
     * The code of what this rule cannot decide from the record: {@code <rule>.not-recorded}.
     *
     * @return the rule's not-recorded code
     */
    public NotRecordedCode notRecorded() {
        return notRecorded;
    }

    /**
     * A finding that the rule cannot decide from the record.
     *
     * @param subject what it concerns
     * @param due     the day in question
     * @param fact    the path of the fact the rule lacks, such as {@code plans[cheb-spsz].versions[1].adoption}
     * @param recorded how the fact is recorded
     */
    final Finding notRecorded(Subject subject, LocalDate due, String fact, RecordedDate recorded) {
        return Finding.of(notRecorded, subject, null, due, fact, recorded, due).withFacts(fact);
    }

    /**
     * The settings the rule reads from the policy.
     *
     * @return the settings, in the order the rule declares them
     */
    @Override
    public List<Setting<?>> settings() {
        return settings;
    }

    /**
     * A finding that the rule cannot decide because the day in question is after the dossier's {@code recordedUntil}:
     * it names {@code recordedUntil} and the facts the rule would have decided on.
     *
     * @param subject    what it concerns
     * @param due        the day in question
     * @param knownUntil the day up to which the record is complete
     * @param restingOn  the paths of the facts the rule would decide on
     * @return the finding
     */
    final Finding notRecordedAfter(Subject subject, LocalDate due, LocalDate knownUntil, String... restingOn) {
        List<String> facts = new ArrayList<>(restingOn.length + 1);
        facts.add(Facts.RECORDED_UNTIL);
        for (String fact : restingOn) {
            if (!facts.contains(fact)) {
                facts.add(fact);
            }
        }
        return notRecorded(subject, due, Facts.RECORDED_UNTIL, RecordedDate.day(knownUntil)).withFacts(facts);
    }

    /**
     * The findings of a rule about the state on the day (who is a member, which themes a plan covers) as the record
     * can tell them: on a day after the dossier's {@code recordedUntil}, each error or warning becomes one
     * not-recorded finding for its subject, naming {@code recordedUntil}, since what changed after it is not
     * recorded.
     *
     * @param context  the context of the evaluation
     * @param findings what the rule found on the context's day
     * @return the findings, or those past the record replaced
     */
    final List<Finding> asRecorded(RuleContext context, List<Finding> findings) {
        LocalDate knownUntil = context.knownUntil();
        if (!knownUntil.isBefore(context.asOf())) {
            return findings;
        }
        List<Finding> recorded = new ArrayList<>(findings.size());
        Set<Subject> named = new HashSet<>();
        for (Finding finding : findings) {
            if (finding.severity() != Severity.ERROR && finding.severity() != Severity.WARNING) {
                recorded.add(finding);
            } else if (named.add(finding.subject())) {
                recorded.add(notRecordedAfter(finding.subject(), context.asOf(), knownUntil, finding.facts().toArray(String[]::new)));
            }
        }
        return recorded;
    }

    /**
     * A deadline of this rule due on a day known exactly, with its status as of the context's day, as
     * {@link #deadline(RuleContext, DueRange, DeadlineKind, Subject, YearQuarter, boolean)} gives it.
     *
     * @param context the context whose day the status is for
     * @param due     the day it falls due
     * @param kind    what falls due
     * @param subject what it concerns
     * @param quarter the quarter, for a quarterly meeting; else {@code null}
     * @param done    whether it was met (or, for an end, has passed)
     * @return the deadline
     */
    final Deadline deadline(RuleContext context, LocalDate due, DeadlineKind kind, Subject subject, YearQuarter quarter,
                            boolean done) {
        return deadline(context, DueRange.on(due), kind, subject, quarter, done);
    }

    /**
     * A deadline of this rule as the record can tell it on the context's day: done when what falls due happened;
     * else upcoming up to the earliest possible due day, overdue once the latest possible due day has passed within
     * the record, and not recorded when it passed only after the day up to which the dossier is complete or the day
     * falls inside the range of possible due days.
     *
     * @param context the context whose day the status is for
     * @param due     the possible due days; the deadline shows the earliest where known
     * @param kind    what falls due
     * @param subject what it concerns
     * @param quarter the quarter, for a quarterly meeting; else {@code null}
     * @param done    whether what falls due happened (or, for an end, has passed)
     * @return the deadline
     */
    final Deadline deadline(RuleContext context, DueRange due, DeadlineKind kind, Subject subject, YearQuarter quarter,
                            boolean done) {
        DeadlineStatus status = done ? DeadlineStatus.DONE : switch (due.passedOn(context.asOf())) {
            case NO -> DeadlineStatus.UPCOMING;
            case UNDECIDED -> DeadlineStatus.NOT_RECORDED;
            case YES -> due.passedOn(context.knownUntil()) == Answer.YES ? DeadlineStatus.OVERDUE : DeadlineStatus.NOT_RECORDED;
        };
        return new Deadline(due.shown(), kind, subject, quarter, status, id);
    }
}
