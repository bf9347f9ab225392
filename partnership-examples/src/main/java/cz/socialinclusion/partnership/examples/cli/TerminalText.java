package cz.socialinclusion.partnership.examples.cli;

import java.io.PrintWriter;

/**
 * Text from a dossier, a file name or an error message made safe to show on a terminal: a character a
 * terminal would act on instead of showing is written as {@code \}{@code uXXXX}, so that no value can move the
 * cursor, clear the screen, change colours or forge a line of the tool's output. Letters of every language,
 * Czech diacritics included, are kept as they are.
 *
 * <p>Escaped: the C0 controls (U+0000–U+001F, tab, line feed and carriage return included), DEL (U+007F),
 * the C1 controls (U+0080–U+009F), a surrogate that is not half of a well-formed pair, the line and paragraph
 * separators (U+2028, U+2029) and the bidirectional formatting characters (U+200E, U+200F, U+202A–U+202E,
 * U+2066–U+2069), which can make a line read differently from what it holds.
 */
final class TerminalText {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private TerminalText() {
    }

    /** {@code text} with every character listed on the class escaped; {@code "null"} for null. */
    static String escape(Object value) {
        String text = String.valueOf(value);
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder safe = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                safe.append(c).append(text.charAt(++i));
            } else if (isUnsafe(c)) {
                safe.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
            } else {
                safe.append(c);
            }
        }
        return safe.toString();
    }

    /** Prints {@code format} (the tool's own text) with every argument escaped. */
    static void printf(PrintWriter out, String format, Object... arguments) {
        Object[] safe = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            safe[i] = arguments[i] instanceof Number ? arguments[i] : escape(arguments[i]);
        }
        out.printf(format, safe);
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (isUnsafe(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code c}, standing alone (not as half of a pair), is escaped. */
    static boolean isUnsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c)
                || c == '\u2028' || c == '\u2029' || c == '\u200E' || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
