package cz.socialinclusion.partnership.rules;

/** Where a deadline stands on the day of evaluation. */
public enum DeadlineStatus {
    /** Met, or (for an end) passed. */
    DONE,
    /** Not met yet; the due day is today or later. */
    UPCOMING,
    /** Not met; the due day has passed. */
    OVERDUE
}
