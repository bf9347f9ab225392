package cz.socialinclusion.partnership.base;

import org.threeten.extra.YearQuarter;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Objects;
import java.util.Optional;

/**
 * A date as precise as the record that gives it (datum, jak jej uvádí záznam): a day, a month ("v únoru 2010"), a
 * quarter, a half-year ("během první poloviny roku 2011"), a year, a range of days ("na začátku února 2011"), a
 * range open at its start (known to have happened by a day), or not recorded at all (known to have happened, the
 * date unknown).
 *
 * <p>Every form has its earliest and latest possible day; a rule decides on that range with
 * {@link #isOnOrBefore(LocalDate)} and its kin: yes when every possible day says yes, no when every possible day
 * says no, otherwise {@link Answer#UNDECIDED}.
 *
 * <p>The text form ({@link #toString()}, read back by {@link #parse(CharSequence)}):
 * <table>
 *   <caption>Text forms</caption>
 *   <tr><th>precision</th><th>text</th></tr>
 *   <tr><td>{@link Precision#DAY}</td><td>{@code 2010-06-23}</td></tr>
 *   <tr><td>{@link Precision#MONTH}</td><td>{@code 2010-02}</td></tr>
 *   <tr><td>{@link Precision#QUARTER}</td><td>{@code 2010-Q3}</td></tr>
 *   <tr><td>{@link Precision#HALF_YEAR}</td><td>{@code 2011-H1}</td></tr>
 *   <tr><td>{@link Precision#YEAR}</td><td>{@code 2008}</td></tr>
 *   <tr><td>{@link Precision#RANGE}</td><td>{@code 2011-02-01/2011-02-10}, or {@code ../2011-06-30} for "by that day"</td></tr>
 *   <tr><td>{@link Precision#NOT_RECORDED}</td><td>{@code not-recorded}</td></tr>
 * </table>
 *
 * <p>Days are within {@link Limits#EARLIEST_DAY} and {@link Limits#LATEST_DAY}. Immutable and thread-safe.
 *
 * @param precision how precise the record is
 * @param earliest  the earliest possible day, or {@code null} when the record gives no lower bound
 * @param latest    the latest possible day, or {@code null} when the date is not recorded
 */
public record RecordedDate(Precision precision, LocalDate earliest, LocalDate latest) {

    /** How precise a recorded date is. */
    public enum Precision {
        /** A day. */
        DAY,
        /** A calendar month. */
        MONTH,
        /** A calendar quarter. */
        QUARTER,
        /** The first (January–June) or second (July–December) half of a year. */
        HALF_YEAR,
        /** A calendar year. */
        YEAR,
        /** Any range of days, or a range open at its start: on or before its latest day. */
        RANGE,
        /** Known to have happened; the date is not recorded. */
        NOT_RECORDED
    }

    private static final String NOT_RECORDED_TEXT = "not-recorded";
    private static final RecordedDate NOT_RECORDED = new RecordedDate(Precision.NOT_RECORDED, null, null);

    /**
     * @param precision how precise the record is
     * @param earliest the earliest possible day, or {@code null} when the record gives no lower bound
     * @param latest the latest possible day, or {@code null} when the date is not recorded
     * @throws NullPointerException if {@code precision} is null
     * @throws InvalidValueException if the days do not fit the precision (a month that does not start on its first
     *         day, a range whose earliest day is not before its latest) or lie outside {@link Limits}
     */
    public RecordedDate {
        Objects.requireNonNull(precision, "precision");
        if (earliest != null && !Limits.isWithinRange(earliest)) {
            throw new InvalidValueException("earliest", earliest, "earliest " + earliest + " is outside "
                    + Limits.EARLIEST_DAY + " to " + Limits.LATEST_DAY);
        }
        if (latest != null && !Limits.isWithinRange(latest)) {
            throw new InvalidValueException("latest", latest, "latest " + latest + " is outside "
                    + Limits.EARLIEST_DAY + " to " + Limits.LATEST_DAY);
        }
        String shape = shapeError(precision, earliest, latest);
        if (shape != null) {
            throw new InvalidValueException("recordedDate", earliest + "/" + latest,
                    "recordedDate " + precision + " " + earliest + "/" + latest + " " + shape);
        }
    }

    private static String shapeError(Precision precision, LocalDate earliest, LocalDate latest) {
        if (precision == Precision.NOT_RECORDED) {
            return earliest == null && latest == null ? null : "must have neither an earliest nor a latest day";
        }
        if (latest == null) {
            return "must have a latest day";
        }
        if (precision == Precision.RANGE) {
            return earliest == null || earliest.isBefore(latest) ? null : "must have its earliest day before its latest";
        }
        if (earliest == null) {
            return "must have an earliest day";
        }
        LocalDate expectedLatest = switch (precision) {
            case DAY -> earliest;
            case MONTH -> earliest.getDayOfMonth() == 1 ? YearMonth.from(earliest).atEndOfMonth() : null;
            case QUARTER -> earliest.getDayOfMonth() == 1 && (earliest.getMonthValue() - 1) % 3 == 0
                    ? YearQuarter.from(earliest).atEndOfQuarter() : null;
            case HALF_YEAR -> earliest.getDayOfMonth() == 1 && (earliest.getMonth() == Month.JANUARY
                    || earliest.getMonth() == Month.JULY) ? earliest.plusMonths(6).minusDays(1) : null;
            case YEAR -> earliest.getDayOfYear() == 1 ? Year.from(earliest).atMonth(12).atEndOfMonth() : null;
            default -> throw new AssertionError(precision);
        };
        return latest.equals(expectedLatest) ? null : "does not span one whole " + precision.name().toLowerCase().replace('_', '-');
    }

    /**
     * A day.
     *
     * @param day the day
     * @return the day as a recorded date
     * @throws NullPointerException if {@code day} is null
     * @throws InvalidValueException if the day is outside {@link Limits}
     */
    public static RecordedDate day(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return new RecordedDate(Precision.DAY, day, day);
    }

    /**
     * A month, as in "v únoru 2010".
     *
     * @param month the month
     * @return the month as a recorded date
     * @throws NullPointerException if {@code month} is null
     * @throws InvalidValueException if the month is outside {@link Limits}
     */
    public static RecordedDate month(YearMonth month) {
        return new RecordedDate(Precision.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    /**
     * A quarter.
     *
     * @param quarter the quarter
     * @return the quarter as a recorded date
     * @throws NullPointerException if {@code quarter} is null
     * @throws InvalidValueException if the quarter is outside {@link Limits}
     */
    public static RecordedDate quarter(YearQuarter quarter) {
        return new RecordedDate(Precision.QUARTER, quarter.atDay(1), quarter.atEndOfQuarter());
    }

    /**
     * A half-year, as in "během první poloviny roku 2011".
     *
     * @param year the year
     * @param half 1 for January to June, 2 for July to December
     * @return the half-year as a recorded date
     * @throws InvalidValueException if {@code half} is not 1 or 2, or the year is outside {@link Limits}
     */
    public static RecordedDate halfYear(int year, int half) {
        if (half != 1 && half != 2) {
            throw new InvalidValueException("half", half, "half " + half + " is not 1 or 2");
        }
        LocalDate start = boundedYear(year).atDay(1).plusMonths(6L * (half - 1));
        return new RecordedDate(Precision.HALF_YEAR, start, start.plusMonths(6).minusDays(1));
    }

    /**
     * A year.
     *
     * @param year the year
     * @return the year as a recorded date
     * @throws InvalidValueException if the year is outside {@link Limits}
     */
    public static RecordedDate year(int year) {
        Year y = boundedYear(year);
        return new RecordedDate(Precision.YEAR, y.atDay(1), y.atMonth(12).atEndOfMonth());
    }

    /**
     * A range of days, as in "na začátku února 2011" recorded as the 1st to the 10th.
     *
     * @param earliest the earliest possible day
     * @param latest   the latest possible day, after {@code earliest}
     * @return the range as a recorded date
     * @throws NullPointerException if a day is null
     * @throws InvalidValueException if {@code earliest} is not before {@code latest}, or a day is outside {@link Limits}
     */
    public static RecordedDate between(LocalDate earliest, LocalDate latest) {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        return new RecordedDate(Precision.RANGE, earliest, latest);
    }

    /**
     * Known to have happened on or before a day, the date itself not recorded: the range open at its start.
     *
     * @param latest the latest possible day
     * @return the range as a recorded date
     * @throws NullPointerException if {@code latest} is null
     * @throws InvalidValueException if the day is outside {@link Limits}
     */
    public static RecordedDate onOrBefore(LocalDate latest) {
        Objects.requireNonNull(latest, "latest");
        return new RecordedDate(Precision.RANGE, null, latest);
    }

    /**
     * Known to have happened, the date not recorded.
     *
     * @return the date that is not recorded
     */
    public static RecordedDate notRecorded() {
        return NOT_RECORDED;
    }

    /**
     * The recorded date between two possible days, in its simplest form: a day when both are the same day, a range
     * of days, a range open at its start when only the latest is given, not recorded when neither is.
     *
     * @param earliest the earliest possible day, or {@code null} for no lower bound
     * @param latest   the latest possible day, or {@code null} when the date is not recorded (then {@code earliest}
     *                 must be null too)
     * @return the recorded date
     * @throws InvalidValueException if {@code earliest} is after {@code latest}, only {@code earliest} is given,
     *         or a day is outside {@link Limits}
     */
    public static RecordedDate spanning(LocalDate earliest, LocalDate latest) {
        if (latest == null) {
            return earliest == null ? NOT_RECORDED : new RecordedDate(Precision.RANGE, earliest, null);
        }
        if (earliest != null && earliest.equals(latest)) {
            return day(latest);
        }
        return new RecordedDate(Precision.RANGE, earliest, latest);
    }

    /**
     * Reads the text form listed on the class.
     *
     * @param text the text form, such as {@code 2011-H1}
     * @return the recorded date
     * @throws NullPointerException if {@code text} is null
     * @throws InvalidValueException if the text is not one of the forms or a day is outside {@link Limits}
     */
    public static RecordedDate parse(CharSequence text) {
        Objects.requireNonNull(text, "recordedDate");
        String s = text.toString();
        try {
            if (s.equals(NOT_RECORDED_TEXT)) {
                return NOT_RECORDED;
            }
            int slash = s.indexOf('/');
            if (slash >= 0) {
                String start = s.substring(0, slash);
                LocalDate end = isoDay(s.substring(slash + 1));
                return start.equals("..") ? onOrBefore(end) : between(isoDay(start), end);
            }
            int length = s.length();
            if (length == 4) {
                return year(digits(s, 0, 4));
            }
            if (length == 7 && s.charAt(4) == '-' && s.charAt(5) == 'Q') {
                int quarter = digits(s, 6, 7);
                if (quarter < 1 || quarter > 4) {
                    throw refused(s);
                }
                return quarter(YearQuarter.of(boundedYear(digits(s, 0, 4)).getValue(), quarter));
            }
            if (length == 7 && s.charAt(4) == '-' && s.charAt(5) == 'H') {
                return halfYear(digits(s, 0, 4), digits(s, 6, 7));
            }
            if (length == 7 && s.charAt(4) == '-') {
                int month = digits(s, 5, 7);
                if (month < 1 || month > 12) {
                    throw refused(s);
                }
                return month(YearMonth.of(boundedYear(digits(s, 0, 4)).getValue(), month));
            }
            return day(isoDay(s));
        } catch (InvalidValueException e) {
            if (e.field().equals("recordedDate")) {
                throw e;
            }
            throw new InvalidValueException("recordedDate", abbreviate(s), "recordedDate '" + abbreviate(s)
                    + "' is refused: " + e.getMessage());
        }
    }

    private static LocalDate isoDay(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            throw refused(s);
        }
        try {
            return LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
        } catch (java.time.DateTimeException e) {
            throw refused(s);
        }
    }

    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw refused(s);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static Year boundedYear(int year) {
        if (year < Limits.EARLIEST_DAY.getYear() || year > Limits.LATEST_DAY.getYear()) {
            throw new InvalidValueException("year", year, "year " + year + " is outside "
                    + Limits.EARLIEST_DAY.getYear() + " to " + Limits.LATEST_DAY.getYear());
        }
        return Year.of(year);
    }

    private static InvalidValueException refused(String s) {
        String shown = abbreviate(s);
        return new InvalidValueException("recordedDate", shown, "recordedDate '" + shown
                + "' is not a day (2010-06-23), month (2010-02), quarter (2010-Q3), half-year (2011-H1), year (2008),"
                + " range (2011-02-01/2011-02-10 or ../2011-06-30) or not-recorded");
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    /**
     * The earliest possible day.
     *
     * @return the earliest day, or empty when the record gives no lower bound
     */
    public Optional<LocalDate> earliestDay() {
        return Optional.ofNullable(earliest);
    }

    /**
     * The latest possible day.
     *
     * @return the latest day, or empty when the date is not recorded
     */
    public Optional<LocalDate> latestDay() {
        return Optional.ofNullable(latest);
    }

    /**
     * The day, where the record gives one.
     *
     * @return the day if the precision is {@link Precision#DAY}, else empty
     */
    public Optional<LocalDate> day() {
        return precision == Precision.DAY ? Optional.of(earliest) : Optional.empty();
    }

    /**
     * Whether the record gives the day.
     *
     * @return {@code true} if the precision is {@link Precision#DAY}
     */
    public boolean isExact() {
        return precision == Precision.DAY;
    }

    /**
     * Whether the record gives any bound.
     *
     * @return {@code false} if the date is {@link #notRecorded()}
     */
    public boolean isRecorded() {
        return precision != Precision.NOT_RECORDED;
    }

    /**
     * Did it happen on or before {@code day}?
     *
     * @param day the day asked about
     * @return yes if the latest possible day is not after {@code day}; no if the earliest possible day is after
     *         it; otherwise undecided
     * @throws NullPointerException if {@code day} is null
     */
    public Answer isOnOrBefore(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (latest != null && !latest.isAfter(day)) {
            return Answer.YES;
        }
        if (earliest != null && earliest.isAfter(day)) {
            return Answer.NO;
        }
        return Answer.UNDECIDED;
    }

    /**
     * Did it happen after {@code day}? The opposite of {@link #isOnOrBefore(LocalDate)}.
     *
     * @param day the day asked about
     * @return yes if the earliest possible day is after {@code day}; no if the latest is not; otherwise undecided
     * @throws NullPointerException if {@code day} is null
     */
    public Answer isAfter(LocalDate day) {
        return isOnOrBefore(day).not();
    }

    /**
     * Did it happen before {@code day}?
     *
     * @param day the day asked about
     * @return yes if the latest possible day is before {@code day}; no if the earliest is not; otherwise undecided
     * @throws NullPointerException if {@code day} is null
     */
    public Answer isBefore(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return isOnOrBefore(day.minusDays(1));
    }

    /**
     * Did it certainly or possibly happen before {@code other}?
     *
     * @param other another recorded date
     * @return yes if this latest possible day is before the other's earliest; no if this earliest possible day is not
     *         before the other's latest; otherwise undecided (always when either date gives no bound on that side)
     * @throws NullPointerException if {@code other} is null
     */
    public Answer isBefore(RecordedDate other) {
        Objects.requireNonNull(other, "other");
        if (latest != null && other.earliest != null && latest.isBefore(other.earliest)) {
            return Answer.YES;
        }
        if (earliest != null && other.latest != null && !earliest.isBefore(other.latest)) {
            return Answer.NO;
        }
        return Answer.UNDECIDED;
    }

    /**
     * The earlier of two recorded dates, as the record can tell it: its earliest possible day is the earlier of the
     * two earliest days, its latest possible day the earlier of the two latest days. "The first group was formed"
     * when one group is known to August 2010 and another to a day in it.
     *
     * @param other another recorded date
     * @return the earlier of the two, in its simplest form (one of the two when it already is the answer)
     * @throws NullPointerException if {@code other} is null
     */
    public RecordedDate earlierOf(RecordedDate other) {
        Objects.requireNonNull(other, "other");
        LocalDate e = earliest == null || other.earliest == null ? null
                : earliest.isBefore(other.earliest) ? earliest : other.earliest;
        LocalDate l = latest == null ? other.latest : other.latest == null ? latest
                : latest.isBefore(other.latest) ? latest : other.latest;
        if (Objects.equals(e, earliest) && Objects.equals(l, latest)) {
            return this;
        }
        if (Objects.equals(e, other.earliest) && Objects.equals(l, other.latest)) {
            return other;
        }
        return spanning(l == null ? null : e, l);
    }

    /**
     * The text form listed on the class, which {@link #parse(CharSequence)} reads back.
     *
     * @return the text form, such as {@code 2011-H1}
     */
    @Override
    public String toString() {
        return switch (precision) {
            case DAY -> earliest.toString();
            case MONTH -> YearMonth.from(earliest).toString();
            case QUARTER -> earliest.getYear() + "-Q" + earliest.get(IsoFields.QUARTER_OF_YEAR);
            case HALF_YEAR -> earliest.getYear() + "-H" + (earliest.getMonthValue() < 7 ? 1 : 2);
            case YEAR -> String.valueOf(earliest.getYear());
            case RANGE -> (earliest == null ? ".." : earliest.toString()) + "/" + latest;
            case NOT_RECORDED -> NOT_RECORDED_TEXT;
        };
    }
}
