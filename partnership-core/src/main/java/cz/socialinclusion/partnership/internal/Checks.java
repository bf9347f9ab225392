package cz.socialinclusion.partnership.internal;

import cz.socialinclusion.partnership.InvalidValueException;
import cz.socialinclusion.partnership.Limits;

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

    /** A required text: not null, not blank, at most {@code max} characters. Returned unchanged. */
    public static String text(String field, String value, int max) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new InvalidValueException(field, value, field + " must not be blank, was '" + value + "'");
        }
        return optionalText(field, value, max);
    }

    /** An optional text: null, or not blank and at most {@code max} characters. Returned unchanged. */
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
        return value;
    }

    /** A typed id's value: letters, digits and {@code . _ : -}, starting with a letter or digit. */
    public static String id(String field, String value) {
        Objects.requireNonNull(value, field);
        if (!isId(value)) {
            throw new InvalidValueException(field, abbreviate(value), field + " '" + abbreviate(value)
                    + "' is not an id: use 1 to " + ID_MAX
                    + " letters, digits or . _ : - starting with a letter or digit");
        }
        return value;
    }

    /** Whether the text is an id: 1 to {@link #ID_MAX} letters, digits or {@code . _ : -}, starting with a letter or digit. */
    static boolean isId(String value) {
        int length = value.length();
        if (length == 0 || length > ID_MAX) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            boolean alphanumeric = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (!alphanumeric && (i == 0 || c != '.' && c != '_' && c != ':' && c != '-')) {
                return false;
            }
        }
        return true;
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

    /** An immutable list with no null element and no two elements of the same key. */
    public static <T, K> List<T> uniqueList(String field, Collection<? extends T> values, Function<T, K> key) {
        List<T> copy = list(field, values);
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
