package cz.socialinclusion.partnership.rules;

/** What a finding or deadline is about. */
public enum SubjectKind {
    /** The local partnership (lokální partnerství). */
    PARTNERSHIP,
    /** A strategic plan (strategický plán). */
    PLAN,
    /** A working group (pracovní skupina). */
    WORKING_GROUP,
    /** A measure of a plan (opatření). */
    MEASURE,
    /** A priority of a plan (priorita). */
    PRIORITY,
    /** A project of the pipeline (projekt). */
    PROJECT,
    /** A member of the partnership (člen). */
    MEMBER,
    /** The Agency's intervention (působení Agentury). */
    INTERVENTION
}
