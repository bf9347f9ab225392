package cz.socialinclusion.partnership.json.internal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.deser.std.EnumDeserializer;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringCollectionDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.base.Limits;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a dossier held whole in a byte array straight from its bytes, when it is a well-formed document that
 * the parser path ({@code PartnershipJson.readDossier}: Jackson's parser under {@link StrictParser}, read by
 * {@link RecordReader}) would accept; otherwise it declines (returns null), and the caller reads the document
 * through the parser path, which accepts it or refuses it with its JSON path. It never refuses anything
 * itself, and declines whatever it is not sure of, so that the two paths give equal dossiers for every input
 * and the same refusals.
 *
 * <p>What it builds is what the parser path builds: each record by its canonical constructor, with the
 * components of its {@link RecordReader} table (so every invariant of the model is checked by the same code; the
 * parser path builds members and participants with databind's bean reader, by the same constructor), and each
 * id, day, quarter, length, decimal, amount and period by the parse function of the reader the mapper resolves
 * for it ({@link ScalarReader}, the money and period readers of {@link SmallObjects}). What it parses itself, as
 * databind reads them: strings, integers, booleans, URIs, enums (by the names the mapper writes and reads back)
 * and the {@code "type"} of the two sealed hierarchies. What it checks of the bytes: strict JSON (no comment, no trailing comma, no leading
 * zero, nothing after the document), strict UTF-8 within strings and nothing but ASCII outside them, the
 * limits of length, depth and number length, and texts with an escape or DEL as {@link StrictParser} checks
 * them. It declines a {@code null}, a key it does not know or meets twice, a value of another JSON type than
 * its reader reads, a text or number its reader refuses, a missing required value and a refused invariant:
 * each is the parser path's to accept or refuse, with its path. What it gains: keys are compared with the key
 * expected next, as bytes, and texts are made from their bytes in one pass, with the UTF-8 check.
 */
public final class DirectDossierReader {

    /** Thrown to give up on a document: stackless, one instance. */
    private static final RuntimeException DECLINE = new RuntimeException("declined", null, false, false) {
        private static final long serialVersionUID = 1L;
    };

    private static final byte[] TRUE = {'r', 'u', 'e'};
    private static final byte[] FALSE = {'a', 'l', 's', 'e'};

    /** Deepest nesting read here, if the parser path allows as deep: a dossier is about 16 deep. */
    private static final int MAX_DEPTH = 40;

    private final DeserializationContext resolving;
    private final ObjectMapper mapper;
    private final long maxDocumentLength;
    private final int maxDepth;
    private final int maxStringLength;
    private final int maxNumberLength;
    private final Map<Type, Kind> kinds = new ConcurrentHashMap<>();
    private final Kind root;

    /**
     * A reader of documents that {@code mapper} reads through the parser path.
     *
     * @param mapper            the mapper of the parser path, with this module
     * @param maxDocumentLength the longest document the parser path reads, in bytes
     * @param maxNestingDepth   the deepest nesting of objects and arrays it reads
     * @param maxStringLength   the longest string it reads, in characters
     * @param maxNumberLength   the longest number it reads, in characters
     */
    public DirectDossierReader(ObjectMapper mapper, long maxDocumentLength, int maxNestingDepth, int maxStringLength,
                               int maxNumberLength) {
        this.mapper = mapper;
        this.resolving = ((DefaultDeserializationContext) mapper.getDeserializationContext())
                .createDummyInstance(mapper.getDeserializationConfig());
        this.maxDocumentLength = maxDocumentLength;
        this.maxDepth = Math.min(MAX_DEPTH, maxNestingDepth);
        this.maxStringLength = maxStringLength;
        // A longer number is left to the parser path: an integer of at most 18 characters fits a long.
        this.maxNumberLength = Math.min(maxNumberLength, 18);
        this.root = kind(DossierDocument.class, null);
    }

    /**
     * The dossier of a document, or null if this reader declines it (see the class's description).
     *
     * @param json the document's bytes
     * @return the dossier, or null
     */
    public Dossier read(byte[] json) {
        if (json.length > maxDocumentLength || !(root instanceof RecordKind)) {
            return null;
        }
        try {
            Read read = new Read(json);
            read.whitespace();
            Object document = read.value(root);
            read.whitespace();
            if (read.pos != json.length) {
                return null;
            }
            return ((DossierDocument) document).toDossier();
        } catch (RuntimeException declinedOrRefused) {
            // Declined here, or refused by a model constructor: either way the parser path says what it is.
            return null;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // How each type is read, resolved once, as RecordReader resolves it

    private Kind kind(Type type, Object propertyReader) {
        if (propertyReader != null) {
            return ofReader(propertyReader);
        }
        Kind known = kinds.get(type);
        if (known != null) {
            return known;
        }
        Kind resolved = resolve(type);
        Kind raced = kinds.putIfAbsent(type, resolved);
        return raced != null ? raced : resolved;
    }

    private Kind resolve(Type type) {
        JsonDeserializer<Object> deserializer;
        JavaType javaType;
        synchronized (resolving) {
            try {
                javaType = resolving.getTypeFactory().constructType(type);
                deserializer = resolving.findRootValueDeserializer(javaType);
            } catch (Exception e) {
                return Kind.UNREAD;
            }
        }
        Class<?> raw = javaType.getRawClass();
        if ((raw == List.class || raw == Set.class) && type instanceof ParameterizedType parameterized
                && (RecordReader.isDatabinds(deserializer) || deserializer.getClass() == StringCollectionDeserializer.class)) {
            return new ManyKind(this, parameterized.getActualTypeArguments()[0], raw == Set.class);
        }
        RecordReader.Table table = RecordReader.readTable(deserializer, raw);
        if (table != null) {
            return new RecordKind(this, table, false);
        }
        if (raw == String.class && deserializer.getClass() == StringDeserializer.class) {
            return Kind.TEXT;
        }
        if (raw == boolean.class && deserializer.getClass().getName().startsWith(
                "com.fasterxml.jackson.databind.deser.std.NumberDeserializers$BooleanDeserializer")) {
            return Kind.BOOLEAN;
        }
        if (raw == URI.class && deserializer instanceof FromStringDeserializer<?>) {
            return Kind.URI;
        }
        if (deserializer instanceof EnumDeserializer && raw.isEnum()) {
            return enumKind(raw);
        }
        if (raw.isInterface() && raw.isSealed()) {
            return typedKind(raw);
        }
        return ofReader(deserializer);
    }

    private Kind ofReader(Object reader) {
        if (reader instanceof ScalarReader<?> scalar) {
            if (scalar.readsText()) {
                return new ScalarKind(scalar);
            }
            return scalar.readsInteger() ? Kind.INTEGER : Kind.DECIMAL;
        }
        if (reader instanceof SmallObjects.PairReader<?> pair) {
            return new PairKind(pair);
        }
        return Kind.UNREAD;
    }

    /** An enum by the names the mapper writes its constants with, each checked to read back to its constant. */
    private Kind enumKind(Class<?> type) {
        Map<String, Object> byName = new HashMap<>();
        for (Object constant : type.getEnumConstants()) {
            try {
                String json = mapper.writeValueAsString(constant);
                if (json.length() >= 2 && json.charAt(0) == '"' && json.indexOf('\\') < 0
                        && mapper.readValue(json, type) == constant) {
                    byName.put(json.substring(1, json.length() - 1), constant);
                }
            } catch (Exception e) {
                // Not read here: the parser path reads that constant.
            }
        }
        return new EnumKind(byName);
    }

    /** A sealed hierarchy named by a type property, as the mix-in the mapper has for it says. */
    private Kind typedKind(Class<?> type) {
        Class<?> mixin = mapper.getDeserializationConfig().findMixInClassFor(type);
        JsonTypeInfo info = mixin == null ? null : mixin.getAnnotation(JsonTypeInfo.class);
        JsonSubTypes subtypes = mixin == null ? null : mixin.getAnnotation(JsonSubTypes.class);
        if (info == null || subtypes == null || info.use() != JsonTypeInfo.Id.NAME
                || info.include() != JsonTypeInfo.As.PROPERTY || info.visible()) {
            return Kind.UNREAD;
        }
        Map<String, RecordKind> byName = new HashMap<>();
        for (JsonSubTypes.Type subtype : subtypes.value()) {
            // Read as its own record (databind's bean reader reads it once the type is known, by the same
            // canonical constructor); the type's own root reader is the hierarchy's, by the type property.
            Class<?> raw = subtype.value();
            RecordReader.Table table = ModelRecords.isModelRecord(raw) ? RecordReader.table(raw) : null;
            if (table != null && table.constructor != null && !subtype.name().isEmpty()) {
                byName.put(subtype.name(), new RecordKind(this, table, true));
            }
        }
        return new TypedKind(info.property().getBytes(StandardCharsets.US_ASCII), byName);
    }

    // ---------------------------------------------------------------------------------------------------------
    // The kinds of value

    /**
     * How one kind of value is read: {@code first} is the value's first byte, just read (the reader stands after
     * it); the value is read to its end.
     */
    @FunctionalInterface
    private interface Kind {
        Kind UNREAD = (read, first) -> {
            throw DECLINE;
        };
        Kind TEXT = (read, first) -> {
            read.expect(first, '"');
            return read.string();
        };
        Kind BOOLEAN = (read, first) -> read.literal(first);
        Kind INTEGER = (read, first) -> read.integer(first);
        Kind DECIMAL = (read, first) -> {
            BigDecimal value = ScalarReader.decimalOrNull(read.number(first));
            if (value == null) {
                throw DECLINE;
            }
            return value;
        };
        /** A URI as databind reads it from a string that is not empty and has no space at either end. */
        Kind URI = (read, first) -> {
            read.expect(first, '"');
            String text = read.string();
            if (text.isEmpty() || text.charAt(0) <= ' ' || text.charAt(text.length() - 1) <= ' ') {
                throw DECLINE;
            }
            try {
                return java.net.URI.create(text);
            } catch (IllegalArgumentException e) {
                throw DECLINE;
            }
        };

        Object read(Read read, byte first);
    }

    private static final class ScalarKind implements Kind {
        private final ScalarReader<?> reader;

        ScalarKind(ScalarReader<?> reader) {
            this.reader = reader;
        }

        @Override
        public Object read(Read read, byte first) {
            read.expect(first, '"');
            String text = read.string();
            if (reader.sharesTexts()) {
                Map<String, Object> shared = read.shared(reader);
                Object value = shared.get(text);
                if (value == null) {
                    value = reader.parse(text);
                    shared.put(text, value);
                }
                return value;
            }
            return reader.parse(text);
        }
    }

    private static final class PairKind implements Kind {
        private static final Kind[] TWO_TEXTS = {Kind.TEXT, Kind.TEXT};
        private final SmallObjects.PairReader<?> reader;
        private final byte[][] keys;

        PairKind(SmallObjects.PairReader<?> reader) {
            this.reader = reader;
            this.keys = new byte[][] {
                    reader.names()[0].getBytes(StandardCharsets.US_ASCII),
                    reader.names()[1].getBytes(StandardCharsets.US_ASCII)};
        }

        @Override
        public Object read(Read read, byte first) {
            read.expect(first, '{');
            read.enter();
            Object[] texts = new Object[2];
            read.fields(read.nextAfterWhitespace(), keys, TWO_TEXTS, texts);
            read.leave();
            if (texts[0] == null || texts[1] == null) {
                throw DECLINE;
            }
            Object value = reader.valueOrNull((String) texts[0], (String) texts[1]);
            if (value == null) {
                throw DECLINE;
            }
            return value;
        }
    }

    private static final class EnumKind implements Kind {
        private final Map<String, Object> byName;

        EnumKind(Map<String, Object> byName) {
            this.byName = byName;
        }

        @Override
        public Object read(Read read, byte first) {
            read.expect(first, '"');
            Object constant = byName.get(read.string());
            if (constant == null) {
                throw DECLINE;
            }
            return constant;
        }
    }

    private static final class ManyKind implements Kind {
        private final DirectDossierReader owner;
        private final Type element;
        private final boolean set;
        private volatile Kind elementKind;

        ManyKind(DirectDossierReader owner, Type element, boolean set) {
            this.owner = owner;
            this.element = element;
            this.set = set;
        }

        @Override
        public Object read(Read read, byte first) {
            read.expect(first, '[');
            Kind kind = elementKind;
            if (kind == null) {
                kind = owner.kind(element, null);
                elementKind = kind;
            }
            read.enter();
            Collection<Object> values = set ? new HashSet<>() : new ArrayList<>();
            byte b = read.nextAfterWhitespace();
            if (b != ']') {
                while (true) {
                    values.add(read.value(kind, b));
                    b = read.nextAfterWhitespace();
                    if (b == ']') {
                        break;
                    }
                    read.expect(b, ',');
                    b = read.nextAfterWhitespace();
                }
            }
            read.leave();
            return values;
        }
    }

    /** A record of the model, through its {@link RecordReader} table and canonical constructor. */
    private static final class RecordKind implements Kind {
        private final DirectDossierReader owner;
        private final RecordReader.Table table;
        private final byte[][] keys;
        /**
         * Whether the parser path reads this record with databind's bean reader (a member of a sealed
         * hierarchy), which may give an absent collection a value of its own: then one declines. No member or
         * participant has an optional collection now; this keeps the reader safe if one is added.
         */
        private final boolean byDatabind;
        private volatile Kind[] components;

        RecordKind(DirectDossierReader owner, RecordReader.Table table, boolean byDatabind) {
            this.owner = owner;
            this.table = table;
            this.byDatabind = byDatabind;
            this.keys = new byte[table.names.length][];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = table.names[i].getBytes(StandardCharsets.US_ASCII);
            }
        }

        private Kind[] components() {
            Kind[] resolved = components;
            if (resolved == null) {
                resolved = new Kind[keys.length];
                for (int i = 0; i < resolved.length; i++) {
                    resolved[i] = owner.kind(table.types[i], ModelIntrospector.propertyReader(table.raws[i]));
                }
                components = resolved;
            }
            return resolved;
        }

        @Override
        public Object read(Read read, byte first) {
            read.expect(first, '{');
            read.enter();
            Object value = fields(read, read.nextAfterWhitespace());
            read.leave();
            return value;
        }

        /** Reads the fields from the one starting with {@code b} (or the object's end) to the end of the object. */
        Object fields(Read read, byte b) {
            int n = keys.length;
            Object[] args = new Object[n];
            read.fields(b, keys, components(), args);
            for (int i = 0; i < n; i++) {
                if (args[i] == null && (table.required[i] || table.raws[i].isPrimitive()
                        || byDatabind && Collection.class.isAssignableFrom(table.raws[i]))) {
                    throw DECLINE;
                }
            }
            try {
                return (Object) table.constructor.invokeExact(args);
            } catch (Throwable refused) {
                throw DECLINE;
            }
        }
    }

    /** A member of a sealed hierarchy: its type property first, then the fields of the record it names. */
    private static final class TypedKind implements Kind {
        private final byte[][] property;
        private final Map<String, RecordKind> byName;

        TypedKind(byte[] property, Map<String, RecordKind> byName) {
            this.property = new byte[][] {property};
            this.byName = byName;
        }

        @Override
        public Object read(Read read, byte first) {
            read.expect(first, '{');
            read.enter();
            read.expect(read.nextAfterWhitespace(), '"');
            read.key(property, 0);
            read.colon();
            read.expect(read.nextAfterWhitespace(), '"');
            RecordKind record = byName.get(read.string());
            if (record == null) {
                throw DECLINE;
            }
            Object value = record.fields(read, read.endOfObject() ? (byte) '}' : read.nextAfterWhitespace());
            read.leave();
            return value;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // One read: the bytes and where it stands

    private final class Read {
        private final byte[] b;
        private int pos;
        private int depth;
        private char[] chars = new char[256];
        private Map<Object, Map<String, Object>> shared;

        Read(byte[] b) {
            this.b = b;
        }

        Object value(Kind kind) {
            return value(kind, nextAfterWhitespace());
        }

        /** Reads a value of {@code kind} whose first byte {@code first} has just been read; null declines. */
        Object value(Kind kind, byte first) {
            if (first == 'n') {
                throw DECLINE;
            }
            return kind.read(this, first);
        }

        Map<String, Object> shared(Object reader) {
            if (shared == null) {
                shared = new IdentityHashMap<>();
            }
            return shared.computeIfAbsent(reader, r -> new HashMap<>());
        }

        void enter() {
            // Counted as the parser counts it: each object and array opened, the document's own first.
            if (++depth > maxDepth) {
                throw DECLINE;
            }
        }

        void leave() {
            depth--;
        }

        void expect(byte read, char expected) {
            if (read != expected) {
                throw DECLINE;
            }
        }

        /** Skips JSON whitespace (space, tab, line feed, carriage return). */
        void whitespace() {
            while (pos < b.length) {
                byte c = b[pos];
                if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                    return;
                }
                pos++;
            }
        }

        /** The next byte that is not whitespace, read. */
        byte nextAfterWhitespace() {
            byte c = b[pos++];
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                whitespace();
                c = b[pos++];
            }
            return c;
        }

        void colon() {
            expect(nextAfterWhitespace(), ':');
        }

        /**
         * Reads an object's fields, from the one starting with {@code b} (or the object's end, {@code '}'}) to the
         * end of the object: the value of key {@code keys[i]} by {@code kinds[i]} into {@code values[i]}. A key
         * given twice declines: no value read is null ({@link #value(Kind, byte)} declines a null).
         */
        void fields(byte b, byte[][] keys, Kind[] kinds, Object[] values) {
            if (b == '}') {
                return;
            }
            int next = 0;
            while (true) {
                expect(b, '"');
                int i = key(keys, next);
                if (values[i] != null) {
                    throw DECLINE;
                }
                colon();
                values[i] = value(kinds[i], nextAfterWhitespace());
                if (endOfObject()) {
                    return;
                }
                // The key expected next: the one after this, as the model's writers write them in order.
                next = i + 1;
                b = nextAfterWhitespace();
            }
        }

        /** After a field's value: true at the object's end, false after the comma before the next field. */
        boolean endOfObject() {
            byte c = nextAfterWhitespace();
            if (c == '}') {
                return true;
            }
            expect(c, ',');
            return false;
        }

        /**
         * Reads a key (the opening quote read) that is one of {@code keys}, written plainly, and the closing
         * quote: the index of the key, {@code next} tried first. Any other key declines.
         */
        int key(byte[][] keys, int next) {
            if (next < keys.length && matches(keys[next])) {
                return next;
            }
            for (int i = 0; i < keys.length; i++) {
                if (i != next && matches(keys[i])) {
                    return i;
                }
            }
            throw DECLINE;
        }

        private boolean matches(byte[] key) {
            int n = key.length;
            int at = pos;
            if (at + n >= b.length || b[at + n] != '"') {
                return false;
            }
            for (int i = 0; i < n; i++) {
                if (b[at + i] != key[i]) {
                    return false;
                }
            }
            pos = at + n + 1;
            return true;
        }

        /** Reads a string's text (the opening quote read) and its closing quote. */
        String string() {
            int start = pos;
            int i = start;
            byte[] bytes = b;
            while (true) {
                byte c = bytes[i];
                if (c == '"') {
                    break;
                }
                // Below space (with every byte of a multi-byte sequence, negative), backslash and DEL: the long way.
                if (c < 0x20 || c == '\\' || c == 0x7F) {
                    return decoded(start, i);
                }
                i++;
            }
            pos = i + 1;
            if (i - start > maxStringLength) {
                throw DECLINE;
            }
            return new String(bytes, start, i - start, StandardCharsets.ISO_8859_1);
        }

        /**
         * Decodes a string whose first {@code plain - start} bytes are plain ASCII: strict UTF-8, the escapes of
         * JSON, and a text holding an escape or DEL checked as {@link StrictParser} checks it.
         */
        private String decoded(int start, int plain) {
            byte[] bytes = b;
            char[] out = chars;
            int k = 0;
            for (int j = start; j < plain; j++) {
                if (k == out.length) {
                    out = grow(out);
                }
                out[k++] = (char) bytes[j];
            }
            boolean check = false;
            int i = plain;
            while (true) {
                if (k + 2 > out.length) {
                    out = grow(out);
                }
                int c = bytes[i];
                if (c == '"') {
                    break;
                }
                if (c >= 0x20) {
                    if (c == '\\') {
                        // Every escape of JSON stands for one UTF-16 unit: a backslash, u and four digits, or two bytes.
                        check = true;
                        byte e = bytes[i + 1];
                        if (e == 'u') {
                            out[k++] = hex(i + 2);
                            i += 6;
                        } else {
                            out[k++] = escaped(e);
                            i += 2;
                        }
                        continue;
                    }
                    if (c == 0x7F) {
                        check = true;
                    }
                    out[k++] = (char) c;
                    i++;
                } else if (c >= 0) {
                    throw DECLINE;
                } else {
                    int lead = c & 0xFF;
                    int c1 = continuation(bytes[i + 1]);
                    if (lead >= 0xC2 && lead <= 0xDF) {
                        out[k++] = (char) (((lead & 0x1F) << 6) | c1);
                        i += 2;
                    } else if (lead >= 0xE0 && lead <= 0xEF) {
                        if ((lead == 0xE0 && c1 < 0x20) || (lead == 0xED && c1 >= 0x20)) {
                            throw DECLINE; // overlong, or a surrogate
                        }
                        int c2 = continuation(bytes[i + 2]);
                        out[k++] = (char) (((lead & 0x0F) << 12) | (c1 << 6) | c2);
                        i += 3;
                    } else if (lead >= 0xF0 && lead <= 0xF4) {
                        if ((lead == 0xF0 && c1 < 0x10) || (lead == 0xF4 && c1 >= 0x10)) {
                            throw DECLINE; // overlong, or beyond U+10FFFF
                        }
                        int c2 = continuation(bytes[i + 2]);
                        int c3 = continuation(bytes[i + 3]);
                        int codePoint = ((lead & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3;
                        out[k++] = Character.highSurrogate(codePoint);
                        out[k++] = Character.lowSurrogate(codePoint);
                        i += 4;
                    } else {
                        throw DECLINE;
                    }
                }
                if (k > maxStringLength) {
                    throw DECLINE;
                }
            }
            pos = i + 1;
            chars = out;
            if (k > maxStringLength) {
                throw DECLINE;
            }
            String text = new String(out, 0, k);
            if (check && Limits.firstRefusedCharacter(text) >= 0) {
                throw DECLINE;
            }
            return text;
        }

        /** The character a two-byte escape stands for, from its second byte. */
        private char escaped(byte e) {
            return switch (e) {
                case '"' -> '"';
                case '\\' -> '\\';
                case '/' -> '/';
                case 'b' -> '\b';
                case 'f' -> '\f';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 't' -> '\t';
                default -> throw DECLINE;
            };
        }

        /** The UTF-16 unit of the four hexadecimal digits at {@code i}. */
        private char hex(int i) {
            int value = 0;
            for (int j = i; j < i + 4; j++) {
                byte digit = b[j];
                int v = digit >= '0' && digit <= '9' ? digit - '0'
                        : digit >= 'a' && digit <= 'f' ? digit - 'a' + 10
                        : digit >= 'A' && digit <= 'F' ? digit - 'A' + 10 : -1;
                if (v < 0) {
                    throw DECLINE;
                }
                value = (value << 4) | v;
            }
            return (char) value;
        }

        private int continuation(byte c) {
            if ((c & 0xC0) != 0x80) {
                throw DECLINE;
            }
            return c & 0x3F;
        }

        private char[] grow(char[] out) {
            char[] larger = new char[out.length * 2];
            System.arraycopy(out, 0, larger, 0, out.length);
            return larger;
        }

        /** Reads {@code true} or {@code false} from its first byte. */
        Boolean literal(byte first) {
            byte[] rest = first == 't' ? TRUE : first == 'f' ? FALSE : null;
            if (rest == null || pos + rest.length > b.length) {
                throw DECLINE;
            }
            for (byte c : rest) {
                if (b[pos++] != c) {
                    throw DECLINE;
                }
            }
            return first == 't';
        }

        /** Reads a JSON number from its first byte, returning its text as written. */
        String number(byte first) {
            int start = pos - 1;
            int end = numberEnd(start, first);
            return new String(b, start, end - start, StandardCharsets.ISO_8859_1);
        }

        /** Reads a JSON integer within {@code int} from its first byte. */
        Integer integer(byte first) {
            int start = pos - 1;
            int end = numberEnd(start, first);
            long value = 0;
            boolean negative = first == '-';
            for (int i = negative ? start + 1 : start; i < end; i++) {
                byte c = b[i];
                if (c < '0' || c > '9') {
                    throw DECLINE; // a fraction or an exponent: not an integer token
                }
                value = value * 10 + (c - '0');
            }
            value = negative ? -value : value;
            if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                throw DECLINE;
            }
            return (int) value;
        }

        /** Where the number starting at {@code start} ends, read to there; strict JSON, or declined. */
        private int numberEnd(int start, byte first) {
            int i = start;
            if (first == '-') {
                i++;
            }
            if (b[i] == '0') {
                i++;
            } else if (b[i] >= '1' && b[i] <= '9') {
                while (i < b.length && b[i] >= '0' && b[i] <= '9') {
                    i++;
                }
            } else {
                throw DECLINE;
            }
            if (i < b.length && b[i] == '.') {
                i = digits(i + 1);
            }
            if (i < b.length && (b[i] == 'e' || b[i] == 'E')) {
                i++;
                if (i < b.length && (b[i] == '+' || b[i] == '-')) {
                    i++;
                }
                i = digits(i);
            }
            if (i - start > maxNumberLength) {
                throw DECLINE;
            }
            pos = i;
            return i;
        }

        /** The end of one or more digits from {@code i}. */
        private int digits(int i) {
            int from = i;
            while (i < b.length && b[i] >= '0' && b[i] <= '9') {
                i++;
            }
            if (i == from) {
                throw DECLINE;
            }
            return i;
        }
    }
}
