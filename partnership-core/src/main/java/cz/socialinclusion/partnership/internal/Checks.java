package cz.socialinclusion.partnership.internal;

import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.base.Limits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** Argument checks shared by the model's constructors. Not part of the public API. */
public final class Checks {

    /** Longest name (of a member, group, measure…) the model accepts, in characters. */
    public static final int NAME_MAX = Limits.NAME_MAX;
    /** Longest free text (summary, description, reason) the model accepts, in characters. */
    public static final int TEXT_MAX = Limits.TEXT_MAX;
    /** Longest id the model accepts, in characters. */
    public static final int ID_MAX = Limits.ID_MAX;

    private Checks() {
    }

    /** A required text: not null, not blank, at most {@code max} characters, no refused character. Returned unchanged. */
    public static String text(String field, String value, int max) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new InvalidValueException(field, value, field + " must not be blank, was '" + value + "'");
        }
        return optionalText(field, value, max);
    }

    /**
     * An optional text: null, or not blank, at most {@code max} characters, and without a character that
     * {@link Limits#firstRefusedCharacter} refuses (tab and line feed are kept). Returned unchanged.
     */
    public static String optionalText(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            throw new InvalidValueException(field, value,
                    field + " must be absent or not blank, was '" + value + "'");
        }
        if (value.length() > max) {
            throw new InvalidValueException(field, abbreviate(value),
                    field + " must have at most " + max + " characters, had " + value.length());
        }
        int refused = Limits.firstRefusedCharacter(value);
        if (refused >= 0) {
            throw refusedCharacter(field, value, refused);
        }
        return value;
    }

    /** A required free text (summary, reason, description): {@link #text} with {@link Limits#TEXT_MAX}. */
    public static String text(String field, String value) {
        return text(field, value, Limits.TEXT_MAX);
    }

    /** An optional free text: {@link #optionalText} with {@link Limits#TEXT_MAX}. */
    public static String optionalText(String field, String value) {
        return optionalText(field, value, Limits.TEXT_MAX);
    }

    /**
     * A required name (of a member, group, measure; a title, a role): {@link #text} with {@link Limits#NAME_MAX},
     * on one line: no line feed and no tab either.
     */
    public static String name(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.length() <= Limits.NAME_MAX && !value.isBlank() && isPlain(value)) {
            return value;
        }
        text(field, value, Limits.NAME_MAX);
        return oneLine(field, value);
    }

    /**
     * Whether every character is printable ASCII or a letter below the surrogates (as Czech ones are): such a
     * text holds no character {@link Limits#firstRefusedCharacter} refuses, nor a line feed or tab. One pass,
     * one test a character, for names, which are checked for both.
     */
    private static boolean isPlain(String value) {
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            // The same test as the first one of Limits.firstRefusedCharacter.
            if (!((c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c < 0xD800))) {
                return false;
            }
        }
        return true;
    }

    /** An optional name: null, or as {@link #name}. */
    public static String optionalName(String field, String value) {
        if (value == null) {
            return null;
        }
        return name(field, value);
    }

    private static String oneLine(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\t') {
                throw refusedCharacter(field, value, i);
            }
        }
        return value;
    }

    private static InvalidValueException refusedCharacter(String field, String value, int index) {
        String code = String.format(java.util.Locale.ROOT, "U+%04X", (int) value.charAt(index));
        String shown = printable(abbreviate(value));
        return new InvalidValueException(field, shown,
                field + " '" + shown + "' holds the character " + code + " at index " + index
                        + ", which is not allowed there");
    }

    /** The text with every control character and lone surrogate written as {@code \\uXXXX}, for messages. */
    public static String printable(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            boolean pairedLow = Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
            if (c < 0x20 || c == 0x7F || Character.isSurrogate(c) && !pairedHigh && !pairedLow) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A required day within {@link Limits#EARLIEST_DAY} and {@link Limits#LATEST_DAY}. Returned unchanged.
     *
     * @throws NullPointerException if {@code value} is null
     */
    public static LocalDate day(String field, LocalDate value) {
        Objects.requireNonNull(value, field);
        if (!Limits.isWithinRange(value)) {
            throw new InvalidValueException(field, value, field + " " + value + " is not between "
                    + Limits.EARLIEST_DAY + " and " + Limits.LATEST_DAY);
        }
        return value;
    }

    /** An optional day: null, or as {@link #day}. */
    public static LocalDate optionalDay(String field, LocalDate value) {
        return value == null ? null : day(field, value);
    }

    /**
     * A required decimal within {@link Limits#isWithinRange(BigDecimal)}. Returned unchanged.
     *
     * @throws NullPointerException if {@code value} is null
     */
    public static BigDecimal decimal(String field, BigDecimal value) {
        Objects.requireNonNull(value, field);
        if (!Limits.isWithinRange(value)) {
            String shown = value.precision() <= 80 && Math.abs((long) value.scale()) <= 80
                    ? value.toPlainString() : value.toString();
            throw new InvalidValueException(field, shown, field + " " + shown + " has more than "
                    + Limits.DECIMAL_DIGITS_MAX + " digits or more than " + Limits.DECIMAL_SCALE_MAX
                    + " after the decimal point");
        }
        return value;
    }

    /** A typed id's value: letters, digits and {@code . _ : -}, starting with a letter or digit. */
    public static String id(String field, String value) {
        Objects.requireNonNull(value, field);
        if (!Limits.isId(value)) {
            throw new InvalidValueException(field, abbreviate(value), field + " '" + abbreviate(value)
                    + "' is not an id: use 1 to " + ID_MAX
                    + " letters, digits or . _ : - starting with a letter or digit");
        }
        return value;
    }

    /** An immutable copy of a list with no null element; the message names the field and index. */
    public static <T> List<T> list(String field, Collection<? extends T> values) {
        Objects.requireNonNull(values, field);
        int i = 0;
        for (T value : values) {
            if (value == null) {
                throw new InvalidValueException(field + "[" + i + "]", null, field + "[" + i + "] must not be null");
            }
            i++;
        }
        return List.copyOf(values);
    }

    /** Lists up to this long are checked for repeated keys pair by pair, without hashing each key into a set. */
    private static final int FEW = 8;

    /** An immutable list with no null element and no two elements of the same key. */
    public static <T, K> List<T> uniqueList(String field, Collection<? extends T> values, Function<T, K> key) {
        List<T> copy = list(field, values);
        if (copy.size() <= FEW) {
            Object[] keys = new Object[copy.size()];
            for (int i = 0; i < keys.length; i++) {
                K k = key.apply(copy.get(i));
                for (int j = 0; j < i; j++) {
                    if (Objects.equals(keys[j], k)) {
                        throw new InvalidValueException(field, k, field + " has " + k + " twice");
                    }
                }
                keys[i] = k;
            }
            return copy;
        }
        Set<K> seen = new HashSet<>();
        for (T value : copy) {
            K k = key.apply(value);
            if (!seen.add(k)) {
                throw new InvalidValueException(field, k, field + " has " + k + " twice");
            }
        }
        return copy;
    }

    /** An immutable set of enum constants iterating in declaration order. */
    public static <E extends Enum<E>> Set<E> enumSet(String field, Collection<E> values, Class<E> type) {
        List<E> copy = list(field, values);
        return copy.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(copy));
    }

    /** The first 80 characters of a long text, for messages. */
    public static String abbreviate(String value) {
        return value.length() <= 80 ? value : value.substring(0, 77) + "...";
    }

    /** Indices of duplicates are not needed often; this returns the list of keys seen twice. */
    public static <T, K> List<K> duplicates(Collection<T> values, Function<T, K> key) {
        Set<K> seen = new HashSet<>();
        List<K> twice = new ArrayList<>();
        for (T value : values) {
            K k = key.apply(value);
            if (!seen.add(k)) {
                twice.add(k);
            }
        }
        return twice;
    }
}
