package cz.socialinclusion.partnership.json.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.io.ContentReference;

import java.io.IOException;

/**
 * Raised inside a read when the input breaks a rule the parser cannot see (bytes that are not UTF-8, a
 * document over the length limit) or that the reader checks token by token (a key given twice, a refused
 * character). It is a plain {@link IOException}, not a {@link JacksonException}, so that databind passes it
 * through instead of re-wrapping it; the reader turns it into the documented exception, or throws the one it
 * already carries.
 */
public final class InputRefusal extends IOException {

    private static final long serialVersionUID = 1L;

    /** What was refused. */
    public enum Kind {
        /** Bytes that are not UTF-8. */
        NOT_UTF8,
        /** A document longer than the limit. */
        TOO_LONG,
        /** A refusal built in full where it was found, carried in {@link #refusal()}. */
        BUILT
    }

    private final Kind kind;
    private final transient JsonLocation location;
    private final transient JacksonException refusal;

    InputRefusal(Kind kind, String message, long byteOffset, int line, int column) {
        super(message);
        this.kind = kind;
        this.location = new JsonLocation(ContentReference.unknown(), byteOffset, -1, line, column);
        this.refusal = null;
    }

    InputRefusal(JacksonException refusal) {
        super(refusal.getOriginalMessage());
        this.kind = Kind.BUILT;
        this.location = refusal.getLocation();
        this.refusal = refusal;
    }

    /**
     * What was refused.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Where the refused byte is: its offset from the start of the document (from 0), its line (from 1) and its
     * column in characters (from 1).
     *
     * @return where the refused byte is
     */
    public JsonLocation location() {
        return location;
    }

    /**
     * The refusal to throw, when it was built where it was found; null otherwise.
     *
     * @return the refusal, or null
     */
    public JacksonException refusal() {
        return refusal;
    }
}
