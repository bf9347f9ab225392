package cz.socialinclusion.partnership.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import cz.socialinclusion.partnership.Dossier;

import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads and writes dossiers safely: a mapper with {@link PartnershipModule} and strict settings for
 * untrusted input, and one canonical output.
 *
 * <p>Strict reading: an unknown property, a missing or null required value, a value of the wrong JSON type
 * (no coercion of scalars: {@code 12} is not the name {@code "12"}), trailing tokens after the document and
 * a key given twice in one object are each a {@link MismatchedInputException} (or subclass) whose path names
 * the field. The limits below, far under Jackson's defaults, bound what a document can cost; input over them
 * is a {@link StreamConstraintsException}. Bytes that are not UTF-8 (including UTF-16 and UTF-32, which
 * Jackson would otherwise detect and accept) are a {@link JsonParseException} that says so. So every bad
 * input is a {@link JacksonException}; reading from a stream or file may also fail with its
 * {@link IOException}.
 *
 * <p>Canonical writing: UTF-8, two-space indentation, {@code "\n"} line ends, {@code "name": value}, one
 * array element a line, properties in the order of the model, ending with a newline. Writing what was read
 * from a canonical file gives the file byte for byte.
 *
 * <p>Immutable and thread-safe.
 */
public final class PartnershipJson {

    /** Deepest nesting of objects and arrays accepted; a dossier needs about 20. */
    public static final int MAX_NESTING_DEPTH = 48;
    /** Longest string accepted, in characters: a model text is at most 100,000. */
    public static final int MAX_STRING_LENGTH = 200_000;
    /** Longest number accepted, in characters. */
    public static final int MAX_NUMBER_LENGTH = 64;
    /** Largest document accepted, in bytes (32 MiB). */
    public static final long MAX_DOCUMENT_LENGTH = 32L * 1024 * 1024;
    /** Where the JSON Schema (draft 2020-12) of the dossier is, on the class path. */
    public static final String SCHEMA_RESOURCE = "/cz/socialinclusion/partnership/json/dossier.schema.json";

    private static final JsonMapper MAPPER = mapper(Locale.ENGLISH);
    private static final ObjectWriter CANONICAL = canonicalWriter(MAPPER);

    private PartnershipJson() {
    }

    /**
     * A new mapper with {@link PartnershipModule}, the strict settings and limits, and findings' messages in
     * {@code locale} (English unless Czech is asked for).
     *
     * @param locale the language of the findings' messages the mapper writes
     * @return a new mapper
     */
    public static JsonMapper mapper(Locale locale) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
        return JsonMapper.builder(factory)
                .addModule(new PartnershipModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Collection, c -> c
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.POJO, c -> c
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .defaultLocale(locale)
                .build();
    }

    /**
     * The strict mapper with English messages.
     *
     * @return the shared mapper; configure a copy ({@code rebuild()}), not this one
     */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /**
     * A writer of {@code mapper} that writes the canonical form.
     *
     * @param mapper a mapper with {@link PartnershipModule}, such as one of {@link #mapper(Locale)}
     * @return the writer
     */
    public static ObjectWriter canonicalWriter(JsonMapper mapper) {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return mapper.writer(printer);
    }

    /**
     * Reads a dossier from UTF-8 bytes.
     *
     * @param json the document
     * @return the dossier
     * @throws JacksonException if the input is not a valid dossier, as described on the class
     */
    public static Dossier readDossier(byte[] json) throws JacksonException {
        Objects.requireNonNull(json, "json");
        if (json.length > MAX_DOCUMENT_LENGTH) {
            throw new StreamConstraintsException("Document length " + json.length + " exceeds the maximum allowed ("
                    + MAX_DOCUMENT_LENGTH + " bytes)");
        }
        requireUtf8(json);
        try {
            Dossier dossier = MAPPER.readValue(json, Dossier.class);
            if (dossier == null) {
                throw MismatchedInputException.from(null, Dossier.class, "The document is null, not a dossier");
            }
            return dossier;
        } catch (JsonMappingException e) {
            throw parserProblem(e);
        } catch (JsonParseException e) {
            throw duplicateAsMismatch(e, List.of());
        } catch (CharConversionException e) {
            throw notUtf8(e.getMessage());
        } catch (JacksonException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("reading a byte array failed", e);
        }
    }

    /**
     * Databind wraps what the parser refuses (a duplicate key, a limit, bad UTF-8, broken syntax) in a plain
     * mapping exception; the contract gives each its own type.
     */
    private static JacksonException parserProblem(JsonMappingException e) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonParseException parse) {
            return duplicateAsMismatch(parse, e.getPath());
        }
        if (cause instanceof StreamReadException || cause instanceof StreamConstraintsException) {
            return (JacksonException) cause;
        }
        if (cause instanceof CharConversionException) {
            return notUtf8(cause.getMessage());
        }
        return e;
    }

    /**
     * Reads a dossier from a stream of UTF-8 bytes, at most {@link #MAX_DOCUMENT_LENGTH} of them. The stream
     * is read to its end but not closed.
     *
     * @param in the stream
     * @return the dossier
     * @throws JacksonException if the input is not a valid dossier
     * @throws IOException      if reading the stream fails
     */
    public static Dossier readDossier(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            bytes.write(buffer, 0, n);
            if (bytes.size() > MAX_DOCUMENT_LENGTH) {
                throw new StreamConstraintsException("Document length exceeds the maximum allowed ("
                        + MAX_DOCUMENT_LENGTH + " bytes)");
            }
        }
        return readDossier(bytes.toByteArray());
    }

    /**
     * Reads a dossier file.
     *
     * @param file the file
     * @return the dossier
     * @throws JacksonException if the file is not a valid dossier
     * @throws IOException      if reading the file fails
     */
    public static Dossier readDossier(Path file) throws IOException {
        if (Files.size(file) > MAX_DOCUMENT_LENGTH) {
            throw new StreamConstraintsException("Document length " + Files.size(file)
                    + " exceeds the maximum allowed (" + MAX_DOCUMENT_LENGTH + " bytes)");
        }
        return readDossier(Files.readAllBytes(file));
    }

    /**
     * The JSON path of a refused input as text, such as {@code $.partnership.memberships[0].member.name};
     * {@code $} for the document itself.
     *
     * @param e the exception of a refused input
     * @return the path
     */
    public static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append('.').append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * The canonical UTF-8 bytes of a dossier, ending with a newline.
     *
     * @param dossier the dossier
     * @return the document
     */
    public static byte[] writeDossier(Dossier dossier) {
        return writeCanonical(dossier);
    }

    /**
     * The canonical UTF-8 bytes of any value the module writes (a report, a schedule…), ending with a newline.
     *
     * @param value the value
     * @return the document
     */
    public static byte[] writeCanonical(Object value) {
        Objects.requireNonNull(value, "value");
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CANONICAL.writeValue(out, value);
            out.write('\n');
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
    }

    /**
     * Jackson detects UTF-16 and UTF-32 from a byte order mark or zero bytes and would read them; a dossier
     * is UTF-8 only.
     */
    private static void requireUtf8(byte[] json) throws JsonParseException {
        if (json.length >= 2 && ((json[0] & 0xFF) == 0xFE && (json[1] & 0xFF) == 0xFF
                || (json[0] & 0xFF) == 0xFF && (json[1] & 0xFF) == 0xFE)) {
            throw notUtf8("it starts with a UTF-16 or UTF-32 byte order mark");
        }
        for (int i = 0; i < Math.min(4, json.length); i++) {
            if (json[i] == 0) {
                throw notUtf8("byte " + i + " is zero, as in UTF-16 or UTF-32");
            }
        }
    }

    private static JsonParseException notUtf8(String detail) {
        return new JsonParseException((JsonParser) null, "Input is not UTF-8: " + detail);
    }

    /**
     * Strict duplicate detection reports in the parser; the contract is a mismatch whose path ends with the
     * key. {@code outer} is the path databind had reached, if it wrapped the parser's exception.
     */
    private static JacksonException duplicateAsMismatch(JsonParseException e, List<JsonMappingException.Reference> outer) {
        String message = e.getOriginalMessage();
        JsonParser p = e.getProcessor();
        if (message == null || !message.startsWith("Duplicate field") || p == null) {
            return e;
        }
        MismatchedInputException mismatch = MismatchedInputException.from(p, (Class<?>) null, message);
        mismatch.initCause(e);
        String key = message.substring(message.indexOf('\'') + 1, message.lastIndexOf('\''));
        if (!outer.isEmpty()) {
            mismatch.prependPath(new JsonMappingException.Reference(null, key));
            for (int i = outer.size() - 1; i >= 0; i--) {
                mismatch.prependPath(outer.get(i));
            }
            return mismatch;
        }
        List<JsonMappingException.Reference> path = new ArrayList<>();
        for (JsonStreamContext ctx = p.getParsingContext(); ctx != null && !ctx.inRoot(); ctx = ctx.getParent()) {
            path.add(ctx.inArray() ? new JsonMappingException.Reference(null, ctx.getCurrentIndex())
                    : new JsonMappingException.Reference(null, ctx.getCurrentName()));
        }
        path.forEach(mismatch::prependPath);
        return mismatch;
    }
}
