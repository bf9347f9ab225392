package cz.socialinclusion.partnership.json.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import java.io.CharConversionException;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns whatever refused a document into the documented exception, with a message a user can read: the
 * same Jackson exception type, the JSON path (also for the parser's own refusals and the limits, which
 * Jackson gives none), the line and column, and no Java class name (Jackson names types by class:
 * {@code `java.lang.String`}, {@code cz.socialinclusion.partnership.Partnership["name"]}).
 *
 * <p>Every message ends with {@code at $.path.of.the.field (line L, column C)}.
 */
public final class Refusals {

    private static final Pattern BACKTICKED = Pattern.compile("`([A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*)(?:<[^`]*>)?(\\[\\])?`");
    private static final Pattern CLASS = Pattern.compile("\\(class ([A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)+)\\)");
    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^;\\]]*(?:\\([^)]*\\))?; ");
    private static final Pattern TOKEN = Pattern.compile(" \\(token `JsonToken\\.[A-Z_]+`\\)");
    private static final Pattern COERCION = Pattern.compile(" \\(but (?:could|might) if coercion[^)]*\\)");
    private static final Pattern ADVICE = Pattern.compile(": (?:disable|enable) [A-Za-z.]*Feature\\.[A-Z_]+ to allow");
    private static final Pattern SIMPLE_TYPE = Pattern.compile("\\[simple type, class ([A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*)\\]");
    private static final Pattern OTHER_CLASS = Pattern.compile("(?<=class )([A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)+)");

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("java.lang.String", "text"),
            Map.entry("int", "integer"),
            Map.entry("java.lang.Integer", "integer"),
            Map.entry("long", "integer"),
            Map.entry("java.lang.Long", "integer"),
            Map.entry("boolean", "boolean"),
            Map.entry("java.lang.Boolean", "boolean"),
            Map.entry("java.math.BigDecimal", "decimal"),
            Map.entry("java.util.List", "list"),
            Map.entry("java.util.ArrayList", "list"),
            Map.entry("java.util.Set", "list"),
            Map.entry("java.util.Collection", "list"),
            Map.entry("java.lang.Object", "value"),
            Map.entry("java.time.LocalDate", "day"),
            Map.entry("java.time.Period", "length"),
            Map.entry("org.threeten.extra.YearQuarter", "quarter"),
            Map.entry("org.threeten.extra.LocalDateRange", "period"),
            Map.entry(DossierDocument.class.getName(), "Dossier"));

    private Refusals() {
    }

    /** A refusal that knows its JSON path though it is not a {@link JsonMappingException}. */
    public interface Located {
        /**
         * The JSON path of the refused input, from the document down.
         *
         * @return the references, from the document down
         */
        List<JsonMappingException.Reference> jsonPath();
    }

    /**
     * The documented exception for {@code thrown}, which reading through {@code parser} raised: a refusal of
     * the input is rebuilt with its path and a clean message; an {@link IOException} of the source itself is
     * rethrown as it is. {@code parser} is null if creating it failed.
     *
     * @param thrown what reading threw
     * @param parser the parser that read, or null
     * @return the refusal to throw
     * @throws IOException if the source itself failed
     */
    public static JacksonException of(Throwable thrown, JsonParser parser) throws IOException {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof InputRefusal refusal) {
                return fromInput(refusal, parser);
            }
            if (t instanceof IOException io && !(t instanceof JacksonException) && !(t instanceof CharConversionException)) {
                throw io;
            }
        }
        if (thrown instanceof JsonMappingException mapping) {
            Throwable cause = mapping.getCause();
            if (cause instanceof JacksonException parse && !(cause instanceof JsonMappingException)
                    || cause instanceof CharConversionException) {
                return fromParser(cause, parser);
            }
            return clean(mapping);
        }
        if (thrown instanceof JacksonException || thrown instanceof CharConversionException) {
            return fromParser(thrown, parser);
        }
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(thrown);
    }

    private static JacksonException fromInput(InputRefusal refusal, JsonParser parser) {
        return refusal.refusal(parser == null ? List.of() : StrictParser.path(parser.getParsingContext()));
    }

    private static JacksonException fromParser(Throwable problem, JsonParser parser) {
        JsonLocation at = problem instanceof JacksonException jackson && jackson.getLocation() != null
                ? jackson.getLocation() : parser == null ? null : parser.currentLocation();
        String message = cleanText(problem instanceof JacksonException jackson
                ? jackson.getOriginalMessage() : problem.getMessage());
        List<JsonMappingException.Reference> path = parser == null ? List.of() : StrictParser.path(parser.getParsingContext());
        if (problem instanceof StreamConstraintsException) {
            return (JacksonException) new Limit(message, at, path).initCause(problem);
        }
        if (problem instanceof InputCoercionException) {
            return (JacksonException) mismatch(path, message, at).initCause(problem);
        }
        return new Syntax(message, at, path, problem);
    }

    /**
     * The same refusal with a clean message, keeping its type, path, location and cause.
     *
     * @param e a refusal of databind
     * @return the refusal with a clean message
     */
    public static JsonMappingException clean(JsonMappingException e) {
        if (e instanceof Clean) {  // already rebuilt
            return e;
        }
        String message = cleanText(e.getOriginalMessage());
        JsonLocation at = e.getLocation();
        JsonMappingException rebuilt;
        if (e instanceof UnrecognizedPropertyException u) {
            rebuilt = new Unrecognized(message, at, u.getReferringClass(), u.getPropertyName(), u.getKnownPropertyIds());
        } else if (e instanceof InvalidTypeIdException t) {
            rebuilt = new TypeId(message, at, t.getBaseType(), t.getTypeId());
        } else if (e instanceof InvalidFormatException f) {
            rebuilt = new Format(message, at, f.getValue(), f.getTargetType());
        } else if (e instanceof MismatchedInputException m) {
            rebuilt = new Mismatch(message, at, m.getTargetType());
        } else if (e instanceof ValueInstantiationException v) {
            rebuilt = new Instantiation(message, at, v.getType());
        } else {
            rebuilt = new Mapping(message, at);
        }
        if (e.getCause() != null) {  // an unrecognized property has none: Jackson fixes it as none
            rebuilt.initCause(e.getCause());
        }
        prepend(rebuilt, e.getPath());
        return rebuilt;
    }

    /**
     * A {@link MismatchedInputException} at {@code path}.
     *
     * @param path the JSON path
     * @param message what is wrong
     * @param at where in the document
     * @return the refusal
     */
    public static MismatchedInputException mismatch(List<JsonMappingException.Reference> path, String message,
                                                    JsonLocation at) {
        Mismatch e = new Mismatch(message, at, null);
        prepend(e, path);
        return e;
    }

    /**
     * An {@link InvalidFormatException} for the text {@code value} at {@code path}.
     *
     * @param path the JSON path
     * @param message what is wrong
     * @param at where in the document
     * @param value the refused text
     * @return the refusal
     */
    public static InvalidFormatException format(List<JsonMappingException.Reference> path, String message,
                                                JsonLocation at, String value) {
        Format e = new Format(message, at, value, String.class);
        prepend(e, path);
        return e;
    }

    private static void prepend(JsonMappingException e, List<JsonMappingException.Reference> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            e.prependPath(path.get(i));
        }
    }

    /**
     * A message with every Java class name Jackson puts in it replaced by the name of what it stands for.
     *
     * @param message a message of Jackson
     * @return the message without class names
     */
    public static String cleanText(String message) {
        if (message == null) {
            return "";
        }
        String text = COERCION.matcher(message).replaceAll("");
        text = ADVICE.matcher(text).replaceAll("");
        text = TOKEN.matcher(text).replaceAll("");
        text = SOURCE.matcher(text).replaceAll("[");
        text = replace(BACKTICKED, text, "`", "`");
        text = replace(SIMPLE_TYPE, text, "`", "`");
        text = replace(CLASS, text, "(in ", ")");
        return replace(OTHER_CLASS, text, "", "");
    }

    private static String replace(Pattern pattern, String text, String before, String after) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = word(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(before + word + after));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String word(String className) {
        String known = WORDS.get(className);
        if (known != null) {
            return known;
        }
        String simple = className.substring(className.lastIndexOf('.') + 1);
        return simple.substring(simple.lastIndexOf('$') + 1);
    }

    /**
     * The path as text: {@code $.partnership.memberships[0].member.name}; {@code $} for the document.
     *
     * @param path the references, from the document down
     * @return the path as text
     */
    public static String pathText(List<JsonMappingException.Reference> path) {
        StringBuilder text = new StringBuilder("$");
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                text.append('.').append(ref.getFieldName());
            } else {
                text.append('[').append(Math.max(ref.getIndex(), 0)).append(']');
            }
        }
        return text.toString();
    }

    static String describe(String message, List<JsonMappingException.Reference> path, JsonLocation at) {
        StringBuilder text = new StringBuilder(message).append("\n at ").append(pathText(path));
        if (at != null && at.getLineNr() > 0) {
            text.append(" (line ").append(at.getLineNr()).append(", column ").append(at.getColumnNr()).append(')');
        }
        return text.toString();
    }

    /** Marks the rebuilt exceptions, whose message is already clean. */
    private interface Clean {
    }

    /*
     * The rebuilt refusals take the location after Jackson's constructor: each of Jackson 2's constructors that
     * takes one also fixes the cause as none, and the cause is set after construction (Throwable.initCause).
     * Their message is the documented one: Jackson's getMessage and getLocalizedMessage call _buildMessage.
     */

    /** A refused value of a type the reader expects. */
    public static final class Mismatch extends MismatchedInputException implements Clean {
        private static final long serialVersionUID = 1L;

        Mismatch(String message, JsonLocation at, Class<?> type) {
            super(null, message, type);
            _location = at;
        }

        @Override
        protected String _buildMessage() {
            return describe(getOriginalMessage(), getPath(), getLocation());
        }
    }

    /** Text the reader refuses. */
    public static final class Format extends InvalidFormatException implements Clean {
        private static final long serialVersionUID = 1L;

        Format(String message, JsonLocation at, Object value, Class<?> type) {
            super(null, message, value, type);
            _location = at;
        }

        @Override
        protected String _buildMessage() {
            return describe(getOriginalMessage(), getPath(), getLocation());
        }
    }

    /** An unknown property (Jackson never gives it a cause). */
    public static final class Unrecognized extends UnrecognizedPropertyException implements Clean {
        private static final long serialVersionUID = 1L;

        Unrecognized(String message, JsonLocation at, Class<?> type, String name, Collection<Object> known) {
            super(null, message, at, type, name, known);
        }

        @Override
        protected String _buildMessage() {
            String known = getMessageSuffix();
            return describe(getOriginalMessage() + (known == null ? "" : known), getPath(), getLocation());
        }
    }

    /** An unknown {@code "type"}. */
    public static final class TypeId extends InvalidTypeIdException implements Clean {
        private static final long serialVersionUID = 1L;

        TypeId(String message, JsonLocation at, JavaType base, String typeId) {
            super(null, message, base, typeId);
            _location = at;
        }

        @Override
        protected String _buildMessage() {
            return describe(getOriginalMessage(), getPath(), getLocation());
        }
    }

    /** An invariant the model refuses. */
    public static final class Instantiation extends ValueInstantiationException implements Clean {
        private static final long serialVersionUID = 1L;

        Instantiation(String message, JsonLocation at, JavaType type) {
            super(null, message, type);
            _location = at;
        }

        @Override
        protected String _buildMessage() {
            return describe(getOriginalMessage(), getPath(), getLocation());
        }
    }

    /** Any other refusal of databind. */
    public static final class Mapping extends JsonMappingException implements Clean {
        private static final long serialVersionUID = 1L;

        Mapping(String message, JsonLocation at) {
            super(null, message);
            _location = at;
        }

        @Override
        protected String _buildMessage() {
            return describe(getOriginalMessage(), getPath(), getLocation());
        }
    }

    /** Bytes that are not UTF-8, or not JSON. */
    public static final class Syntax extends JsonParseException implements Located, Clean {
        private static final long serialVersionUID = 1L;
        private final transient List<JsonMappingException.Reference> path;

        Syntax(String message, JsonLocation at, List<JsonMappingException.Reference> path) {
            this(message, at, path, null);
        }

        Syntax(String message, JsonLocation at, List<JsonMappingException.Reference> path, Throwable cause) {
            super(null, message, at, cause);
            this.path = List.copyOf(path);
        }

        @Override
        public List<JsonMappingException.Reference> jsonPath() {
            return path;
        }

        @Override
        public String getMessage() {
            return describe(getOriginalMessage(), path, getLocation());
        }
    }

    /** Input over one of the reader's limits. */
    public static final class Limit extends StreamConstraintsException implements Located, Clean {
        private static final long serialVersionUID = 1L;
        private final transient List<JsonMappingException.Reference> path;

        Limit(String message, JsonLocation at, List<JsonMappingException.Reference> path) {
            super(message);
            _location = at;
            this.path = List.copyOf(path);
        }

        @Override
        public List<JsonMappingException.Reference> jsonPath() {
            return path;
        }

        @Override
        public String getMessage() {
            return describe(getOriginalMessage(), path, getLocation());
        }
    }
}
