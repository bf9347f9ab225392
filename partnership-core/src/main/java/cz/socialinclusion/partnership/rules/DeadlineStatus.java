package cz.socialinclusion.partnership.rules;

import java.time.LocalDate;

/** Where a deadline stands on the day of evaluation. */
public enum DeadlineStatus {
    /** What falls due happened (whether in time is the findings' business), or (for an end) the day passed. */
    DONE,
    /** Not met yet; the due day is today or later. */
    UPCOMING,
    /** Not met; the due day has passed. */
    OVERDUE,
    /**
     * The record cannot tell (nezaznamenáno) whether it is overdue: nothing recorded meets it, and the due day
     * passed only after the day up to which the dossier is complete ({@code recordedUntil}), or the due day is known
     * only to a range (counted from a day recorded as a month, a quarter…) that the day of evaluation falls in.
     * Neither done nor overdue; the findings say "not recorded" for the same deadline.
     */
    NOT_RECORDED;

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
