package cz.socialinclusion.partnership.jackson3.internal;

import cz.socialinclusion.partnership.base.Limits;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads a day of the format: exactly {@code YYYY-MM-DD} (no sign, no five-digit year, no time), a day that
 * exists, between {@link Limits#EARLIEST_DAY} and {@link Limits#LATEST_DAY}. Not part of the public API.
 */
final class IsoDay {

    private IsoDay() {
    }

    /** @throws DateTimeException naming the text, if it is not such a day */
    static LocalDate parse(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            throw new DateTimeException(refused(text, "is not of the form YYYY-MM-DD"));
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            throw new DateTimeException(refused(text, "is not of the form YYYY-MM-DD"));
        }
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new DateTimeException(refused(text, "does not exist: " + e.getMessage()), e);
        }
        if (!Limits.isWithinRange(date)) {
            throw new DateTimeException(refused(text, "is not between " + Limits.EARLIEST_DAY + " and "
                    + Limits.LATEST_DAY));
        }
        return date;
    }

    private static String refused(String text, String why) {
        return "day '" + ModelReader.abbreviate(text) + "' " + why;
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
