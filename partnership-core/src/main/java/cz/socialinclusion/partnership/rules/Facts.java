package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.Partnership;
import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.group.WorkingGroup;
import cz.socialinclusion.partnership.intervention.Extension;
import cz.socialinclusion.partnership.intervention.Intervention;
import cz.socialinclusion.partnership.plan.Approval;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.StrategicPlan;

import java.util.Optional;

/**
 * The facts the rules rest on: their recorded dates and their paths, in the syntax of the model's field paths
 * ({@code plans[cheb-spsz].versions[1].adoption}), which the not-recorded findings name.
 */
final class Facts {

    /** The path of the dossier's day up to which it is complete. */
    static final String RECORDED_UNTIL = "recordedUntil";

    /** The path of the partnership. */
    static final String PARTNERSHIP = "partnership";

    /** The path of the partnership's meetings. */
    static final String MEETINGS = PARTNERSHIP + ".meetings";

    /** The path of the partnership's members. */
    static final String MEMBERSHIPS = PARTNERSHIP + ".memberships";

    /** The path of the Agency's intervention. */
    static final String INTERVENTION = PARTNERSHIP + ".intervention";

    private Facts() {
    }

    /** A fact's path and its recorded day. */
    record Dated(String path, RecordedDate date) {
    }

    /**
     * When the members split into working groups: the partnership's {@code workingGroupsFormed} where given, else
     * the formation of the group formed first; empty where neither is recorded.
     */
    static Optional<Dated> groupsFormed(Partnership partnership) {
        if (partnership.workingGroupsFormed() != null) {
            return Optional.of(new Dated(PARTNERSHIP + ".workingGroupsFormed", partnership.workingGroupsFormed()));
        }
        Dated first = null;
        for (WorkingGroup group : partnership.workingGroups()) {
            if (group.formed() != null && (first == null || first.date().earlierOf(group.formed()) != first.date())) {
                first = new Dated(group(group) + ".formed", group.formed());
            }
        }
        return Optional.ofNullable(first);
    }

    /** When a group started to work: its own formation where recorded, else the partnership's groups'. */
    static Optional<Dated> formation(Partnership partnership, WorkingGroup group) {
        if (group.formed() != null) {
            return Optional.of(new Dated(group(group) + ".formed", group.formed()));
        }
        return groupsFormed(partnership);
    }

    /** The day an extension was decided, as recorded. */
    static RecordedDate date(Extension extension) {
        return extension.decided();
    }

    /** The day the Agency's intervention started, as recorded. */
    static RecordedDate start(Intervention intervention) {
        return intervention.start();
    }

    /** The day of an approval, as recorded. */
    static RecordedDate date(Approval approval) {
        return approval.date();
    }

    /** The day of a version, as recorded. */
    static RecordedDate date(PlanVersion version) {
        return version.date();
    }

    /** The path of a plan's version (versions are listed from number 1 at index 0). */
    static String version(StrategicPlan plan, PlanVersion version) {
        return plan(plan) + ".versions[" + (version.number() - 1) + "]";
    }

    /** The path of a plan. */
    static String plan(StrategicPlan plan) {
        return "plans[" + plan.id() + "]";
    }

    /** The path of a version's approval. */
    static String approval(StrategicPlan plan, PlanVersion version, Approval approval) {
        return version(plan, version) + ".approvals[" + version.approvals().indexOf(approval) + "]";
    }

    /** The path of a working group. */
    static String group(WorkingGroup group) {
        return PARTNERSHIP + ".workingGroups[" + group.id() + "]";
    }

    /** The path of a project. */
    static String project(cz.socialinclusion.partnership.project.Project project) {
        return "projects[" + project.id() + "]";
    }
}
