package cz.socialinclusion.partnership.rules;

import java.time.LocalDate;

/** Where a deadline stands on the day of evaluation. */
public enum DeadlineStatus {
    /** Met, or (for an end) passed. */
    DONE,
    /** Not met yet; the due day is today or later. */
    UPCOMING,
    /** Not met; the due day has passed. */
    OVERDUE;

    /**
     * Done if {@code done}; else overdue once {@code asOf} is after {@code due}, upcoming until then.
     *
     * @param done whether what falls due was met (or, for an end, has passed)
     * @param due  the day it falls due
     * @param asOf the day of evaluation
     * @return where the deadline stands on {@code asOf}
     */
    public static DeadlineStatus of(boolean done, LocalDate due, LocalDate asOf) {
        if (done) {
            return DONE;
        }
        return asOf.isAfter(due) ? OVERDUE : UPCOMING;
    }
}
