package cz.socialinclusion.partnership.json.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.databind.JsonMappingException;

import java.io.IOException;
import java.util.List;

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
        /** A refusal built in full where it was found. */
        BUILT
    }

    private final Kind kind;
    private final transient JsonLocation location;
    private final transient JacksonException built;

    InputRefusal(Kind kind, String message, long byteOffset, int line, int column) {
        super(message);
        this.kind = kind;
        this.location = new JsonLocation(ContentReference.unknown(), byteOffset, -1, line, column);
        this.built = null;
    }

    InputRefusal(JacksonException refusal) {
        super(refusal.getOriginalMessage());
        this.kind = Kind.BUILT;
        this.location = refusal.getLocation();
        this.built = refusal;
    }

    /**
     * The documented exception to throw: the one built where the refusal was found, or else a
     * {@link Refusals.Limit} or {@link Refusals.Syntax} at the refused byte with {@code path}.
     *
     * @param path where the parser stood, from the document down
     * @return the refusal to throw
     */
    JacksonException refusal(List<JsonMappingException.Reference> path) {
        return switch (kind) {
            case BUILT -> built;
            case TOO_LONG -> new Refusals.Limit(Refusals.cleanText(getMessage()), location, path);
            case NOT_UTF8 -> new Refusals.Syntax(Refusals.cleanText(getMessage()), location, path);
        };
    }
}
