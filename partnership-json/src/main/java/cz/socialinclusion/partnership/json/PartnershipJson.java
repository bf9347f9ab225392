package cz.socialinclusion.partnership.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.json.internal.DirectDossierReader;
import cz.socialinclusion.partnership.json.internal.LineIndenter;
import cz.socialinclusion.partnership.json.internal.Refusals;
import cz.socialinclusion.partnership.json.internal.StrictParser;
import cz.socialinclusion.partnership.json.internal.Utf8Input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads and writes dossiers safely: a mapper with {@link PartnershipModule} and strict settings for
 * untrusted input, and one canonical output.
 *
 * <p>Strict reading ({@link #readDossier}): an unknown property, a missing or null required value, a value of
 * the wrong JSON type (no coercion of scalars: {@code 12} is not the name {@code "12"}, {@code 1.0} not the
 * integer 1), trailing tokens after the document and a key given twice in one object are each a
 * {@link MismatchedInputException} (or subclass). A day must be {@code YYYY-MM-DD} within
 * {@link cz.socialinclusion.partnership.base.Limits}, a decimal within its digits, and text may hold no control
 * character (but tab and line feed), DEL or lone surrogate. The limits below, far under Jackson's defaults,
 * bound what a document can cost; input over them is a {@link StreamConstraintsException}, the document length
 * counted while reading, so that no more than {@link #MAX_DOCUMENT_LENGTH} + 1 bytes are ever read. Bytes
 * that are not strict UTF-8 (overlong, encoded surrogates, cut short, UTF-16 or UTF-32) are a
 * {@link JsonParseException} that names the byte and its offset. Every refusal names the JSON path
 * ({@link #path(JacksonException)}) and the line and column, and no Java class. So every bad input is a
 * {@link JacksonException}; reading from a stream or file may also fail with its {@link IOException}.
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

    /** The JSON shapes the strict mapper never turns into a value of each logical type. */
    private static final Map<LogicalType, List<CoercionInputShape>> REFUSED_COERCIONS = Map.of(
            LogicalType.Textual, List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean),
            LogicalType.Integer, List.of(CoercionInputShape.Float, CoercionInputShape.String),
            LogicalType.Enum, List.of(CoercionInputShape.Integer, CoercionInputShape.EmptyString),
            LogicalType.Boolean, List.of(CoercionInputShape.Integer, CoercionInputShape.String),
            LogicalType.Collection, List.of(CoercionInputShape.EmptyString, CoercionInputShape.String),
            LogicalType.POJO, List.of(CoercionInputShape.EmptyString, CoercionInputShape.String));

    /** The first segment of a canonical output, in bytes; a dossier of the five pages takes 10–21 KB. */
    private static final int CANONICAL_FIRST_SEGMENT = 16 * 1024;
    private static final JsonMapper MAPPER = mapper(Locale.ENGLISH);
    private static final ObjectWriter CANONICAL = canonicalWriter(MAPPER);
    private static final ObjectReader DOSSIER = MAPPER.readerFor(Dossier.class);
    private static final DirectDossierReader DIRECT = new DirectDossierReader(MAPPER, MAX_DOCUMENT_LENGTH,
            MAX_NESTING_DEPTH, MAX_STRING_LENGTH, MAX_NUMBER_LENGTH);
    /** The mapper's factory without duplicate detection: the dossier reader's own parser detects duplicates. */
    private static final JsonFactory READING = MAPPER.getFactory().rebuild()
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private PartnershipJson() {
    }

    /**
     * A new mapper with {@link PartnershipModule}, the strict settings and limits, and findings' messages in
     * {@code locale} (English unless Czech is asked for).
     *
     * @param locale the language of findings' messages
     * @return a new strict mapper
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
        JsonMapper.Builder builder = JsonMapper.builder(factory)
                .addModule(new PartnershipModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .defaultLocale(locale);
        REFUSED_COERCIONS.forEach((type, shapes) -> builder.withCoercionConfig(type,
                config -> shapes.forEach(shape -> config.setCoercion(shape, CoercionAction.Fail))));
        return builder.build();
    }

    /**
     * The strict mapper with English messages.
     *
     * @return the shared strict mapper, English messages
     */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /**
     * A writer of {@code mapper} that writes the canonical form.
     *
     * @param mapper the mapper to write with
     * @return a writer of the canonical form
     */
    public static ObjectWriter canonicalWriter(JsonMapper mapper) {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(LineIndenter.INSTANCE);
        printer.indentArraysWith(LineIndenter.INSTANCE);
        return mapper.writer(printer);
    }

    /**
     * Reads a dossier from UTF-8 bytes. The fastest way in: a well-formed document is read straight from the
     * array (keys compared as bytes, texts made from their bytes with the UTF-8 check, every record built by the
     * same constructor and every id, day and amount by the same parse function as from a stream), and anything
     * else through Jackson's parser, so that the dossier, or the refusal with its JSON path, line and column, is
     * the same as from a stream of the same bytes.
     *
     * @param json the document
     * @return the dossier
     * @throws JacksonException if the input is not a valid dossier, as described on the class
     */
    public static Dossier readDossier(byte[] json) throws JacksonException {
        Objects.requireNonNull(json, "json");
        // Most documents are read straight from their bytes; whatever that reader is not sure of (any input
        // it declines, refusals included) is read below, by the parser.
        Dossier direct = DIRECT.read(json);
        if (direct != null) {
            return direct;
        }
        try {
            // The bytes are all here: checked in one pass, the parser reads the array itself. A document that is
            // refused is read again through the checking stream, which stops the parser at the refused byte, so
            // that the refusal is the same, JSON path included, as when reading a stream.
            Utf8Input whole = new Utf8Input(InputStream.nullInputStream(), MAX_DOCUMENT_LENGTH);
            if (whole.acceptsWhole(json)) {
                return read(whole, json);
            }
            return read(new ByteArrayInputStream(json));
        } catch (JacksonException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("reading a byte array failed", e);
        }
    }

    /**
     * Reads a dossier from a stream of UTF-8 bytes, taking at most {@link #MAX_DOCUMENT_LENGTH} + 1 bytes from
     * it whatever it is (a pipe, a device that never ends). The stream is read to the end of the document and
     * is not closed.
     *
     * @param in the stream
     * @return the dossier
     * @throws JacksonException if the input is not a valid dossier
     * @throws IOException      if reading the stream fails
     */
    public static Dossier readDossier(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        return read(in);
    }

    /**
     * Reads a dossier file, taking at most {@link #MAX_DOCUMENT_LENGTH} + 1 bytes from it (it need not be a
     * regular file).
     *
     * @param file the file
     * @return the dossier
     * @throws JacksonException if the file is not a valid dossier
     * @throws IOException      if reading the file fails
     */
    public static Dossier readDossier(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    private static Dossier read(InputStream in) throws IOException {
        return read(new Utf8Input(in, MAX_DOCUMENT_LENGTH), null);
    }

    /** Reads {@code input}, or {@code checkedWhole} if it holds the whole document, already checked by it. */
    private static Dossier read(Utf8Input input, byte[] checkedWhole) throws IOException {
        JsonParser parser = null;
        try {
            // Creating a parser of a stream already reads the first bytes, to tell the encoding: they are checked too.
            parser = new StrictParser(checkedWhole != null ? READING.createParser(checkedWhole)
                    : READING.createParser(input), input);
            Dossier dossier = DOSSIER.readValue(parser);
            if (dossier == null) {
                throw Refusals.mismatch(List.of(), "The document is null, not a dossier", parser.currentLocation());
            }
            return dossier;
        } catch (IOException | RuntimeException e) {
            throw Refusals.of(e, parser);
        } finally {
            if (parser != null) {
                parser.close();
            }
        }
    }

    /**
     * The JSON path of a refused input as text, such as {@code $.partnership.memberships[0].member.name};
     * {@code $} for the document itself.
     *
     * @param e a refusal of databind
     * @return the JSON path, such as {@code $.partnership.name}
     */
    public static String path(JsonMappingException e) {
        return Refusals.pathText(e.getPath());
    }

    /**
     * The JSON path of any refusal of {@link #readDossier}, as {@link #path(JsonMappingException)} gives it:
     * the parser's refusals (bytes that are not UTF-8, broken syntax) and the limits have one too; {@code $}
     * for an exception that does not come from a read.
     *
     * @param e a refusal of {@link #readDossier}
     * @return the JSON path, such as {@code $.partnership.name}
     */
    public static String path(JacksonException e) {
        if (e instanceof JsonMappingException mapping) {
            return path(mapping);
        }
        if (e instanceof Refusals.Located located) {
            return Refusals.pathText(located.jsonPath());
        }
        return "$";
    }

    /**
     * The canonical UTF-8 bytes of a dossier, ending with a newline.
     *
     * @param dossier the dossier
     * @return its canonical UTF-8 bytes
     */
    public static byte[] writeDossier(Dossier dossier) {
        return writeCanonical(dossier);
    }

    /**
     * The canonical UTF-8 bytes of any value the module writes (a report, a schedule…), ending with a newline.
     *
     * @param value a value the module writes
     * @return its canonical UTF-8 bytes
     */
    public static byte[] writeCanonical(Object value) {
        Objects.requireNonNull(value, "value");
        // Jackson's own builder, as writeValueAsBytes uses: segments, not one array grown and copied as it fills.
        try (ByteArrayBuilder out = new ByteArrayBuilder(CANONICAL_FIRST_SEGMENT)) {
            CANONICAL.writeValue(out, value);
            out.append('\n');
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
    }
}
