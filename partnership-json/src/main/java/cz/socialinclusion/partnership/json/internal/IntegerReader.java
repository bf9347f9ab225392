package cz.socialinclusion.partnership.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

import java.io.IOException;

/**
 * Reads an integer of the model ({@code formatVersion}, a plan version's number, grace days) only from a JSON
 * integer token, whatever the host's coercion settings: {@code 1.0}, {@code 1e0} and {@code "1"} are refused
 * as a {@code MismatchedInputException}, a number beyond {@code int} as the parser's coercion error.
 */
public final class IntegerReader extends StdScalarDeserializer<Integer> {

    private static final long serialVersionUID = 1L;

    /** The one instance. */
    public static final IntegerReader INSTANCE = new IntegerReader();

    private IntegerReader() {
        super(Integer.class);
    }

    @Override
    public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_NUMBER_INT)) {
            return (Integer) ctxt.handleUnexpectedToken(Integer.class, p);
        }
        return p.getIntValue();
    }
}
