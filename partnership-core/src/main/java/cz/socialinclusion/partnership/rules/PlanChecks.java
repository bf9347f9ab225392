package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.plan.Approval;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.StrategicPlan;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The rules about plans: plan-period, planning-deadline, plan-approval, review-cycle. Package-private. */
final class PlanChecks {

    private PlanChecks() {
    }

    static void planPeriod(Evaluation e) {
        LocalDate founded = e.partnership.founded();
        StrategicPlan longest = null;
        for (StrategicPlan plan : e.dossier.plansByStart()) {
            Subject subject = Subject.of(SubjectKind.PLAN, plan.id());
            LocalDate expectedEnd = Evaluation.plus(plan.start(), e.policy.planLength());
            if (!plan.period().getEnd().equals(expectedEnd)) {
                e.add(RuleId.PLAN_PERIOD, "length", Severity.WARNING, subject, null, null,
                        plan.id(), Period.between(plan.start(), plan.period().getEnd()), e.policy.planLength());
            }
            if (founded != null && plan.start().isBefore(founded)) {
                e.add(RuleId.PLAN_PERIOD, "before-founding", Severity.ERROR, subject, null, null,
                        plan.id(), plan.start(), founded);
            }
            if (longest != null && !plan.start().isAfter(longest.end())) {
                e.add(RuleId.PLAN_PERIOD, "overlap", Severity.ERROR, subject, null, null,
                        plan.id(), plan.start(), longest.id(), longest.end());
            }
            if (longest == null || plan.end().isAfter(longest.end())) {
                longest = plan;
            }
        }
    }

    static void planningDeadline(Evaluation e) {
        Optional<LocalDate> formed = e.partnership.groupsFormedOn();
        if (formed.isEmpty()) {
            return;
        }
        LocalDate deadline = Evaluation.plus(formed.get(), e.policy.planningDeadline());
        Subject subject = Subject.of(SubjectKind.PARTNERSHIP, e.partnership.id());
        Optional<LocalDate> adopted = e.dossier.firstAdoption().filter(d -> !d.isAfter(e.asOf));
        if (adopted.isPresent()) {
            if (adopted.get().isAfter(deadline)) {
                e.add(RuleId.PLANNING_DEADLINE, "adopted-late", Severity.WARNING, subject, null, deadline,
                        adopted.get(), ChronoUnit.DAYS.between(deadline, adopted.get()), deadline);
            }
        } else if (e.asOf.isAfter(deadline)) {
            e.add(RuleId.PLANNING_DEADLINE, "missed", Severity.ERROR, subject, null, deadline,
                    deadline, formed.get(), e.policy.planningDeadline());
        } else {
            e.add(RuleId.PLANNING_DEADLINE, "days-left", Severity.INFO, subject, null, deadline,
                    deadline, ChronoUnit.DAYS.between(e.asOf, deadline));
        }
    }

    static void planApproval(Evaluation e) {
        for (StrategicPlan plan : e.dossier.plans()) {
            Subject subject = Subject.of(SubjectKind.PLAN, plan.id());
            for (PlanVersion version : plan.versions()) {
                Optional<Approval> board = version.boardApproval().filter(a -> !a.date().isAfter(e.asOf));
                Optional<Approval> council = version.adoption().filter(a -> !a.date().isAfter(e.asOf));
                if (board.isPresent() && council.isPresent() && board.get().date().isAfter(council.get().date())) {
                    e.add(RuleId.PLAN_APPROVAL, "board-after-council", Severity.ERROR, subject, null,
                            council.get().date(), plan.id(), version.number(), board.get().date(), council.get().date());
                }
            }
            if (plan.period().contains(e.asOf) && plan.adoptedVersionOn(e.asOf).isEmpty()) {
                e.add(RuleId.PLAN_APPROVAL, "not-adopted", Severity.ERROR, subject, null, plan.start(),
                        plan.id(), plan.start());
            }
        }
    }

    /**
     * Findings for every adopted version of {@code before} that {@code after} holds changed in place or no
     * longer holds: an adopted plan changes only through a new revision.
     */
    static List<Finding> changesInPlace(StrategicPlan before, StrategicPlan after) {
        List<Finding> findings = new ArrayList<>();
        Subject subject = Subject.of(SubjectKind.PLAN, before.id());
        for (PlanVersion old : before.versions()) {
            Optional<Approval> adoption = old.adoption();
            if (adoption.isEmpty()) {
                continue;
            }
            boolean kept = old.number() <= after.versions().size() && after.versions().get(old.number() - 1).equals(old);
            if (!kept) {
                findings.add(Evaluation.finding(RuleId.PLAN_APPROVAL, "changed-in-place", Severity.ERROR, subject, null,
                        adoption.get().date(), before.id(), old.number(), adoption.get().date()));
            }
        }
        return List.copyOf(findings);
    }

    static void reviewCycle(Evaluation e) {
        for (StrategicPlan plan : e.dossier.plans()) {
            List<LocalDate> reviews = Evaluation.reviewDates(plan, e.asOf);
            if (reviews.isEmpty()) {
                continue;
            }
            Subject subject = Subject.of(SubjectKind.PLAN, plan.id());
            for (int i = 1; i < reviews.size(); i++) {
                LocalDate due = Evaluation.plus(reviews.get(i - 1), e.policy.reviewInterval());
                if (reviews.get(i).isAfter(due) && !due.isAfter(plan.end())) {
                    e.add(RuleId.REVIEW_CYCLE, "late", Severity.WARNING, subject, null, due, plan.id(), reviews.get(i), due);
                }
            }
            LocalDate due = Evaluation.plus(reviews.get(reviews.size() - 1), e.policy.reviewInterval());
            if (due.isAfter(plan.end())) {
                continue;
            }
            if (e.asOf.isAfter(plan.end())) {
                e.add(RuleId.REVIEW_CYCLE, "missed", Severity.WARNING, subject, null, due, plan.id(), due, plan.end());
            } else if (e.asOf.isAfter(due)) {
                e.add(RuleId.REVIEW_CYCLE, "overdue", Severity.ERROR, subject, null, due,
                        plan.id(), due, ChronoUnit.DAYS.between(due, e.asOf));
            } else {
                e.add(RuleId.REVIEW_CYCLE, "next", Severity.INFO, subject, null, due,
                        plan.id(), due, ChronoUnit.DAYS.between(e.asOf, due));
            }
        }
    }
}
