package cz.socialinclusion.partnership.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import cz.socialinclusion.partnership.base.Limits;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads a number of the model only from a JSON number token, whatever the host's coercion settings:
 * {@link #INTEGER} ({@code formatVersion}, a plan version's number, grace days) only from an integer token, so
 * that {@code 1.0}, {@code 1e0} and {@code "1"} are refused as a {@code MismatchedInputException} and a number
 * beyond {@code int} as the parser's coercion error; {@link #DECIMAL} (an indicator's value or target) exactly,
 * refusing one outside {@link Limits#isWithinRange(BigDecimal)} before anything is computed with it:
 * {@code 1e999999999} is refused from its text, never expanded.
 *
 * @param <T> the number type
 */
public final class NumberReader<T> extends StdScalarDeserializer<T> {

    private static final long serialVersionUID = 1L;

    /** Reads an {@code int} from an integer token. */
    public static final NumberReader<Integer> INTEGER = new NumberReader<>(Integer.class, false, JsonParser::getIntValue);
    /** Reads a decimal within {@link Limits} from an integer or a decimal token. */
    public static final NumberReader<BigDecimal> DECIMAL = new NumberReader<>(BigDecimal.class, true,
            NumberReader::decimal);

    /** Reads the value of the number token the parser is on. */
    @FunctionalInterface
    private interface Value<T> {
        T of(JsonParser p) throws IOException;
    }

    private final boolean fraction;
    private final transient Value<T> value;

    private NumberReader(Class<T> type, boolean fraction, Value<T> value) {
        super(type);
        this.fraction = fraction;
        this.value = value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_NUMBER_INT) && !(fraction && p.hasToken(JsonToken.VALUE_NUMBER_FLOAT))) {
            return (T) ctxt.handleUnexpectedToken(handledType(), p);
        }
        return value.of(p);
    }

    private static BigDecimal decimal(JsonParser p) throws IOException {
        String text = p.getText();
        BigDecimal value;
        try {
            // The number's text is at most PartnershipJson.MAX_NUMBER_LENGTH characters: parsing it is cheap,
            // whatever its exponent says (the exponent only sets the scale).
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            value = null;
        }
        if (value == null || !Limits.isWithinRange(value)) {
            throw InvalidFormatException.from(p, "Invalid decimal " + IsoDays.shown(text) + ": a decimal has at most "
                    + Limits.DECIMAL_DIGITS_MAX + " digits, at most " + Limits.DECIMAL_SCALE_MAX
                    + " of them after the point", text, BigDecimal.class);
        }
        return value;
    }
}
