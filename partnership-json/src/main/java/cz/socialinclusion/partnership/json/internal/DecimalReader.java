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
 * Reads a decimal of the model (an indicator's value or target) from a JSON number, exactly, and refuses one
 * outside {@link Limits#isWithinRange(BigDecimal)} before anything is computed with it: {@code 1e999999999}
 * is refused from its text, never expanded.
 */
public final class DecimalReader extends StdScalarDeserializer<BigDecimal> {

    private static final long serialVersionUID = 1L;

    /** The one instance. */
    public static final DecimalReader INSTANCE = new DecimalReader();

    private DecimalReader() {
        super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_NUMBER_INT) && !p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
            return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
        }
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
            throw InvalidFormatException.from(p, "Invalid decimal " + IsoDays.shown(text) + ": a decimal has at most " + Limits.DECIMAL_DIGITS_MAX + " digits, at most "
                            + Limits.DECIMAL_SCALE_MAX + " of them after the point", text, BigDecimal.class);
        }
        return value;
    }
}
