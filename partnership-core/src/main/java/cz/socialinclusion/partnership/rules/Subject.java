package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.base.PartnershipId;
import cz.socialinclusion.partnership.group.WorkingGroupId;
import cz.socialinclusion.partnership.internal.Checks;
import cz.socialinclusion.partnership.member.MemberId;
import cz.socialinclusion.partnership.plan.MeasureId;
import cz.socialinclusion.partnership.plan.PlanId;
import cz.socialinclusion.partnership.plan.PriorityId;
import cz.socialinclusion.partnership.project.ProjectId;

import java.util.Objects;

/**
 * What a finding or a deadline concerns: a kind and the id of the thing (a plan's id, a working group's
 * id, …). The quarter, where there is one, is held by the finding itself.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what kind of thing
 * @param id   its id
 */
public record Subject(SubjectKind kind, String id) {

    /**
     * @param kind what kind of thing
     * @param id   its id
     * @throws NullPointerException if an argument is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if {@code id} is blank or too long
     */
    public Subject {
        Objects.requireNonNull(kind, "kind");
        Checks.text("id", id, Checks.ID_MAX * 2);
    }

    /**
     * A subject of this kind with the id's text: for a host's rule; the method's rules use the typed factories below.
     *
     * @param kind what kind of thing
     * @param id   its id; its text ({@code toString()}) is kept
     * @return the subject
     * @throws NullPointerException if {@code kind} is null
     */
    public static Subject of(SubjectKind kind, Object id) {
        return new Subject(kind, String.valueOf(id));
    }

    /**
     * The partnership with this id.
     *
     * @param id the id of partnership
     * @return the subject
     */
    public static Subject partnership(PartnershipId id) {
        return of(SubjectKind.PARTNERSHIP, id);
    }

    /**
     * The Agency's intervention in the partnership with this id.
     *
     * @param id the id of partnership whose intervention it is
     * @return the subject
     */
    public static Subject intervention(PartnershipId id) {
        return of(SubjectKind.INTERVENTION, id);
    }

    /**
     * The plan with this id.
     *
     * @param id the id of plan
     * @return the subject
     */
    public static Subject plan(PlanId id) {
        return of(SubjectKind.PLAN, id);
    }

    /**
     * The priority with this id.
     *
     * @param id the id of priority
     * @return the subject
     */
    public static Subject priority(PriorityId id) {
        return of(SubjectKind.PRIORITY, id);
    }

    /**
     * The measure with this id.
     *
     * @param id the id of measure
     * @return the subject
     */
    public static Subject measure(MeasureId id) {
        return of(SubjectKind.MEASURE, id);
    }

    /**
     * The working group with this id.
     *
     * @param id the id of working group
     * @return the subject
     */
    public static Subject workingGroup(WorkingGroupId id) {
        return of(SubjectKind.WORKING_GROUP, id);
    }

    /**
     * The member with this id.
     *
     * @param id the id of member
     * @return the subject
     */
    public static Subject member(MemberId id) {
        return of(SubjectKind.MEMBER, id);
    }

    /**
     * The project with this id.
     *
     * @param id the id of project
     * @return the subject
     */
    public static Subject project(ProjectId id) {
        return of(SubjectKind.PROJECT, id);
    }

    @Override
    public String toString() {
        return ArgumentType.word(kind) + " " + id;
    }
}
