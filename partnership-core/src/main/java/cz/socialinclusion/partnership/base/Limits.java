package cz.socialinclusion.partnership.base;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The bounds every value of the model keeps, whatever adapter it comes through: the longest texts and ids,
 * and the range of days. A constructor given a value outside them throws {@link InvalidValueException}; the
 * JSON reader, the JDBC repositories and the command-line tool refuse the same values with the same bounds.
 *
 * <p>Text holds no NUL, no C0 control character other than tab and line feed, no DEL, and no lone surrogate
 * (half of a pair without its other half): such text is refused identically by H2 and PostgreSQL, cannot
 * forge terminal output and has no place in a name or a minute.
 *
 * <p>Decimals (money amounts, indicator values) have at most {@link #DECIMAL_DIGITS_MAX} significant digits and
 * at most {@link #DECIMAL_SCALE_MAX} digits after the point, and no exponent beyond that: {@code 1e999999999}
 * is not a count of anything.
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

    /** Most significant digits of a decimal (money amount, indicator value). */
    public static final int DECIMAL_DIGITS_MAX = 30;
    /** Most digits after the decimal point of a decimal (money amount, indicator value). */
    public static final int DECIMAL_SCALE_MAX = 10;

    private Limits() {
    }

    /**
     * Whether {@code day} lies between {@link #EARLIEST_DAY} and {@link #LATEST_DAY}, both included.
     *
     * @param day a day, not null
     * @return true when the model accepts the day
     */
    public static boolean isWithinRange(LocalDate day) {
        // The range is whole years: the year alone tells.
        int year = day.getYear();
        return year >= EARLIEST_DAY.getYear() && year <= LATEST_DAY.getYear();
    }

    /**
     * Whether {@code value} has at most {@link #DECIMAL_DIGITS_MAX} digits before and after the point together
     * (trailing zeros of the integer part counted) and at most {@link #DECIMAL_SCALE_MAX} after it.
     *
     * @param value a decimal, not null
     * @return true when the model accepts the decimal
     */
    public static boolean isWithinRange(BigDecimal value) {
        int scale = value.scale();
        if (scale > DECIMAL_SCALE_MAX || scale < -DECIMAL_DIGITS_MAX) {
            return false;
        }
        int integerDigits = value.precision() - scale;
        return integerDigits + Math.max(scale, 0) <= DECIMAL_DIGITS_MAX;
    }

    /**
     * The index of the first character the model refuses in a text, or -1 when there is none: NUL and every
     * other C0 control except tab ({@code U+0009}) and line feed ({@code U+000A}), DEL ({@code U+007F}), and a
     * surrogate that is not half of a well-formed pair.
     *
     * @param text a text, not null
     * @return the index of the first refused character, or -1
     */
    public static int firstRefusedCharacter(CharSequence text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            // Most characters are printable ASCII or letters below the surrogates (Czech ones are): one test.
            if ((c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c < 0xD800)) {
                continue;
            }
            if (c < 0x20) {
                if (c != '\t' && c != '\n') {
                    return i;
                }
            } else if (c == 0x7F) {
                return i;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether {@code text} is an id of the model (of a partnership, a member, a plan…): 1 to {@link #ID_MAX}
     * letters, digits or {@code . _ : -}, starting with a letter or digit.
     *
     * @param text a text, not null
     * @return true when the model accepts the text as an id
     */
    public static boolean isId(CharSequence text) {
        int length = text.length();
        if (length == 0 || length > ID_MAX) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean alphanumeric = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (!alphanumeric && (i == 0 || c != '.' && c != '_' && c != ':' && c != '-')) {
                return false;
            }
        }
        return true;
    }
}
