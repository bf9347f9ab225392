package cz.socialinclusion.partnership.jackson3.internal;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        TokenStreamLocation at = e.getLocation();
        JacksonException rebuilt;
        if (e instanceof UnrecognizedPropertyException u) {
            rebuilt = new Unrecognized(message, at, u.getReferringClass(), u.getPropertyName(), u.getKnownPropertyIds());
        } else if (e instanceof InvalidTypeIdException t) {
            rebuilt = new TypeId(message, at, t.getBaseType(), t.getTypeId());
        } else if (e instanceof InvalidFormatException f) {
            rebuilt = new Format(message, at, f.getValue(), f.getTargetType());
        } else if (e instanceof ValueInstantiationException v) {
            rebuilt = new Instantiation(message, at, v.getType(), v.getCause());
        } else if (e instanceof MismatchedInputException m) {
            rebuilt = new Mismatch(message, at, m.getTargetType());
        } else if (e instanceof StreamConstraintsException) {
            rebuilt = new Limit(message, at);
        } else {
            rebuilt = new Syntax(message, at);
        }
        if (rebuilt.getCause() == null && e.getCause() != null) {
            ((Clean) rebuilt).because(e.getCause());
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
        StringBuilder text = new StringBuilder("$");
        for (JacksonException.Reference ref : path) {
            if (ref.getPropertyName() != null) {
                text.append('.').append(ref.getPropertyName());
            } else {
                text.append('[').append(Math.max(ref.getIndex(), 0)).append(']');
            }
        }
        return text.toString();
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
        /** Sets the cause, which Jackson's constructors may already have fixed as none. */
        void because(Throwable cause);
    }

    /** A refused value of a type the reader expects. */
    static final class Mismatch extends MismatchedInputException implements Clean {
        private static final long serialVersionUID = 1L;
        private transient Throwable because;

        @Override
        public synchronized Throwable getCause() {
            return because != null ? because : super.getCause();
        }

        @Override
        public void because(Throwable cause) {
            because = cause;
        }

        Mismatch(String message, TokenStreamLocation at, Class<?> type) {
            super(null, message, at);
            _targetType = type;
        }

        @Override
        protected String _buildMessage() {
            return describe(this, null);
        }
    }

    /** Text the reader refuses. */
    static final class Format extends InvalidFormatException implements Clean {
        private static final long serialVersionUID = 1L;
        private transient Throwable because;

        @Override
        public synchronized Throwable getCause() {
            return because != null ? because : super.getCause();
        }

        @Override
        public void because(Throwable cause) {
            because = cause;
        }

        Format(String message, TokenStreamLocation at, Object value, Class<?> type) {
            super(null, message, value, type);
            _location = at;
        }

        @Override
        protected String _buildMessage() {
            return describe(this, null);
        }
    }

    /** An unknown property. */
    static final class Unrecognized extends UnrecognizedPropertyException implements Clean {
        private static final long serialVersionUID = 1L;
        private transient Throwable because;

        @Override
        public synchronized Throwable getCause() {
            return because != null ? because : super.getCause();
        }

        @Override
        public void because(Throwable cause) {
            because = cause;
        }

        Unrecognized(String message, TokenStreamLocation at, Class<?> type, String name, Collection<Object> known) {
            super(null, message, at, type, name, known);
        }

        @Override
        protected String _buildMessage() {
            return describe(this, messageSuffix());
        }
    }

    /** An unknown {@code "type"} of a member or participant. */
    static final class TypeId extends InvalidTypeIdException implements Clean {
        private static final long serialVersionUID = 1L;
        private transient Throwable because;

        @Override
        public synchronized Throwable getCause() {
            return because != null ? because : super.getCause();
        }

        @Override
        public void because(Throwable cause) {
            because = cause;
        }

        TypeId(String message, TokenStreamLocation at, JavaType base, String typeId) {
            super(null, message, base, typeId);
            _location = at;
        }

        @Override
        protected String _buildMessage() {
            return describe(this, null);
        }
    }

    /** An invariant the model refuses. */
    static final class Instantiation extends ValueInstantiationException implements Clean {
        private static final long serialVersionUID = 1L;
        private transient Throwable because;

        @Override
        public synchronized Throwable getCause() {
            return because != null ? because : super.getCause();
        }

        @Override
        public void because(Throwable cause) {
            because = cause;
        }

        Instantiation(String message, TokenStreamLocation at, JavaType type, Throwable cause) {
            super(null, message, type, cause);
            _location = at;
        }

        @Override
        protected String _buildMessage() {
            return describe(this, null);
        }
    }

    /** Bytes that are not UTF-8, or not JSON. */
    static final class Syntax extends StreamReadException implements Clean {
        private static final long serialVersionUID = 1L;
        private transient Throwable because;

        @Override
        public synchronized Throwable getCause() {
            return because != null ? because : super.getCause();
        }

        @Override
        public void because(Throwable cause) {
            because = cause;
        }

        Syntax(String message, TokenStreamLocation at) {
            super(null, message, at);
        }

        @Override
        protected String _buildMessage() {
            return describe(this, null);
        }
    }

    /** Input over one of the reader's limits. */
    static final class Limit extends StreamConstraintsException implements Clean {
        private static final long serialVersionUID = 1L;
        private transient Throwable because;

        @Override
        public synchronized Throwable getCause() {
            return because != null ? because : super.getCause();
        }

        @Override
        public void because(Throwable cause) {
            because = cause;
        }

        Limit(String message, TokenStreamLocation at) {
            super(message, at);
        }

        @Override
        protected String _buildMessage() {
            return describe(this, null);
        }
    }
}
