package cz.socialinclusion.partnership.examples.cli;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON string escapes for lines a terminal may show: besides what JSON requires (quote, backslash and the C0
 * controls), every character that {@link TerminalText} escapes is written as {@code \}{@code uXXXX}, which
 * any JSON reader turns back into the same character. Surrogates are escaped one by one, so a pair stays a pair.
 */
final class JsonLineEscapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;

    static final JsonLineEscapes INSTANCE = new JsonLineEscapes();

    private final int[] ascii;

    private JsonLineEscapes() {
        ascii = standardAsciiEscapesForJSON();
        ascii[0x7F] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii.clone();
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        if (ch <= 0xFFFF && TerminalText.isUnsafe((char) ch)) {
            return new SerializedString(String.format("\\u%04X", ch));
        }
        return null;
    }
}
