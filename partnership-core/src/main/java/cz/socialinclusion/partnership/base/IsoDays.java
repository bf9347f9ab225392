package cz.socialinclusion.partnership.base;

import org.threeten.extra.YearQuarter;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads the model's days and quarters from the text dossiers write them in, strictly: a day only as
 * {@code YYYY-MM-DD} and a quarter only as {@code YYYY-Qn}, each with exactly four digits of year (no sign, no longer year), and within
 * {@link Limits#EARLIEST_DAY} and {@link Limits#LATEST_DAY}. Anything else is a {@link DateTimeException}
 * that quotes the text.
 */
public final class IsoDays {

    private IsoDays() {
    }

    /**
     * The day written {@code text}.
     *
     * @throws DateTimeException if the text is not a day of the form {@code YYYY-MM-DD} within the model's range
     * @param text the text of a day
     * @return the day
     */
    public static LocalDate parse(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                LocalDate date;
                try {
                    date = LocalDate.of(year, month, day);
                } catch (DateTimeException e) {
                    throw new DateTimeException("day " + text + " does not exist: " + e.getMessage(), e);
                }
                if (!Limits.isWithinRange(date)) {
                    throw new DateTimeException("day " + text + " is outside " + Limits.EARLIEST_DAY + ".."
                            + Limits.LATEST_DAY);
                }
                return date;
            }
        }
        throw new DateTimeException("day '" + shown(text) + "' is not written YYYY-MM-DD");
    }

    /**
     * The quarter written {@code text}.
     *
     * @throws DateTimeException if the text is not a quarter of the form {@code YYYY-Qn} within the model's range
     * @param text the text of a quarter
     * @return the quarter
     */
    public static YearQuarter parseQuarter(String text) {
        if (text.length() == 7 && text.charAt(4) == '-' && text.charAt(5) == 'Q') {
            int year = digits(text, 0, 4);
            int quarter = digits(text, 6, 7);
            if (year >= 0 && quarter >= 1 && quarter <= 4) {
                if (year < Limits.EARLIEST_DAY.getYear() || year > Limits.LATEST_DAY.getYear()) {
                    throw new DateTimeException("quarter " + text + " is outside " + Limits.EARLIEST_DAY.getYear()
                            + ".." + Limits.LATEST_DAY.getYear());
                }
                return YearQuarter.of(year, quarter);
            }
        }
        throw new DateTimeException("quarter '" + shown(text) + "' is not written YYYY-Qn with n from 1 to 4");
    }

    /** At most 40 characters of a refused text, so that a huge value does not make a huge message. */
    private static String shown(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
