package cz.socialinclusion.partnership.jackson3;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.jackson3.internal.Refusals;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads and writes dossiers with Jackson 3, safely: the counterpart of {@code PartnershipJson} of the Jackson 2
 * module {@code partnership-json}, with the same format, the same canonical bytes and the same refusals.
 *
 * <p>Strict reading: an unknown property, a property given twice, a missing or null required value, a value
 * of the wrong JSON type (no coercion: {@code 12} is not the name {@code "12"}, {@code 1.0} not the format
 * version {@code 1}), a day not written {@code YYYY-MM-DD} or outside the model's
 * {@link cz.socialinclusion.partnership.base.Limits}, a decimal or text the limits refuse, bytes that are not strict
 * UTF-8 (an overlong form such as {@code C0 80}, UTF-16, UTF-32), trailing tokens after the document, and input
 * over the limits below are each refused with an unchecked {@link JacksonException} whose
 * {@link JacksonException#getPath() path} names where in the document it is ({@link #path} gives it as text,
 * such as {@code $.partnership.memberships[0].member.name}) and whose location names the line and column.
 * The messages are the Jackson 2 module's format: what is wrong, then
 * {@code "\n at $.partnership.memberships[0].member.name (line 24, column 19)"}, and no Java class name.
 *
 * <p>Canonical writing: UTF-8, two-space indentation, {@code "\n"} line ends, {@code "name": value}, one array
 * element a line, properties in the order of the model, ending with a newline. Writing what was read from a
 * canonical file gives the file byte for byte.
 *
 * <p>Immutable and thread-safe.
 */
public final class PartnershipJackson3 {

    /** Deepest nesting of objects and arrays accepted; a dossier needs about 20. */
    public static final int MAX_NESTING_DEPTH = 48;
    /** Longest string accepted, in characters: a model text is at most 100,000. */
    public static final int MAX_STRING_LENGTH = 200_000;
    /** Longest number accepted, in characters. */
    public static final int MAX_NUMBER_LENGTH = 64;
    /** Largest document accepted, in bytes (32 MiB). */
    public static final long MAX_DOCUMENT_LENGTH = 32L * 1024 * 1024;

    /** The four limits above, as the parser takes them. */
    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
            .build();
    private static final JsonMapper MAPPER = mapper();
    private static final ObjectWriter CANONICAL = canonicalWriter(MAPPER);

    private PartnershipJackson3() {
    }

    /**
     * A new mapper with {@link PartnershipModule}, unknown properties refused, trailing tokens refused, and the
     * limits above.
     *
     * @return a new strict mapper
     */
    public static JsonMapper mapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(LIMITS)
                // Messages name the line and column, and quote nothing of the document.
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .errorReportConfiguration(ErrorReportConfiguration.builder().maxRawContentLength(0).build())
                .build();
        return JsonMapper.builder(factory)
                .addModule(new PartnershipModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    /**
     * A writer of {@code mapper} that writes the canonical form (without the final newline
     * {@link #writeDossier} adds).
     *
     * @param mapper a mapper with {@link PartnershipModule}
     * @return the canonical writer
     */
    public static ObjectWriter canonicalWriter(JsonMapper mapper) {
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return mapper.writer().with(new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter));
    }

    /**
     * The canonical UTF-8 bytes of a dossier, ending with a newline.
     *
     * @param dossier the dossier
     * @return its canonical bytes
     */
    public static byte[] writeDossier(Dossier dossier) {
        Objects.requireNonNull(dossier, "dossier");
        byte[] json = CANONICAL.writeValueAsBytes(dossier);
        byte[] withNewline = Arrays.copyOf(json, json.length + 1);
        withNewline[json.length] = '\n';
        return withNewline;
    }

    /**
     * Reads a dossier from UTF-8 bytes.
     *
     * @param json the document
     * @return the dossier
     * @throws JacksonException if the input is not a valid dossier, as described on the class
     */
    public static Dossier readDossier(byte[] json) {
        Objects.requireNonNull(json, "json");
        if (json.length > MAX_DOCUMENT_LENGTH) {
            throw Refusals.clean(tooLong(json, json.length));
        }
        try {
            requireUtf8(json);
        } catch (JacksonException e) {
            throw Refusals.clean(e);
        }
        JsonParser p = MAPPER.createParser(json);
        try (p) {
            Dossier dossier = MAPPER.readValue(p, Dossier.class);
            if (dossier == null) {
                throw MismatchedInputException.from(p, Dossier.class, "The document is null, not a dossier");
            }
            JsonToken trailing = p.nextToken();
            if (trailing != null) {
                throw MismatchedInputException.from(p, Dossier.class, "Trailing token (" + trailing
                        + ") after the dossier: a document holds one dossier");
            }
            return dossier;
        } catch (JacksonException e) {
            throw Refusals.clean(withPath(e, p));
        }
    }

    /**
     * Reads a dossier from a stream of UTF-8 bytes, at most {@link #MAX_DOCUMENT_LENGTH} of them, counted while
     * reading. The stream is read to its end (or to the limit) but not closed.
     *
     * @param in the stream
     * @return the dossier
     * @throws JacksonException if the input is not a valid dossier or is longer than the limit
     * @throws IOException      if reading the stream fails
     */
    public static Dossier readDossier(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            bytes.write(buffer, 0, n);
            if (bytes.size() > MAX_DOCUMENT_LENGTH) {
                throw Refusals.clean(tooLong(bytes.toByteArray(), bytes.size()));
            }
        }
        return readDossier(bytes.toByteArray());
    }

    /**
     * Reads a dossier file, at most {@link #MAX_DOCUMENT_LENGTH} bytes of it, counted while reading.
     *
     * @param file the file
     * @return the dossier
     * @throws JacksonException if the file is not a valid dossier or is longer than the limit
     * @throws IOException      if reading the file fails
     */
    public static Dossier readDossier(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return readDossier(in);
        }
    }

    /**
     * The JSON path of a refused input as text, such as {@code $.partnership.memberships[0].member.name};
     * {@code $} for the document itself.
     *
     * @param e an exception of reading
     * @return its path
     */
    public static String path(JacksonException e) {
        return Refusals.pathText(e.getPath());
    }

    /** The refusal of a document over the size limit, with the path and line the parser reaches at the limit. */
    private static StreamConstraintsException tooLong(byte[] json, long length) {
        JsonParser p = readUpTo(json, (int) MAX_DOCUMENT_LENGTH);
        StreamConstraintsException e = new StreamConstraintsException("Document length " + length
                + " exceeds the maximum allowed (" + MAX_DOCUMENT_LENGTH + " bytes)", p.currentLocation());
        List<JacksonException.Reference> path = pathOf(p.streamReadContext());
        for (int i = path.size() - 1; i >= 0; i--) {
            e.prependPath(path.get(i));
        }
        return e;
    }

    /** A parser that has read the first {@code end} bytes of {@code json}, as far as it could; closed. */
    private static JsonParser readUpTo(byte[] json, int end) {
        JsonParser p = MAPPER.createParser(json, 0, end);
        try (p) {
            while (p.nextToken() != null) {
                // Only the position matters.
            }
        } catch (JacksonException expected) {
            // The prefix ends inside a value, or breaks a rule before its end: the parser stands there.
        }
        return p;
    }

    /**
     * The parser refuses syntax, limits and characters without a path; the path is where the parser was, so
     * that every refusal names it.
     */
    private static JacksonException withPath(JacksonException e, JsonParser p) {
        if (e instanceof DatabindException || !e.getPath().isEmpty()) {
            return e;
        }
        JacksonException located = e;
        if (e instanceof StreamConstraintsException && e.getLocation() == null) {
            located = new StreamConstraintsException(e.getOriginalMessage(), p.currentLocation());
        }
        List<JacksonException.Reference> path = pathOf(p.streamReadContext());
        for (int i = path.size() - 1; i >= 0; i--) {
            located.prependPath(path.get(i));
        }
        return located;
    }

    private static List<JacksonException.Reference> pathOf(TokenStreamContext context) {
        List<JacksonException.Reference> path = new ArrayList<>();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                path.add(0, new JacksonException.Reference(List.class, Math.max(c.getCurrentIndex(), 0)));
            } else if (c.currentName() != null) {
                path.add(0, new JacksonException.Reference(Map.class, c.currentName()));
            }
        }
        return path;
    }

    /**
     * Refuses bytes that are not strict UTF-8 (overlong forms, encoded surrogates, UTF-16 and UTF-32), which the
     * parser would otherwise read, with the path and line of the first bad byte.
     */
    private static void requireUtf8(byte[] json) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(json);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                throw notUtf8(json, in.position(), result.length());
            }
            if (result.isUnderflow()) {
                return;
            }
            out.clear();
        }
    }

    private static StreamReadException notUtf8(byte[] json, int offset, int length) {
        StringBuilder bytes = new StringBuilder();
        for (int i = offset; i < Math.min(offset + Math.max(length, 1), json.length); i++) {
            bytes.append(bytes.isEmpty() ? "" : " ").append(String.format("%02X", json[i] & 0xFF));
        }
        // Read up to the bad byte, to know where in the document it is.
        JsonParser p = readUpTo(json, offset);
        StreamReadException e = new StreamReadException(p, "Input is not UTF-8: invalid byte sequence " + bytes
                + " at byte " + offset, p.currentLocation());
        List<JacksonException.Reference> path = pathOf(p.streamReadContext());
        for (int i = path.size() - 1; i >= 0; i--) {
            e.prependPath(path.get(i));
        }
        return e;
    }
}
