package cz.socialinclusion.partnership.jdbc.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One value for each distinct text read in one load: the driver makes a new string for every column of every row,
 * so the same member or measure id comes back as thousands of equal but distinct objects. Made one here, while the
 * row is fresh, they are compared by identity afterwards (a parent's key against its children's, a step's
 * responsible member against the partnership's members) instead of character by character in memory gone cold.
 * The value is made by the same factory a text would go through otherwise ({@code MemberId::of}), so nothing is
 * checked less. Rows of one parent come one after the other: the text of the last row is tried first.
 *
 * @param <T> the value made of a text
 */
public final class Interned<T> {

    private final Map<String, T> known = new HashMap<>();
    private final Function<String, T> make;
    private String lastText;
    private T last;

    /**
     * Values made by {@code make}, none known yet.
     *
     * @param make makes the value of a text the first time it is read
     */
    public Interned(Function<String, T> make) {
        this.make = make;
    }

    /** The texts themselves, one instance each. */
    public static Interned<String> texts() {
        return new Interned<>(Function.identity());
    }

    /**
     * Makes {@code value}, already made, the one given for {@code text}.
     *
     * @param text  the text
     * @param value its value
     */
    public void know(String text, T value) {
        known.put(text, value);
    }

    /**
     * The value of {@code text}: the one given before for an equal text, or a new one; {@code null} for {@code null}.
     *
     * @param text the text read, or {@code null}
     * @return its value
     */
    public T of(String text) {
        if (text == null) {
            return null;
        }
        if (text.equals(lastText)) {
            return last;
        }
        T value = known.get(text);
        if (value == null) {
            value = make.apply(text);
            known.put(text, value);
        }
        lastText = text;
        last = value;
        return value;
    }
}
