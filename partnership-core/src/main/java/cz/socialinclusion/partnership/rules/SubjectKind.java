package cz.socialinclusion.partnership.rules;

/** What a finding or deadline is about. */
public enum SubjectKind {
    PARTNERSHIP,
    PLAN,
    WORKING_GROUP,
    MEASURE,
    PRIORITY,
    PROJECT,
    MEMBER,
    INTERVENTION
}
