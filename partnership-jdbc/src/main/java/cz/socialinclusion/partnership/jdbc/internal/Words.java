package cz.socialinclusion.partnership.jdbc.internal;

import java.util.Locale;

/** Enum constants stored as lower-case hyphenated words, as in the JSON format: {@code socio-pathological-phenomena}. */
public final class Words {

    /** An enum's constants and their words, by ordinal. */
    private record Vocabulary(Object[] constants, String[] words) {
    }

    /** Each enum's vocabulary, made once an enum. */
    private static final ClassValue<Vocabulary> WORDS = new ClassValue<>() {
        @Override
        protected Vocabulary computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] words = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                words[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT).replace('_', '-');
            }
            return new Vocabulary(constants, words);
        }
    };

    private Words() {
    }

    /** {@code constant} as a lower-case hyphenated word, or {@code null} for {@code null}. */
    public static String of(Enum<?> constant) {
        return constant == null ? null : WORDS.get(constant.getDeclaringClass()).words()[constant.ordinal()];
    }

    /**
     * The constant of {@code type} that {@code word} names, or {@code null} for {@code null}.
     *
     * @throws IllegalArgumentException if no constant of {@code type} has that word
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String word) {
        if (word == null) {
            return null;
        }
        Vocabulary vocabulary = WORDS.get(type);
        String[] words = vocabulary.words();
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals(word)) {
                return type.cast(vocabulary.constants()[i]);
            }
        }
        throw new IllegalArgumentException("no " + type.getSimpleName() + " is stored as '" + word + "'");
    }
}
