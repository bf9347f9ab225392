package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.base.Answer;
import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.plan.Approval;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.StrategicPlan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static cz.socialinclusion.partnership.rules.ArgumentType.COUNT;
import static cz.socialinclusion.partnership.rules.ArgumentType.DATE;
import static cz.socialinclusion.partnership.rules.ArgumentType.PLAN_ID;
import static cz.socialinclusion.partnership.rules.ArgumentType.RECORDED_DATE;

/**
 * plan-approval (schválení plánu): a plan in force has the council's adoption; the board, where it approves,
 * comes before the council; an adopted version is never changed in place ({@link #changesInPlace}).
 *
 * <p>An adoption recorded as having happened, its day not recorded, counts as adopted while the plan runs. An
 * adoption known only to a month (or a quarter, a year) that may fall after the day of evaluation, a board and
 * a council approval whose order the record cannot tell, and a plan running after the day up to which the
 * dossier is complete without a recorded adoption give a not-recorded finding, not an error.
 *
 * <p>Immutable and thread-safe.
 */
public final class PlanApprovalRule extends MethodRule<PlanApprovalRule.Code> {

    PlanApprovalRule() {
        super(RuleId.PLAN_APPROVAL, Code.class);
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        LocalDate asOf = context.asOf();
        for (StrategicPlan plan : context.dossier().plans()) {
            Subject subject = Subject.plan(plan.id());
            for (PlanVersion version : plan.versions()) {
                Optional<Approval> board = version.boardApproval().filter(a -> Facts.date(a).isOnOrBefore(asOf) == Answer.YES);
                Optional<Approval> council = version.adoption().filter(a -> Facts.date(a).isOnOrBefore(asOf) == Answer.YES);
                if (board.isPresent() && council.isPresent()) {
                    RecordedDate boardDay = Facts.date(board.get());
                    RecordedDate councilDay = Facts.date(council.get());
                    Answer after = DueRange.of(councilDay).metBy(boardDay).not();
                    if (after == Answer.YES) {
                        findings.add(Finding.of(Code.BOARD_AFTER_COUNCIL, subject, null, councilDay.latest(),
                                plan.id(), version.number(), boardDay, councilDay)
                                .withFacts(Facts.approval(plan, version, board.get()), Facts.approval(plan, version, council.get())));
                    } else if (after == Answer.UNDECIDED) {
                        findings.add(notRecorded(subject, asOf, Facts.approval(plan, version, board.get()), boardDay));
                    }
                }
            }
            if (plan.period().contains(asOf)) {
                Finding adoption = adoption(context, plan, subject);
                if (adoption != null) {
                    findings.add(adoption);
                }
            }
        }
        return findings;
    }

    /** Nothing when a version of the running plan is adopted by the day; else not adopted, or not recorded. */
    private Finding adoption(RuleContext context, StrategicPlan plan, Subject subject) {
        LocalDate asOf = context.asOf();
        Finding undecided = null;
        for (PlanVersion version : plan.versions()) {
            Optional<Approval> adoption = version.adoption();
            if (adoption.isEmpty()) {
                continue;
            }
            RecordedDate day = Facts.date(adoption.get());
            if (!day.isRecorded() || day.isOnOrBefore(asOf) == Answer.YES) {
                return null;
            }
            if (undecided == null && day.isOnOrBefore(asOf) == Answer.UNDECIDED) {
                undecided = notRecorded(subject, asOf, Facts.approval(plan, version, adoption.get()), day);
            }
        }
        if (undecided != null) {
            return undecided;
        }
        LocalDate knownUntil = context.knownUntil();
        if (knownUntil.isBefore(asOf)) {
            return notRecordedAfter(subject, asOf, knownUntil, Facts.plan(plan) + ".versions");
        }
        return Finding.of(Code.NOT_ADOPTED, subject, null, plan.start(), plan.id(), plan.start())
                .withFacts(Facts.plan(plan) + ".period", Facts.plan(plan) + ".versions");
    }

    /**
     * A {@link Code#CHANGED_IN_PLACE} finding for every adopted version of {@code before} that {@code after}
     * holds changed or no longer holds: an adopted plan changes only through a new revision.
     */
    static List<Finding> changesInPlace(StrategicPlan before, StrategicPlan after) {
        List<Finding> findings = new ArrayList<>();
        Subject subject = Subject.plan(before.id());
        for (PlanVersion old : before.versions()) {
            Optional<Approval> adoption = old.adoption();
            if (adoption.isEmpty()) {
                continue;
            }
            boolean kept = old.number() <= after.versions().size() && after.versions().get(old.number() - 1).equals(old);
            if (!kept) {
                RecordedDate adopted = Facts.date(adoption.get());
                findings.add(Finding.of(Code.CHANGED_IN_PLACE, subject, null, adopted.latest(), before.id(), old.number(), adopted)
                        .withFacts(Facts.version(before, old)));
            }
        }
        return List.copyOf(findings);
    }

    /** What plan-approval finds. */
    public enum Code implements DefinedCode {
        /** A plan runs with no version adopted: the plan, its start. */
        NOT_ADOPTED(Severity.ERROR, PLAN_ID, DATE),
        /** The board approved a version after the council adopted it: the plan, the version, the board's day, the council's day. */
        BOARD_AFTER_COUNCIL(Severity.ERROR, PLAN_ID, COUNT, RECORDED_DATE, RECORDED_DATE),
        /** An adopted version was changed in place: the plan, the version, its adoption. */
        CHANGED_IN_PLACE(Severity.ERROR, PLAN_ID, COUNT, RECORDED_DATE);

        private final CodeDefinition definition;

        Code(Severity severity, ArgumentType<?>... arguments) { definition = CodeDefinition.of(RuleId.PLAN_APPROVAL, this, severity, arguments); }

        @Override public CodeDefinition definition() { return definition; }
    }
}
