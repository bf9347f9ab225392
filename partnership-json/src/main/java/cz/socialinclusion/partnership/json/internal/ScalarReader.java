package cz.socialinclusion.partnership.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import cz.socialinclusion.partnership.base.Limits;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a value of the model written as one JSON scalar, only from the token its format has, whatever the host's
 * coercion settings; any other token is a {@code MismatchedInputException}.
 * <ul>
 *   <li>{@link #text}: a value written as a string (an id, an IČO, a day, a quarter, a length); a string the
 *       model refuses is an {@link InvalidFormatException} that keeps the model's exception as its cause.</li>
 *   <li>{@link #INTEGER} ({@code formatVersion}, a plan version's number, grace days): only an integer token, so
 *       that {@code 1.0}, {@code 1e0} and {@code "1"} are refused, and a number beyond {@code int} as the
 *       parser's coercion error.</li>
 *   <li>{@link #DECIMAL} (an indicator's value or target): exactly, refusing one outside
 *       {@link Limits#isWithinRange(BigDecimal)} before anything is computed with it: {@code 1e999999999} is
 *       refused from its text, never expanded.</li>
 * </ul>
 *
 * @param <T> the value type
 */
public final class ScalarReader<T> extends StdScalarDeserializer<T> {

    private static final long serialVersionUID = 1L;

    /** Reads an {@code int} from an integer token. */
    public static final ScalarReader<Integer> INTEGER = new ScalarReader<>(Integer.class, Token.INTEGER,
            (p, ctxt) -> p.getIntValue());
    /** Reads a decimal within {@link Limits} from an integer or a decimal token. */
    public static final ScalarReader<BigDecimal> DECIMAL = new ScalarReader<>(BigDecimal.class, Token.NUMBER,
            (p, ctxt) -> decimal(p));

    /** The tokens a value may be read from. */
    private enum Token {
        STRING, INTEGER, NUMBER;

        boolean accepts(JsonParser p) {
            return switch (this) {
                case STRING -> p.hasToken(JsonToken.VALUE_STRING);
                case INTEGER -> p.hasToken(JsonToken.VALUE_NUMBER_INT);
                case NUMBER -> p.hasToken(JsonToken.VALUE_NUMBER_INT) || p.hasToken(JsonToken.VALUE_NUMBER_FLOAT);
            };
        }
    }

    /** Reads the value of the token the parser is on. */
    @FunctionalInterface
    private interface Value<T> {
        T of(JsonParser p, DeserializationContext ctxt) throws IOException;
    }

    private final Token token;
    private final transient Value<T> value;
    /** How a text is read, for a reader from a string; null for a reader of numbers. */
    private final transient Function<String, T> parse;
    /** Whether equal texts give one instance within a read ({@link #sharedText}). */
    private final boolean shared;

    private ScalarReader(Class<T> type, Token token, Value<T> value) {
        this(type, token, value, null, false);
    }

    private ScalarReader(Class<T> type, Token token, Value<T> value, Function<String, T> parse, boolean shared) {
        super(type);
        this.token = token;
        this.value = value;
        this.parse = parse;
        this.shared = shared;
    }

    /**
     * A reader of {@code type} from a string.
     *
     * @param type  the value type
     * @param parse reads the text, throwing a runtime exception if it refuses it
     * @param <T>   the value type
     * @return the reader
     */
    public static <T> ScalarReader<T> text(Class<T> type, Function<String, T> parse) {
        return new ScalarReader<>(type, Token.STRING, (p, ctxt) -> parsed(p, ctxt, type, parse, p.getText()), parse,
                false);
    }

    /**
     * A reader of {@code type} from a string that gives the same text one instance within one read: a member id
     * is referred to by every step, measure and project, and checking those references then compares one
     * instance whose hash is already known.
     *
     * @param type  the value type
     * @param parse reads the text, throwing a runtime exception if it refuses it
     * @param <T>   the value type
     * @return the reader
     */
    public static <T> ScalarReader<T> sharedText(Class<T> type, Function<String, T> parse) {
        Object key = new Object();
        return new ScalarReader<>(type, Token.STRING, (p, ctxt) -> {
            @SuppressWarnings("unchecked")
            Map<String, T> read = (Map<String, T>) ctxt.getAttribute(key);
            if (read == null) {
                read = new HashMap<>();
                ctxt.setAttribute(key, read);
            }
            String text = p.getText();
            T shared = read.get(text);
            if (shared == null) {
                shared = parsed(p, ctxt, type, parse, text);
                read.put(text, shared);
            }
            return shared;
        }, parse, true);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!token.accepts(p)) {
            return (T) ctxt.handleUnexpectedToken(handledType(), p);
        }
        return value.of(p, ctxt);
    }

    @SuppressWarnings("unchecked")
    private static <T> T parsed(JsonParser p, DeserializationContext ctxt, Class<T> type, Function<String, T> parse,
                                String text) throws IOException {
        try {
            return parse.apply(text);
        } catch (RuntimeException e) {
            try {
                return (T) ctxt.handleWeirdStringValue(type, text, e.getMessage());
            } catch (InvalidFormatException refused) {
                refused.initCause(e);
                throw refused;
            }
        }
    }

    /** At most 40 characters of a refused text, so that a huge value does not make a huge message. */
    private static String shown(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    /** Whether this reader reads a string ({@link #text}, {@link #sharedText}) rather than a number. */
    boolean readsText() {
        return parse != null;
    }

    /** Whether this reader reads an {@code int} ({@link #INTEGER}). */
    boolean readsInteger() {
        return token == Token.INTEGER;
    }

    /** Whether equal texts read by this reader are one instance within a read ({@link #sharedText}). */
    boolean sharesTexts() {
        return shared;
    }

    /** The value of a text, for a reader of strings; a runtime exception if the text is refused. */
    T parse(String text) {
        return parse.apply(text);
    }

    /**
     * The decimal of a JSON number's text as {@link #DECIMAL} reads it, or null if it refuses it.
     *
     * @param text the number's text, as the document writes it
     * @return the decimal, or null
     */
    static BigDecimal decimalOrNull(String text) {
        BigDecimal value;
        try {
            // The number's text is at most PartnershipJson.MAX_NUMBER_LENGTH characters: parsing it is cheap,
            // whatever its exponent says (the exponent only sets the scale).
            // Most are plain (no sign, no exponent): read the short way, to the same digits and scale.
            value = SmallObjects.isPlainAmount(text) ? SmallObjects.plainDecimal(text) : new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
        return Limits.isWithinRange(value) ? value : null;
    }

    private static BigDecimal decimal(JsonParser p) throws IOException {
        String text = p.getText();
        BigDecimal value = decimalOrNull(text);
        if (value == null) {
            throw InvalidFormatException.from(p, "Invalid decimal " + shown(text) + ": a decimal has at most "
                    + Limits.DECIMAL_DIGITS_MAX + " digits, at most " + Limits.DECIMAL_SCALE_MAX
                    + " of them after the point", text, BigDecimal.class);
        }
        return value;
    }
}
