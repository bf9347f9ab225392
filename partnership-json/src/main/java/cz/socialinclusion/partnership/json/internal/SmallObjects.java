package cz.socialinclusion.partnership.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import cz.socialinclusion.partnership.base.Limits;
import cz.socialinclusion.partnership.plan.Money;
import org.threeten.extra.LocalDateRange;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Currency;

/**
 * Two small value types written as JSON objects of strings: a plan period
 * {@code {"start": "2010-01-01", "endInclusive": "2012-12-31"}} and money
 * {@code {"amount": "1500.00", "currency": "CZK"}} (the amount a string, so that no reader turns it into a
 * binary floating-point number).
 */
public final class SmallObjects {

    private SmallObjects() {
    }

    /**
     * Reads an object of exactly the named string fields, each once, into an array in the order of
     * {@code names}; an unknown, repeated or missing field is refused with its path.
     */
    static String[] readFields(JsonParser p, DeserializationContext ctxt, StdDeserializer<?> deserializer,
                               String... names) throws IOException {
        Class<?> type = deserializer.handledType();
        if (!p.isExpectedStartObjectToken()) {
            ctxt.handleUnexpectedToken(type, p);
        }
        String[] fields = new String[names.length];
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            JsonToken value = p.nextToken();
            int i = indexOf(names, name);
            if (i < 0) {
                ctxt.handleUnknownProperty(p, deserializer, type, name);
                continue;
            }
            if (value != JsonToken.VALUE_STRING) {
                try {
                    ctxt.handleUnexpectedToken(String.class, p);
                } catch (DatabindException e) {
                    throw JsonMappingException.wrapWithPath(e, type, name);
                }
            }
            fields[i] = p.getText();
        }
        for (int i = 0; i < names.length; i++) {
            if (fields[i] == null) {
                MismatchedInputException e = MismatchedInputException.from(p, type,
                        "Missing value for required property '" + names[i] + "' of " + type.getSimpleName());
                e.prependPath(type, names[i]);
                throw e;
            }
        }
        return fields;
    }

    private static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code amount} is a plain decimal: 1 to 30 digits, then optionally a point and 1 to 10 digits. */
    static boolean isPlainAmount(String amount) {
        int n = amount.length();
        int i = 0;
        while (i < n && isDigit(amount.charAt(i))) {
            i++;
        }
        if (i == 0 || i > 30) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (amount.charAt(i) != '.') {
            return false;
        }
        int fraction = n - i - 1;
        if (fraction < 1 || fraction > 10) {
            return false;
        }
        for (int j = i + 1; j < n; j++) {
            if (!isDigit(amount.charAt(j))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Refuses the value of {@code field} of {@code type} with {@code cause}. */
    static <T> T refuse(JsonParser p, DeserializationContext ctxt, Class<T> type, String field, RuntimeException cause)
            throws ValueInstantiationException {
        ValueInstantiationException e = ValueInstantiationException.from(p,
                "Invalid " + type.getSimpleName() + ": " + cause.getMessage(), ctxt.constructType(type), cause);
        e.prependPath(type, field);
        throw e;
    }

    /** Writes a plan period. */
    public static final class RangeWriter extends StdSerializer<LocalDateRange> {
        private static final long serialVersionUID = 1L;

        /** The writer. */
        public RangeWriter() {
            super(LocalDateRange.class);
        }

        @Override
        public void serialize(LocalDateRange value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            gen.writeStringField("start", value.getStart().toString());
            gen.writeStringField("endInclusive", value.getEndInclusive().toString());
            gen.writeEndObject();
        }
    }

    /** Reads a plan period; an end before the start is refused with the end's path. */
    public static final class RangeReader extends StdDeserializer<LocalDateRange> {
        private static final long serialVersionUID = 1L;

        /** The reader. */
        public RangeReader() {
            super(LocalDateRange.class);
        }

        @Override
        public LocalDateRange deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String[] fields = readFields(p, ctxt, this, "start", "endInclusive");
            LocalDate start;
            LocalDate end;
            try {
                start = IsoDays.parse(fields[0]);
            } catch (DateTimeException e) {
                return refuse(p, ctxt, LocalDateRange.class, "start", e);
            }
            try {
                end = IsoDays.parse(fields[1]);
            } catch (DateTimeException e) {
                return refuse(p, ctxt, LocalDateRange.class, "endInclusive", e);
            }
            if (end.isBefore(start)) {
                return refuse(p, ctxt, LocalDateRange.class, "endInclusive", new DateTimeException(
                        "endInclusive " + end + " is before start " + start));
            }
            return LocalDateRange.ofClosed(start, end);
        }
    }

    /** Writes money. */
    public static final class MoneyWriter extends StdSerializer<Money> {
        private static final long serialVersionUID = 1L;

        /** The writer. */
        public MoneyWriter() {
            super(Money.class);
        }

        @Override
        public void serialize(Money value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            gen.writeStringField("amount", value.amount().toPlainString());
            gen.writeStringField("currency", value.currency().getCurrencyCode());
            gen.writeEndObject();
        }
    }

    /** Reads money: a plain non-negative decimal amount as a string and an ISO 4217 currency code. */
    public static final class MoneyReader extends StdDeserializer<Money> {
        private static final long serialVersionUID = 1L;

        /** The reader. */
        public MoneyReader() {
            super(Money.class);
        }

        @Override
        public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String[] fields = readFields(p, ctxt, this, "amount", "currency");
            String amount = fields[0];
            if (!isPlainAmount(amount)) {
                return refuse(p, ctxt, Money.class, "amount",
                        new IllegalArgumentException("amount '" + amount + "' is not a plain decimal such as \"1500.00\""));
            }
            Currency currency;
            try {
                currency = Currency.getInstance(fields[1]);
            } catch (IllegalArgumentException e) {
                return refuse(p, ctxt, Money.class, "currency",
                        new IllegalArgumentException("currency '" + fields[1] + "' is not an ISO 4217 code"));
            }
            BigDecimal value = new BigDecimal(amount);
            if (!Limits.isWithinRange(value)) {
                return refuse(p, ctxt, Money.class, "amount", new IllegalArgumentException("amount '" + amount
                        + "' has more than " + Limits.DECIMAL_DIGITS_MAX + " digits"));
            }
            try {
                return new Money(value, currency);
            } catch (RuntimeException e) {
                return refuse(p, ctxt, Money.class, "amount", e);
            }
        }
    }
}
