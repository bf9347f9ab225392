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
import cz.socialinclusion.partnership.base.IsoDays;
import cz.socialinclusion.partnership.base.Limits;
import cz.socialinclusion.partnership.plan.Money;
import org.threeten.extra.LocalDateRange;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.function.Function;

/**
 * Two small value types written as JSON objects of two strings: a plan period
 * {@code {"start": "2010-01-01", "endInclusive": "2012-12-31"}} ({@link #RANGE_WRITER}, {@link #RANGE_READER})
 * and money {@code {"amount": "1500.00", "currency": "CZK"}} ({@link #MONEY_WRITER}, {@link #MONEY_READER}; the
 * amount a string, so that no reader turns it into a binary floating-point number).
 */
public final class SmallObjects {

    /** Writes a plan period. */
    public static final StdSerializer<LocalDateRange> RANGE_WRITER = new PairWriter<>(LocalDateRange.class,
            "start", range -> range.getStart().toString(), "endInclusive", range -> range.getEndInclusive().toString());
    /** Reads a plan period; an end before the start is refused with the end's path. */
    public static final StdDeserializer<LocalDateRange> RANGE_READER = new PairReader<>(LocalDateRange.class,
            "start", "endInclusive", SmallObjects::range);
    /** Writes money. */
    public static final StdSerializer<Money> MONEY_WRITER = new PairWriter<>(Money.class,
            "amount", money -> money.amount().toPlainString(), "currency", money -> money.currency().getCurrencyCode());
    /** Reads money: a plain non-negative decimal amount as a string and an ISO 4217 currency code. */
    public static final StdDeserializer<Money> MONEY_READER = new PairReader<>(Money.class,
            "amount", "currency", SmallObjects::money);

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
        // A strict parser checks the texts, and leaves a key given twice to be found here.
        String[] fields = new String[names.length];
        for (String name = StrictParser.nextFieldNameKeptByCaller(p); name != null;
             name = StrictParser.nextFieldNameKeptByCaller(p)) {
            JsonToken value = StrictParser.nextValueToken(p);
            int i = indexOf(names, name);
            if (i < 0) {
                ctxt.handleUnknownProperty(p, deserializer, type, name);
                continue;
            }
            if (fields[i] != null) {
                MismatchedInputException e = MismatchedInputException.from(p, type, "Duplicate field '" + name + "'");
                e.prependPath(type, name);
                throw e;
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

    /**
     * The decimal a plain amount ({@link #isPlainAmount}) writes, as {@code new BigDecimal(amount)} reads it (the
     * same digits and scale): up to 18 characters, straight from its digits.
     */
    static BigDecimal plainDecimal(String amount) {
        int n = amount.length();
        if (n > 18) {
            return new BigDecimal(amount);
        }
        long unscaled = 0;
        int scale = 0;
        boolean fraction = false;
        for (int i = 0; i < n; i++) {
            char c = amount.charAt(i);
            if (c == '.') {
                fraction = true;
            } else {
                unscaled = unscaled * 10 + (c - '0');
                if (fraction) {
                    scale++;
                }
            }
        }
        return BigDecimal.valueOf(unscaled, scale);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static LocalDateRange range(String startText, String endText) {
        LocalDate start = day("start", startText);
        LocalDate end = day("endInclusive", endText);
        if (end.isBefore(start)) {
            throw new Refused("endInclusive", new DateTimeException("endInclusive " + end + " is before start " + start));
        }
        return LocalDateRange.ofClosed(start, end);
    }

    private static LocalDate day(String field, String text) {
        try {
            return IsoDays.parse(text);
        } catch (DateTimeException e) {
            throw new Refused(field, e);
        }
    }

    private static Money money(String amount, String code) {
        if (!isPlainAmount(amount)) {
            throw new Refused("amount", new IllegalArgumentException("amount '" + amount
                    + "' is not a plain decimal such as \"1500.00\""));
        }
        Currency currency;
        try {
            // Most amounts of a Czech record are in crowns: no lookup for them.
            currency = code.equals("CZK") ? Money.CZK : Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new Refused("currency", new IllegalArgumentException("currency '" + code + "' is not an ISO 4217 code"));
        }
        BigDecimal value = plainDecimal(amount);
        if (!Limits.isWithinRange(value)) {
            throw new Refused("amount", new IllegalArgumentException("amount '" + amount + "' has more than "
                    + Limits.DECIMAL_DIGITS_MAX + " digits"));
        }
        try {
            return new Money(value, currency);
        } catch (RuntimeException e) {
            throw new Refused("amount", e);
        }
    }

    /** A field of a small object refused, with why. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String field;

        Refused(String field, RuntimeException cause) {
            super(cause.getMessage(), cause, false, false);
            this.field = field;
        }
    }

    /** Builds a value from its two texts, throwing {@link Refused} for one it refuses. */
    @FunctionalInterface
    private interface Builder<T> {
        T build(String first, String second);
    }

    /** Writes a value as an object of two named strings. */
    private static final class PairWriter<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;
        private final String first;
        private final transient Function<T, String> firstText;
        private final String second;
        private final transient Function<T, String> secondText;

        PairWriter(Class<T> type, String first, Function<T, String> firstText, String second,
                   Function<T, String> secondText) {
            super(type);
            this.first = first;
            this.firstText = firstText;
            this.second = second;
            this.secondText = secondText;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            gen.writeStringField(first, firstText.apply(value));
            gen.writeStringField(second, secondText.apply(value));
            gen.writeEndObject();
        }
    }

    /** Reads a value from an object of exactly two named strings. */
    static final class PairReader<T> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final String[] names;
        private final transient Builder<T> builder;

        PairReader(Class<T> type, String first, String second, Builder<T> builder) {
            super(type);
            this.names = new String[] {first, second};
            this.builder = builder;
        }

        /** The names of the two fields, in the order they are written. */
        String[] names() {
            return names.clone();
        }

        /** The value of the two texts, or null if it refuses them (the parser path then says why). */
        T valueOrNull(String first, String second) {
            try {
                return builder.build(first, second);
            } catch (Refused refused) {
                return null;
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String[] fields = readFields(p, ctxt, this, names);
            try {
                return builder.build(fields[0], fields[1]);
            } catch (Refused refused) {
                Class<T> type = (Class<T>) handledType();
                ValueInstantiationException e = ValueInstantiationException.from(p, "Invalid " + type.getSimpleName()
                        + ": " + refused.getMessage(), ctxt.constructType(type), refused.getCause());
                e.prependPath(type, refused.field);
                throw e;
            }
        }
    }
}
