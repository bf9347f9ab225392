package cz.socialinclusion.partnership;

import java.time.LocalDate;

/**
 * The bounds every value of the model keeps, whatever adapter it comes through: the longest texts and ids,
 * and the range of days. A constructor given a value outside them throws {@link InvalidValueException}; the
 * JSON reader, the JDBC repositories and the command-line tool refuse the same values with the same bounds.
 *
 * <p>Days lie between {@link #EARLIEST_DAY} and {@link #LATEST_DAY}: local partnerships began in the 2000s, and
 * a day far outside that range is a typing error (or a hostile input that would make a rule walk billions of
 * quarters), never a fact.
 */
public final class Limits {

    /** Longest name (of a member, group, measure…) the model accepts, in characters. */
    public static final int NAME_MAX = 10_000;
    /** Longest free text (summary, description, reason) the model accepts, in characters. */
    public static final int TEXT_MAX = 100_000;
    /** Longest id the model accepts, in characters. */
    public static final int ID_MAX = 100;
    /** The earliest day the model accepts: 1 January 1900. */
    public static final LocalDate EARLIEST_DAY = LocalDate.of(1900, 1, 1);
    /** The latest day the model accepts: 31 December 2200. */
    public static final LocalDate LATEST_DAY = LocalDate.of(2200, 12, 31);

    private Limits() {
    }

    /**
     * Whether {@code day} lies between {@link #EARLIEST_DAY} and {@link #LATEST_DAY}, both included.
     *
     * @param day a day, not null
     * @return true when the model accepts the day
     */
    public static boolean isWithinRange(LocalDate day) {
        return !day.isBefore(EARLIEST_DAY) && !day.isAfter(LATEST_DAY);
    }
}
