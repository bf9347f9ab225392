package cz.socialinclusion.partnership.meeting;

/** What a decision of a meeting is about. */
public enum DecisionKind {
    /** The partnership adopts its rules of procedure (jednací řád). */
    RULES_OF_PROCEDURE_ADOPTED,
    /** The members split into working groups. */
    WORKING_GROUPS_FORMED,
    /** The partnership endorses the strategic plan for approval by the municipality. */
    PLAN_ENDORSED,
    /** Any other decision. */
    OTHER
}
