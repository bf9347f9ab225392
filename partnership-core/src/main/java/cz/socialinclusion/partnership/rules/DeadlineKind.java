package cz.socialinclusion.partnership.rules;

/** What falls due on a deadline of the schedule. */
public enum DeadlineKind {
    /** The strategic plan is to be adopted (planning-deadline). */
    PLANNING_DEADLINE,
    /** A quarter's partnership meeting with every thematic group's report (quarterly-reporting). */
    QUARTERLY_MEETING,
    /** An adopted plan is to be reviewed (review-cycle). */
    PLAN_REVIEW,
    /** The Agency's intervention ends (intervention). */
    INTERVENTION_END,
    /** A plan's period ends (plan-period). */
    PLAN_PERIOD_END,
    /** Something a host's own rule sets a day for; {@link Deadline#rule()} says which rule. */
    OTHER
}
