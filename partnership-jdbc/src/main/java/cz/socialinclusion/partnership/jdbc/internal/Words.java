package cz.socialinclusion.partnership.jdbc.internal;

import java.util.Locale;

/** Enum constants stored as lower-case hyphenated words, as in the JSON format: {@code socio-pathological-phenomena}. */
public final class Words {

    private Words() {
    }

    /** {@code constant} as a lower-case hyphenated word, or {@code null} for {@code null}. */
    public static String of(Enum<?> constant) {
        return constant == null ? null : constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant of {@code type} that {@code word} names, or {@code null} for {@code null}. */
    public static <E extends Enum<E>> E parse(Class<E> type, String word) {
        return word == null ? null : Enum.valueOf(type, word.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
