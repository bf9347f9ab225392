package cz.socialinclusion.partnership.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import cz.socialinclusion.partnership.base.InvalidValueException;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the model's records token by token, without databind's bean deserializers: each record type has a
 * table of its components made once ({@link Table}: names, types, which are required, the canonical
 * constructor as a {@link MethodHandle}), a key given twice in one object is found by a bitset over the
 * component indexes, and each value is read by the reader databind would use for that property (this module's
 * per-property readers of days, decimals and integers, the registered readers of ids and money, databind's of
 * enums and of the sealed members). The refusals are those of databind's path: a missing or null required value
 * a {@link MismatchedInputException}, an unknown property as the context reports it, a refused invariant a
 * {@code ValueInstantiationException} with the model's {@link InvalidValueException} as cause, each with the
 * JSON path of the field. A record whose value is not an object is left to databind, which refuses it.
 */
public final class RecordReader {

    private static final ClassValue<Table> TABLES = new ClassValue<>() {
        @Override
        protected Table computeValue(Class<?> type) {
            return new Table(type);
        }
    };

    private final DeserializationContext ctxt;
    /** The parser the deserializers this reader leaves values to read: the one it was given. */
    private final JsonParser p;
    /** The parser this reader reads its own tokens from: under the {@link StrictParser}, if it was given one. */
    private final JsonParser raw;
    /** How each component of each record type met in this read is read, resolved once a read. */
    private final Map<Class<?>, Slot[]> slots = new IdentityHashMap<>();
    private final Map<Type, Slot> elements = new IdentityHashMap<>();

    private RecordReader(JsonParser p, DeserializationContext ctxt) {
        this.ctxt = ctxt;
        this.p = p;
        this.raw = p instanceof StrictParser strict ? strict.delegate() : p;
    }

    /**
     * Reads a record of the model; the parser is on its first token.
     *
     * @param p    the parser
     * @param ctxt the context of the read
     * @param type a record type of the model with a public canonical constructor
     * @param <T>  the record type
     * @return the record, or null for a JSON null
     * @throws IOException if the input is refused or cannot be read
     */
    public static <T> T read(JsonParser p, DeserializationContext ctxt, Class<T> type) throws IOException {
        RecordReader reader = new RecordReader(p, ctxt);
        return type.cast(reader.slot(type).read(reader));
    }

    /**
     * How one value is read: null as the type's reader says, a value starting with {@code start} token by token
     * ({@link #started}), and any other token by the type's reader, so that it is refused as databind refuses it.
     */
    private abstract static class Slot {
        private final JsonDeserializer<Object> deserializer;
        /** The token this slot reads itself, or null for none. */
        private final JsonToken start;

        Slot(JsonDeserializer<Object> deserializer, JsonToken start) {
            this.deserializer = deserializer;
            this.start = start;
        }

        final Object read(RecordReader reader) throws IOException {
            JsonToken token = reader.raw.currentToken();
            if (token == JsonToken.VALUE_NULL) {
                return deserializer.getNullValue(reader.ctxt);
            }
            if (token == start) {
                return started(reader, reader.raw);
            }
            return deserializer.deserialize(reader.p, reader.ctxt);
        }

        /** Reads the value from {@code raw}, the parser under the strict one; it is on its {@code start} token. */
        abstract Object started(RecordReader reader, JsonParser raw) throws IOException;
    }

    /** A value read by a deserializer of databind or of this module; a text from a JSON string directly. */
    private static final class Delegated extends Slot {
        Delegated(JsonDeserializer<Object> deserializer, boolean text) {
            super(deserializer, text ? JsonToken.VALUE_STRING : null);
        }

        @Override
        Object started(RecordReader reader, JsonParser raw) throws IOException {
            return raw.getText();
        }
    }

    /** A list or set read element by element. */
    private static final class Many extends Slot {
        private final Type element;
        private final boolean set;

        Many(JsonDeserializer<Object> deserializer, Type element, boolean set) {
            super(deserializer, JsonToken.START_ARRAY);
            this.element = element;
            this.set = set;
        }

        /** How an element is read, resolved at the first list of this read. */
        private Slot elementSlot;

        @Override
        Object started(RecordReader reader, JsonParser raw) throws IOException {
            Slot slot = elementSlot;
            if (slot == null) {
                slot = reader.element(element);
                elementSlot = slot;
            }
            Collection<Object> values = set ? new HashSet<>() : new ArrayList<>();
            int index = 0;
            for (JsonToken t = StrictParser.nextValueToken(reader.p); t != JsonToken.END_ARRAY;
                 t = StrictParser.nextValueToken(reader.p)) {
                try {
                    values.add(slot.read(reader));
                } catch (JsonMappingException e) {
                    throw JsonMappingException.wrapWithPath(e, values, index);
                } catch (RuntimeException | IOException e) {
                    if (e instanceof RuntimeException runtime
                            && !reader.ctxt.isEnabled(DeserializationFeature.WRAP_EXCEPTIONS)) {
                        throw runtime;
                    }
                    throw JsonMappingException.wrapWithPath(e, values, index);
                }
                index++;
            }
            return values;
        }
    }

    /** A record of the model read through its table. */
    private static final class Nested extends Slot {
        private final Table table;

        Nested(Table table, JsonDeserializer<Object> deserializer) {
            super(deserializer, JsonToken.START_OBJECT);
            this.table = table;
        }

        /** How each component is read, resolved at the first record of this read. */
        private Slot[] componentSlots;

        @Override
        Object started(RecordReader reader, JsonParser raw) throws IOException {
            Slot[] read = componentSlots;
            if (read == null) {
                read = reader.slots(table);
                componentSlots = read;
            }
            return reader.record(raw, table, read);
        }
    }

    private Slot element(Type type) throws IOException {
        Slot slot = elements.get(type);
        if (slot == null) {
            slot = resolve(type, null);
            elements.put(type, slot);
        }
        return slot;
    }

    private Slot slot(Class<?> type) throws IOException {
        return resolve(type, null);
    }

    /**
     * How a value of {@code type} is read: {@code property} is the module's reader of a model record's property
     * of that type (which wins over the type's own, as the property annotation does for databind), or null.
     */
    @SuppressWarnings("unchecked")
    private Slot resolve(Type type, Object property) throws IOException {
        if (property instanceof JsonDeserializer<?> own) {
            return new Delegated((JsonDeserializer<Object>) own, false);
        }
        JavaType javaType = ctxt.getTypeFactory().constructType(type);
        JsonDeserializer<Object> deserializer = ctxt.findRootValueDeserializer(javaType);
        Class<?> raw = javaType.getRawClass();
        if ((raw == List.class || raw == Set.class) && type instanceof ParameterizedType parameterized
                && isDatabinds(deserializer)) {
            return new Many(deserializer, parameterized.getActualTypeArguments()[0], raw == Set.class);
        }
        Table table = readTable(deserializer, raw);
        if (table != null) {
            return new Nested(table, deserializer);
        }
        return new Delegated(deserializer, raw == String.class);
    }

    /** Whether {@code deserializer} is databind's reader of collections, which this reader reads itself. */
    static boolean isDatabinds(JsonDeserializer<?> deserializer) {
        return deserializer.getClass().getName().startsWith("com.fasterxml.jackson.databind.deser.std.Collection");
    }

    /**
     * The table a value of {@code raw}, which databind would read with {@code deserializer}, is read through
     * instead: a record of the model with a public canonical constructor and no reader of its own; null otherwise.
     */
    static Table readTable(JsonDeserializer<?> deserializer, Class<?> raw) {
        if (deserializer instanceof BeanDeserializerBase && ModelRecords.isModelRecord(raw)) {
            Table table = TABLES.get(raw);
            return table.constructor != null ? table : null;
        }
        return null;
    }

    private Slot[] slots(Table table) throws IOException {
        Slot[] resolved = slots.get(table.type);
        if (resolved == null) {
            resolved = new Slot[table.names.length];
            for (int i = 0; i < resolved.length; i++) {
                resolved[i] = resolve(table.types[i], ModelIntrospector.propertyReader(table.raws[i]));
            }
            slots.put(table.type, resolved);
        }
        return resolved;
    }

    /**
     * Reads the record's object with the slots of its components, its keys and values straight from the parser
     * under a strict one ({@link StrictParser#nextFieldNameKeptByCaller}); a key given twice is found here, by a
     * bitset over the components. {@code raw} is that parser, which refusals name as where they stand.
     */
    private Object record(JsonParser raw, Table table, Slot[] read) throws IOException {
        int n = table.names.length;
        Object[] args = new Object[n];
        long seen = 0;
        for (String name = StrictParser.nextFieldNameKeptByCaller(p); name != null;
             name = StrictParser.nextFieldNameKeptByCaller(p)) {
            int i = table.index(name);
            StrictParser.nextValueToken(p);
            if (i < 0) {
                unknown(table, name);
                continue;
            }
            long bit = 1L << i;
            if ((seen & bit) != 0) {
                MismatchedInputException e = MismatchedInputException.from(raw, table.type, "Duplicate field '"
                        + name + "'");
                e.prependPath(table.type, name);
                throw e;
            }
            seen |= bit;
            try {
                args[i] = read[i].read(this);
            } catch (JsonMappingException | RuntimeException e) {
                throw JsonMappingException.wrapWithPath(e, table.type, name);
            }
        }
        for (int i = 0; i < n; i++) {
            if (table.required[i] && args[i] == null) {
                String name = table.names[i];
                MismatchedInputException e = MismatchedInputException.from(raw, table.type,
                        ((seen & (1L << i)) != 0 ? "Null" : "Missing") + " value for required property '"
                                + name + "' of " + ModelRecords.displayName(table.type));
                e.prependPath(table.type, name);
                throw e;
            }
        }
        try {
            return (Object) table.constructor.invokeExact(args);
        } catch (InvalidValueException invalid) {
            throw CheckedInstantiators.invalid(ctxt, table.type, invalid, ModelRecords.of(table.type));
        } catch (RuntimeException e) {
            return ctxt.handleInstantiationProblem(table.type, null, e);
        } catch (Throwable e) {
            throw new IllegalStateException("constructing " + table.type.getSimpleName() + " failed", e);
        }
    }

    /**
     * Skips an unknown property's value, or refuses it as the context says (with the property in the path). Its
     * value is read to its end first, as databind reads it into a buffer: a value over a limit is refused as such.
     */
    private void unknown(Table table, String name) throws IOException {
        try {
            ctxt.handleUnknownProperty(p, ctxt.findRootValueDeserializer(ctxt.constructType(table.type)),
                    table.type, name);
        } catch (JsonMappingException refused) {
            p.skipChildren();
            throw refused;
        }
    }

    /** The table of a record type of the model, made once per type. */
    static Table table(Class<?> type) {
        return TABLES.get(type);
    }

    /** A record type's components, made once per type. */
    static final class Table {
        final Class<?> type;
        final String[] names;
        final Type[] types;
        final Class<?>[] raws;
        final boolean[] required;
        /** The canonical constructor as {@code (Object[]) Object}, or null if it is not public. */
        final MethodHandle constructor;

        Table(Class<?> type) {
            this.type = type;
            RecordComponent[] components = type.getRecordComponents();
            ModelRecords record = ModelRecords.of(type);
            int n = components.length;
            this.names = new String[n];
            this.types = new Type[n];
            this.raws = new Class<?>[n];
            this.required = new boolean[n];
            for (int i = 0; i < n; i++) {
                names[i] = components[i].getName().intern();
                types[i] = components[i].getGenericType();
                raws[i] = components[i].getType();
                required[i] = record.isRequired(names[i]);
            }
            this.constructor = n <= Long.SIZE ? CheckedInstantiators.canonicalConstructor(type) : null;
        }

        /**
         * The index of the component, or -1: a record has a dozen components at most, compared in order. The
         * names of components are interned, and so are keys under Jackson's default {@code INTERN_FIELD_NAMES}:
         * then a key is found by identity; a key a host's parser did not intern is found by the second loop.
         */
        int index(String name) {
            for (int i = 0; i < names.length; i++) {
                if (names[i] == name) {
                    return i;
                }
            }
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }
    }
}
