package cz.socialinclusion.partnership.jackson3.internal;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.base.IsoDays;
import cz.socialinclusion.partnership.base.Limits;
import cz.socialinclusion.partnership.plan.Money;
import org.threeten.extra.LocalDateRange;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.util.JsonParserSequence;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.util.TokenBuffer;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the model's values from a token stream, strictly and the same way whatever the host's mapper settings:
 * strings only where the format has strings, numbers only where it has numbers, every key once, every
 * required value present, days as {@code YYYY-MM-DD} within {@link Limits}, decimals and text within
 * {@link Limits}. Each refusal is a Jackson exception whose path names the property. Not part of the public API.
 */
final class ModelReader {

    private static final String TYPE = "type";
    /** The property of the dossier's format version. */
    static final String FORMAT_VERSION = "formatVersion";
    /** The version of the dossier format this library writes and reads. */
    static final int SUPPORTED_VERSION = 1;

    /** The constants of each enum by their word. */
    private static final ClassValue<Map<String, Object>> ENUM_WORDS = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> words = new java.util.HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                words.put(ModelTypes.word((Enum<?>) constant), constant);
            }
            return Map.copyOf(words);
        }
    };

    private ModelReader() {
    }

    /** Reads a value of {@code type}; the parser is on the value's first token. Null is read as null. */
    static Object read(JsonParser p, DeserializationContext ctxt, Type type) {
        JsonToken t = p.currentToken();
        Class<?> raw = ModelTypes.raw(type);
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (raw == List.class || raw == Set.class) {
            return collection(p, ctxt, raw, ((ParameterizedType) type).getActualTypeArguments()[0]);
        }
        if (raw == String.class) {
            return text(p, ctxt);
        }
        if (raw == LocalDate.class) {
            return day(p, ctxt, LocalDate.class);
        }
        if (raw == BigDecimal.class) {
            return decimal(p, ctxt);
        }
        if (raw == int.class || raw == Integer.class) {
            return integer(p, ctxt);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
                throw wrongToken(p, raw, "true or false");
            }
            return t == JsonToken.VALUE_TRUE;
        }
        if (raw.isEnum()) {
            return enumConstant(p, raw);
        }
        Function<String, ?> parse = ModelTypes.textValue(raw);
        if (parse != null) {
            return textValue(p, raw, parse);
        }
        if (raw == Money.class) {
            return money(p, ctxt);
        }
        if (raw == LocalDateRange.class) {
            return range(p, ctxt);
        }
        if (ModelTypes.subtypes(raw) != null) {
            return sealed(p, ctxt, raw);
        }
        if (raw == Dossier.class) {
            return record(p, ctxt, RecordModel.of(raw), false, true);
        }
        if (ModelTypes.isModelRecord(raw)) {
            return record(p, ctxt, RecordModel.of(raw), false, false);
        }
        return ctxt.readValue(p, raw);
    }

    private static Object collection(JsonParser p, DeserializationContext ctxt, Class<?> raw, Type element) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw wrongToken(p, raw, "an array");
        }
        List<Object> values = new ArrayList<>();
        int i = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            try {
                values.add(read(p, ctxt, element));
            } catch (DatabindException e) {
                throw JacksonException.wrapWithPath(e, values, i);
            }
            i++;
        }
        return raw == Set.class ? new LinkedHashSet<>(values) : values;
    }

    /** Text of the model: a JSON string holding no character {@link Limits#firstRefusedCharacter} refuses. */
    static String text(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongToken(p, String.class, "a string");
        }
        String text = p.getString();
        int refused = Limits.firstRefusedCharacter(text);
        if (refused >= 0) {
            throw InvalidFormatException.from(p, String.format("Text refused: character U+%04X at index %d is a "
                    + "control character or a lone surrogate, which no text of the model holds",
                    (int) text.charAt(refused), refused), text, String.class);
        }
        return text;
    }

    /** A day written {@code YYYY-MM-DD}, within {@link Limits#EARLIEST_DAY} and {@link Limits#LATEST_DAY}. */
    static LocalDate day(JsonParser p, DeserializationContext ctxt, Class<?> type) {
        return parsed(p, type, "a day as a string \"YYYY-MM-DD\"", IsoDays::parse, false);
    }

    private static BigDecimal decimal(JsonParser p, DeserializationContext ctxt) {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw wrongToken(p, BigDecimal.class, "a number");
        }
        BigDecimal value = p.getDecimalValue();
        if (!Limits.isWithinRange(value)) {
            throw InvalidFormatException.from(p, "Number " + abbreviate(p.getString()) + " is out of range: at most "
                    + Limits.DECIMAL_DIGITS_MAX + " digits, " + Limits.DECIMAL_SCALE_MAX + " of them after the point",
                    p.getString(), BigDecimal.class);
        }
        return value;
    }

    private static int integer(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw wrongToken(p, int.class, "a whole number");
        }
        if (p.getNumberType() != JsonParser.NumberType.INT) {
            throw InvalidFormatException.from(p, "Number " + abbreviate(p.getString()) + " is out of range of a whole "
                    + "number (int)", p.getString(), int.class);
        }
        return p.getIntValue();
    }

    private static Object enumConstant(JsonParser p, Class<?> type) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongToken(p, type, "a string");
        }
        String word = p.getString();
        Object constant = ENUM_WORDS.get(type).get(word);
        if (constant != null) {
            return constant;
        }
        String expected = java.util.Arrays.stream(type.getEnumConstants())
                .map(c -> "\"" + ModelTypes.word((Enum<?>) c) + "\"").collect(Collectors.joining(", "));
        throw InvalidFormatException.from(p, "\"" + abbreviate(word) + "\" is not a " + type.getSimpleName()
                + ": expected one of " + expected, word, type);
    }

    private static Object textValue(JsonParser p, Class<?> type, Function<String, ?> parse) {
        return parsed(p, type, "a string", parse, true);
    }

    /**
     * A value of {@code type} written as a string that {@code parse} reads; a string it refuses is an
     * {@link InvalidFormatException} keeping its exception as cause, whose message names the type and the text
     * ({@code named}) or is the refusal's own (a day's, which says both).
     */
    private static <T> T parsed(JsonParser p, Class<?> type, String expected, Function<String, T> parse,
                                boolean named) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongToken(p, type, expected);
        }
        String text = p.getString();
        try {
            return parse.apply(text);
        } catch (RuntimeException e) {
            String message = named ? "Invalid " + type.getSimpleName() + " \"" + abbreviate(text) + "\": "
                    + e.getMessage() : e.getMessage();
            InvalidFormatException refused = InvalidFormatException.from(p, message, text, type);
            refused.initCause(e);
            throw refused;
        }
    }

    /** Money: {@code {"amount": "1500.00", "currency": "CZK"}}. */
    static Money money(JsonParser p, DeserializationContext ctxt) {
        Map<String, String> fields = SmallObject.read(p, ctxt, Money.class, "amount", "currency");
        String amount = fields.get("amount");
        BigDecimal value = null;
        if (amount.matches("[0-9]{1,30}(\\.[0-9]{1,10})?")) {
            value = new BigDecimal(amount);
        }
        if (value == null || !Limits.isWithinRange(value)) {
            throw refuse(p, Money.class, "amount", new IllegalArgumentException("amount '" + abbreviate(amount)
                    + "' is not a plain non-negative decimal such as \"1500.00\" of at most "
                    + Limits.DECIMAL_DIGITS_MAX + " digits"));
        }
        Currency currency;
        try {
            currency = Currency.getInstance(fields.get("currency"));
        } catch (IllegalArgumentException e) {
            throw refuse(p, Money.class, "currency", new IllegalArgumentException("currency '"
                    + abbreviate(fields.get("currency")) + "' is not an ISO 4217 code"));
        }
        try {
            return new Money(value, currency);
        } catch (RuntimeException e) {
            throw refuse(p, Money.class, "amount", e);
        }
    }

    /** A plan period: {@code {"start": "2010-01-01", "endInclusive": "2012-12-31"}}, both days included. */
    static LocalDateRange range(JsonParser p, DeserializationContext ctxt) {
        Map<String, String> fields = SmallObject.read(p, ctxt, LocalDateRange.class, "start", "endInclusive");
        LocalDate start;
        LocalDate end;
        try {
            start = IsoDays.parse(fields.get("start"));
        } catch (DateTimeException e) {
            throw refuse(p, LocalDateRange.class, "start", e);
        }
        try {
            end = IsoDays.parse(fields.get("endInclusive"));
        } catch (DateTimeException e) {
            throw refuse(p, LocalDateRange.class, "endInclusive", e);
        }
        if (end.isBefore(start)) {
            throw refuse(p, LocalDateRange.class, "endInclusive", new DateTimeException(
                    "endInclusive " + end + " is before start " + start));
        }
        return LocalDateRange.ofClosed(start, end);
    }

    static ValueInstantiationException refuse(JsonParser p, Class<?> type, String field, RuntimeException cause) {
        ValueInstantiationException e = ValueInstantiationException.from(p, "Invalid " + type.getSimpleName() + ": "
                + cause.getMessage(), null, cause);
        e.prependPath(type, field);
        return e;
    }

    /**
     * A member or a working-group participant: an object whose {@code "type"} names the kind. The canonical form
     * writes {@code "type"} first and is read as a stream; elsewhere the properties before it are buffered.
     */
    private static Object sealed(JsonParser p, DeserializationContext ctxt, Class<?> base) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw wrongToken(p, base, "an object");
        }
        Map<String, Class<?>> subtypes = ModelTypes.subtypes(base);
        JsonToken t = p.nextToken();
        if (t == JsonToken.PROPERTY_NAME && TYPE.equals(p.currentName())) {
            p.nextToken();
            Class<?> subtype = subtype(p, ctxt, base, subtypes);
            p.nextToken();
            return record(p, ctxt, RecordModel.of(subtype), true, false);
        }
        TokenBuffer buffer = ctxt.bufferForInputBuffering(p);
        buffer.writeStartObject();
        Set<String> buffered = new java.util.HashSet<>();
        for (; t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            if (TYPE.equals(name)) {
                Class<?> subtype = subtype(p, ctxt, base, subtypes);
                JsonParser rest = JsonParserSequence.createFlattened(false, buffer.asParser(ctxt, p), p);
                rest.nextToken();
                return record(rest, ctxt, RecordModel.of(subtype), true, false);
            }
            if (!buffered.add(name)) {
                throw JacksonException.wrapWithPath(duplicate(p, base, name), base, name);
            }
            buffer.writeName(name);
            buffer.copyCurrentStructure(p);
        }
        throw InvalidTypeIdException.from(p, "Missing type id property '" + TYPE + "' of " + base.getSimpleName()
                + ": known type ids = " + subtypes.keySet(), ctxt.constructType(base), null);
    }

    private static Class<?> subtype(JsonParser p, DeserializationContext ctxt, Class<?> base,
                                    Map<String, Class<?>> subtypes) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw InvalidTypeIdException.from(p, "The type id of " + base.getSimpleName()
                    + " must be a string: known type ids = " + subtypes.keySet(), ctxt.constructType(base), null);
        }
        String id = p.getString();
        Class<?> subtype = subtypes.get(id);
        if (subtype == null) {
            throw InvalidTypeIdException.from(p, "Unknown type id '" + abbreviate(id) + "' of " + base.getSimpleName()
                    + ": known type ids = " + subtypes.keySet(), ctxt.constructType(base), id);
        }
        return subtype;
    }

    /**
     * A record of the model: its components as properties, each at most once, no other property, every required
     * one present and not null; then its canonical constructor, whose refusal keeps the model's exception as
     * cause. The parser is on the object's start, or (after a type id) on its next property or its end. A
     * {@code document} (the dossier) also has its {@code formatVersion}, first.
     */
    static Object record(JsonParser p, DeserializationContext ctxt, RecordModel model, boolean typeRead,
                         boolean document) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            t = p.nextToken();
        } else if (t != JsonToken.PROPERTY_NAME && t != JsonToken.END_OBJECT) {
            throw wrongToken(p, model.type, "an object");
        }
        int n = model.names.size();
        Object[] args = new Object[n];
        boolean[] present = new boolean[n];
        boolean typeSeen = typeRead;
        boolean versionSeen = false;
        for (; t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            int i = model.index(name);
            boolean isVersion = document && FORMAT_VERSION.equals(name);
            boolean isType = model.typeName != null && TYPE.equals(name);
            if (i < 0 && !isVersion && !isType) {
                // Refused (or skipped, as the mapper says) with the property in its path.
                ctxt.handleUnknownProperty(p, null, model.type, name);
                continue;
            }
            try {
                if (i >= 0) {
                    if (present[i]) {
                        throw duplicate(p, model.type, name);
                    }
                    present[i] = true;
                    args[i] = read(p, ctxt, model.types[i]);
                } else if (isVersion) {
                    if (versionSeen) {
                        throw duplicate(p, model.type, name);
                    }
                    versionSeen = true;
                    formatVersion(p, ctxt);
                } else {
                    if (typeSeen) {
                        throw duplicate(p, model.type, name);
                    }
                    typeSeen = true;
                    if (p.currentToken() != JsonToken.VALUE_STRING || !model.typeName.equals(p.getString())) {
                        throw InvalidTypeIdException.from(p, "The type id of " + model.type.getSimpleName()
                                + " is '" + model.typeName + "'", ctxt.constructType(model.type), p.getValueAsString());
                    }
                }
            } catch (DatabindException e) {
                throw JacksonException.wrapWithPath(e, model.type, name);
            }
        }
        if (document && !versionSeen) {
            throw missing(p, model.type, FORMAT_VERSION, "Missing value for required property '" + FORMAT_VERSION
                    + "' of Dossier");
        }
        for (int i = 0; i < n; i++) {
            if (model.required[i] && args[i] == null) {
                String name = model.names.get(i);
                throw missing(p, model.type, name, (present[i] ? "Null" : "Missing") + " value for required property '"
                        + name + "' of " + model.type.getSimpleName());
            }
        }
        return construct(p, ctxt, model, args);
    }

    private static MismatchedInputException missing(JsonParser p, Class<?> type, String name, String message) {
        MismatchedInputException e = MismatchedInputException.from(p, type, message);
        e.prependPath(type, name);
        return e;
    }

    /** The dossier's format version: the whole number {@value #SUPPORTED_VERSION}, and nothing else. */
    private static void formatVersion(JsonParser p, DeserializationContext ctxt) {
        int version = integer(p, ctxt);
        if (version != SUPPORTED_VERSION) {
            InvalidValueException cause = new InvalidValueException(FORMAT_VERSION, version, FORMAT_VERSION + " "
                    + version + " is not supported: this library reads dossiers of format version " + SUPPORTED_VERSION);
            ValueInstantiationException e = ValueInstantiationException.from(p, "Invalid Dossier: "
                    + cause.getMessage(), ctxt.constructType(Dossier.class), cause);
            throw e;
        }
    }

    static Object construct(JsonParser p, DeserializationContext ctxt, RecordModel model, Object[] args) {
        try {
            return model.constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InvalidValueException invalid) {
                throw invalid(p, model, invalid);
            }
            if (cause instanceof RuntimeException runtime) {
                throw ValueInstantiationException.from(p, "Invalid " + model.type.getSimpleName() + ": "
                        + runtime.getMessage(), ctxt.constructType(model.type), runtime);
            }
            throw new IllegalStateException("constructing " + model.type.getSimpleName() + " failed", cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("constructing " + model.type.getSimpleName() + " failed", e);
        }
    }

    /** A refused invariant, with the record's property the model names in its path where there is one. */
    static ValueInstantiationException invalid(JsonParser p, RecordModel model, InvalidValueException invalid) {
        ValueInstantiationException e = ValueInstantiationException.from(p, "Invalid " + model.type.getSimpleName()
                + ": " + invalid.getMessage(), null, invalid);
        String field = invalid.field();
        if (field != null) {
            String first = field.split("[\\[.]", 2)[0];
            if (model.names.contains(first)) {
                e.prependPath(model.type, first);
            }
        }
        return e;
    }

    /** A key given twice; the caller adds the key to the path. */
    static MismatchedInputException duplicate(JsonParser p, Class<?> type, String name) {
        return MismatchedInputException.from(p, type, "Duplicate field '" + name + "'");
    }

    static MismatchedInputException wrongToken(JsonParser p, Class<?> type, String expected) {
        return MismatchedInputException.from(p, type, "Expected " + expected + " for " + word(type)
                + ", found " + describe(p.currentToken()));
    }

    /** What the model calls a type in a message: {@code text}, {@code decimal}, {@code day}, or its simple name. */
    static String word(Class<?> type) {
        if (type == String.class) {
            return "text";
        }
        if (type == BigDecimal.class) {
            return "decimal";
        }
        if (type == int.class || type == Integer.class) {
            return "integer";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (type == List.class || type == Set.class) {
            return "list";
        }
        if (type == LocalDate.class) {
            return "day";
        }
        if (type == LocalDateRange.class) {
            return "period";
        }
        return type.getSimpleName();
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "the end of the input";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }

    static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
