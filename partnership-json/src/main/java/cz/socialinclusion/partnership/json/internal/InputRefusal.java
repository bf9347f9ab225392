package cz.socialinclusion.partnership.json.internal;

import com.fasterxml.jackson.core.JacksonException;

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
    private final long byteOffset;
    private final int line;
    private final int column;
    private final transient JacksonException refusal;

    InputRefusal(Kind kind, String message, long byteOffset, int line, int column) {
        super(message);
        this.kind = kind;
        this.byteOffset = byteOffset;
        this.line = line;
        this.column = column;
        this.refusal = null;
    }

    InputRefusal(JacksonException refusal) {
        super(refusal.getOriginalMessage());
        this.kind = Kind.BUILT;
        this.byteOffset = -1;
        this.line = -1;
        this.column = -1;
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
     * The offset of the refused byte from the start of the document, counting from 0.
     *
     * @return the byte offset
     */
    public long byteOffset() {
        return byteOffset;
    }

    /**
     * The line of the refused byte, counting from 1.
     *
     * @return the line
     */
    public int line() {
        return line;
    }

    /**
     * The column (in characters) of the refused byte, counting from 1.
     *
     * @return the column
     */
    public int column() {
        return column;
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
