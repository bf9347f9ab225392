package cz.socialinclusion.partnership.jackson3.internal;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Gives every refusal of a dossier the message format of the Jackson 2 module (FORMAT.md of partnership-json):
 * what is wrong, then {@code "\n at $.path.of.the.field (line L, column C)"}, and no Java class name (Jackson
 * names types by class: {@code cz.socialinclusion.partnership.Partnership}, {@code `JsonToken.START_OBJECT`}).
 * The refusal keeps its Jackson type, path, location and cause. Not part of the public API.
 */
public final class Refusals {

    /** A back-quoted qualified name: {@code `java.lang.String`}, {@code `JsonToken.START_OBJECT`}. */
    private static final Pattern BACKTICKED = Pattern.compile("`(?:[A-Za-z_$][\\w$]*\\.)+([A-Za-z_$][\\w$]*)`");
    /** Jackson's {@code (class a.b.C)}. */
    private static final Pattern CLASS = Pattern.compile("\\(class (?:[A-Za-z_$][\\w$]*\\.)*([A-Za-z_$][\\w$]*)\\)");

    private Refusals() {
    }

    /**
     * The same refusal with a clean message in the documented format; its type, path, location and cause kept.
     *
     * @param e a refusal of reading
     * @return the refusal to throw
     */
    public static JacksonException clean(JacksonException e) {
        if (e instanceof Clean) {
            return e;
        }
        String message = cleanText(e.getOriginalMessage());
        JacksonException rebuilt;
        if (e instanceof UnrecognizedPropertyException u) {
            rebuilt = new Unrecognized(message, u);
        } else if (e instanceof InvalidTypeIdException t) {
            rebuilt = new TypeId(message, t);
        } else if (e instanceof InvalidFormatException f) {
            rebuilt = new Format(message, f);
        } else if (e instanceof ValueInstantiationException v) {
            rebuilt = new Instantiation(message, v);
        } else if (e instanceof MismatchedInputException m) {
            rebuilt = new Mismatch(message, m);
        } else if (e instanceof StreamConstraintsException c) {
            rebuilt = new Limit(message, c);
        } else {
            rebuilt = new Syntax(message, e);
        }
        if (e.getCause() != null) {  // an unrecognized property has none: Jackson fixes it as none
            rebuilt.initCause(e.getCause());
        }
        List<JacksonException.Reference> path = e.getPath();
        for (int i = path.size() - 1; i >= 0; i--) {
            rebuilt.prependPath(path.get(i));
        }
        return rebuilt;
    }

    /**
     * The path as text: {@code $.partnership.memberships[0].member.name}; {@code $} for the document.
     *
     * @param path the references, from the document down
     * @return the path as text
     */
    public static String pathText(List<JacksonException.Reference> path) {
        return path.stream()
                .map(ref -> ref.getPropertyName() != null
                        ? "." + ref.getPropertyName()
                        : "[" + Math.max(ref.getIndex(), 0) + "]")
                .collect(Collectors.joining("", "$", ""));
    }

    /**
     * A message of Jackson with every qualified class name replaced by the simple name of what it stands for.
     *
     * @param message a message of Jackson
     * @return the message without qualified class names
     */
    static String cleanText(String message) {
        if (message == null) {
            return "";
        }
        String text = replace(BACKTICKED, message, "`", "`");
        return replace(CLASS, text, "(in ", ")");
    }

    private static String replace(Pattern pattern, String text, String before, String after) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(before + m.group(1) + after));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String describe(JacksonException e, String suffix) {
        StringBuilder text = new StringBuilder(e.getOriginalMessage());
        if (suffix != null) {
            text.append(suffix);
        }
        text.append("\n at ").append(pathText(e.getPath()));
        TokenStreamLocation at = e.getLocation();
        if (at != null && at.getLineNr() > 0) {
            text.append(" (line ").append(at.getLineNr()).append(", column ").append(at.getColumnNr()).append(')');
        }
        return text.toString();
    }

    /** Marks the rebuilt refusals, whose message is already clean. */
    private interface Clean {
    }

    /*
     * Each rebuilt refusal copies what its source carries but the message. It takes the location after Jackson's
     * constructor where the constructor that takes one would fix the cause as none: the cause is set after
     * construction (Throwable.initCause).
     */

    /** A refused value of a type the reader expects. */
    static final class Mismatch extends MismatchedInputException implements Clean {
        private static final long serialVersionUID = 1L;

        Mismatch(String message, MismatchedInputException source) {
            super(null, message, source.getTargetType());
            _location = source.getLocation();
        }

        @Override
        protected String _buildMessage() {
            return describe(this, null);
        }
    }

    /** Text the reader refuses. */
    static final class Format extends InvalidFormatException implements Clean {
        private static final long serialVersionUID = 1L;

        Format(String message, InvalidFormatException source) {
            super(null, message, source.getValue(), source.getTargetType());
            _location = source.getLocation();
        }

        @Override
        protected String _buildMessage() {
            return describe(this, null);
        }
    }

    /** An unknown property (Jackson never gives it a cause). */
    static final class Unrecognized extends UnrecognizedPropertyException implements Clean {
        private static final long serialVersionUID = 1L;

        Unrecognized(String message, UnrecognizedPropertyException source) {
            super(null, message, source.getLocation(), source.getReferringClass(), source.getPropertyName(),
                    source.getKnownPropertyIds());
        }

        @Override
        protected String _buildMessage() {
            return describe(this, messageSuffix());
        }
    }

    /** An unknown {@code "type"} of a member or participant. */
    static final class TypeId extends InvalidTypeIdException implements Clean {
        private static final long serialVersionUID = 1L;

        TypeId(String message, InvalidTypeIdException source) {
            super(null, message, source.getBaseType(), source.getTypeId());
            _location = source.getLocation();
        }

        @Override
        protected String _buildMessage() {
            return describe(this, null);
        }
    }

    /** An invariant the model refuses. */
    static final class Instantiation extends ValueInstantiationException implements Clean {
        private static final long serialVersionUID = 1L;

        Instantiation(String message, ValueInstantiationException source) {
            super(null, message, source.getType());
            _location = source.getLocation();
        }

        @Override
        protected String _buildMessage() {
            return describe(this, null);
        }
    }

    /** Bytes that are not UTF-8, or not JSON. */
    static final class Syntax extends StreamReadException implements Clean {
        private static final long serialVersionUID = 1L;

        Syntax(String message, JacksonException source) {
            super(null, message, source.getLocation());
        }

        @Override
        protected String _buildMessage() {
            return describe(this, null);
        }
    }

    /** Input over one of the reader's limits. */
    static final class Limit extends StreamConstraintsException implements Clean {
        private static final long serialVersionUID = 1L;

        Limit(String message, StreamConstraintsException source) {
            super(message);
            _location = source.getLocation();
        }

        @Override
        protected String _buildMessage() {
            return describe(this, null);
        }
    }
}
