package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.base.Answer;
import cz.socialinclusion.partnership.plan.Approval;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.StrategicPlan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static cz.socialinclusion.partnership.rules.ArgumentType.COUNT;
import static cz.socialinclusion.partnership.rules.ArgumentType.DATE;
import static cz.socialinclusion.partnership.rules.ArgumentType.RECORDED_DATE;
import static cz.socialinclusion.partnership.rules.ArgumentType.PLAN_ID;

/**
 * plan-approval (schválení plánu): a plan in force has the council's adoption; the board, where it approves,
 * comes before the council; an adopted version is never changed in place ({@link #changesInPlace}).
 *
 * <p>Immutable and thread-safe.
 */
public final class PlanApprovalRule extends MethodRule<PlanApprovalRule.Code> {

    /** What plan-approval finds. */
    public enum Code implements DefinedCode {
        /** A plan runs with no version adopted: the plan, its start. */
        NOT_ADOPTED("not-adopted", Severity.ERROR, PLAN_ID, DATE),
        /** The board approved a version after the council adopted it: the plan, the version, the board's day, the council's day. */
        BOARD_AFTER_COUNCIL("board-after-council", Severity.ERROR, PLAN_ID, COUNT, DATE, DATE),
        /** An adopted version was changed in place: the plan, the version, its adoption. */
        CHANGED_IN_PLACE("changed-in-place", Severity.ERROR, PLAN_ID, COUNT, RECORDED_DATE);

        private final CodeDefinition definition;

        Code(String name, Severity severity, ArgumentType<?>... arguments) {
            this.definition = CodeDefinition.of(RuleId.PLAN_APPROVAL, name, severity, arguments);
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

    PlanApprovalRule() {
        super(RuleId.PLAN_APPROVAL, Code.class);
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        var asOf = context.asOf();
        for (StrategicPlan plan : context.dossier().plans()) {
            Subject subject = Subject.plan(plan.id());
            for (PlanVersion version : plan.versions()) {
                Optional<Approval> board = version.boardApproval().filter(a -> a.date().isOnOrBefore(asOf) == Answer.YES);
                Optional<Approval> council = version.adoption().filter(a -> a.date().isOnOrBefore(asOf) == Answer.YES);
                if (board.isPresent() && council.isPresent() && council.get().date().isBefore(board.get().date()) == Answer.YES) {
                    findings.add(Finding.of(Code.BOARD_AFTER_COUNCIL, subject, null, council.get().date().latest(),
                            plan.id(), version.number(), board.get().date().latest(), council.get().date().latest()));
                }
            }
            if (plan.period().contains(asOf) && plan.adoptedVersionOn(asOf).isEmpty()) {
                findings.add(Finding.of(Code.NOT_ADOPTED, subject, null, plan.start(), plan.id(), plan.start()));
            }
        }
        return findings;
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
                findings.add(Finding.of(Code.CHANGED_IN_PLACE, subject, null, adoption.get().date().latest(),
                        before.id(), old.number(), adoption.get().date()));
            }
        }
        return List.copyOf(findings);
    }
}
