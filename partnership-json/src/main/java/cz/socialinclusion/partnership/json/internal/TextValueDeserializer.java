package cz.socialinclusion.partnership.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a value written as one JSON string (an id, an IČO, a date, a quarter, a period). Any other token is
 * a {@code MismatchedInputException}; a string the model refuses is an {@link InvalidFormatException} that
 * keeps the model's exception as its cause.
 *
 * @param <T> the value type
 */
public final class TextValueDeserializer<T> extends StdScalarDeserializer<T> {

    private static final long serialVersionUID = 1L;

    private final transient Function<String, T> parse;
    /** Whether one read gives equal texts one instance (ids referred to again and again, such as members'). */
    private final boolean shared;

    /**
     * A reader of {@code type} from a string.
     *
     * @param type  the value type
     * @param parse reads the text, throwing a runtime exception if it refuses it
     */
    public TextValueDeserializer(Class<T> type, Function<String, T> parse) {
        this(type, parse, false);
    }

    /**
     * A reader of {@code type} from a string that, if {@code shared}, gives the same text one instance within
     * one read: a member id is referred to by every step, measure and project, and checking those references
     * then compares one instance whose hash is already known.
     *
     * @param type   the value type
     * @param parse  reads the text, throwing a runtime exception if it refuses it
     * @param shared whether equal texts give one instance within a read
     */
    public TextValueDeserializer(Class<T> type, Function<String, T> parse, boolean shared) {
        super(type);
        this.parse = parse;
        this.shared = shared;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (T) ctxt.handleUnexpectedToken(handledType(), p);
        }
        String text = p.getText();
        try {
            return shared ? sharedValue(ctxt, text) : parse.apply(text);
        } catch (RuntimeException e) {
            try {
                return (T) ctxt.handleWeirdStringValue(handledType(), text, e.getMessage());
            } catch (InvalidFormatException refused) {
                refused.initCause(e);
                throw refused;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private T sharedValue(DeserializationContext ctxt, String text) {
        Map<String, T> read = (Map<String, T>) ctxt.getAttribute(this);
        if (read == null) {
            read = new HashMap<>();
            ctxt.setAttribute(this, read);
        }
        T value = read.get(text);
        if (value == null) {
            value = parse.apply(text);
            read.put(text, value);
        }
        return value;
    }
}
