package cz.socialinclusion.partnership.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Locale;
import java.util.Objects;

/**
 * The bytes of a document as the parser reads them, checked on the way: strict UTF-8 (no overlong form, no
 * encoded surrogate, nothing above U+10FFFF, no truncated sequence, no NUL byte — which a JSON text never
 * holds and by which Jackson would guess UTF-16 or UTF-32), and at most {@code limit} bytes, counted while
 * reading, so that no more than {@code limit + 1} bytes are ever taken from the source, be it a pipe or an
 * endless device.
 *
 * <p>The bytes before a refused one are handed over first, so that the parser stands at the refused byte
 * when the next read throws {@link InputRefusal}: the reader then knows the JSON path as well as the byte
 * offset, line and column. Not thread-safe; the source is not closed.
 */
public final class Utf8Input extends InputStream {

    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long SPACE_UP = 0x60 * ONES;
    private static final long BACKSLASHES = '\\' * ONES;
    /** For each byte: how many continuation bytes follow it as a lead byte (C2..F4), 0 if it cannot lead. */
    private static final int[] FOLLOWING = new int[256];
    /** For each lead byte, the lowest first continuation byte: no overlong form. */
    private static final int[] FIRST_LOW = new int[256];
    /** For each lead byte, the highest first continuation byte: no encoded surrogate, nothing above U+10FFFF. */
    private static final int[] FIRST_HIGH = new int[256];

    static {
        for (int c = 0xC2; c <= 0xF4; c++) {
            FOLLOWING[c] = c <= 0xDF ? 1 : c <= 0xEF ? 2 : 3;
            FIRST_LOW[c] = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
            FIRST_HIGH[c] = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
        }
    }

    private final InputStream source;
    private final long limit;

    private long offset;
    private int line = 1;
    private int column = 1;
    /** Continuation bytes still expected, and the range the next one must lie in. */
    private int pending;
    private int low = 0x80;
    private int high = 0xBF;
    /** Where the current sequence started, for the message of a truncated one. */
    private long sequenceStart;
    private InputRefusal refused;
    private boolean ended;
    /** Whether a backslash or DEL byte was handed over. */
    private boolean escapesOrDeletes;

    /**
     * A checked view of {@code source} that refuses more than {@code limit} bytes.
     *
     * @param source the bytes, not closed by this stream
     * @param limit the most bytes accepted
     */
    public Utf8Input(InputStream source, long limit) {
        this.source = Objects.requireNonNull(source, "source");
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, buffer.length);
        if (refused != null) {
            throw refused;
        }
        if (ended) {
            return -1;
        }
        if (len == 0) {
            return 0;
        }
        // Never ask the source for more than one byte past the limit.
        int wanted = (int) Math.min(len, limit + 1 - offset);
        int n = source.read(buffer, off, wanted);
        if (n < 0) {
            ended = true;
            if (pending > 0) {
                throw new InputRefusal(InputRefusal.Kind.NOT_UTF8, "Input is not UTF-8: the document ends inside"
                        + " the sequence that starts at byte offset " + sequenceStart, offset, line, column);
            }
            return -1;
        }
        int good = check(buffer, off, n);
        if (good == n) {
            return n;
        }
        if (good == 0) {
            throw refused;
        }
        return good;
    }

    /**
     * Checks a whole document held in memory, as reading it through this stream would: true if every byte is
     * accepted, the document ends with no sequence cut short and it is within the limit. A parser may then
     * read the array itself, and {@link #escapesOrDeletesRead()} tells about the whole document. On false,
     * nothing is said of where or why: read the document through a fresh stream for the refusal, which then
     * names the JSON path as well. Only on a stream that has read nothing yet.
     *
     * @param document the whole document
     * @return whether reading it through this stream would accept every byte
     */
    public boolean acceptsWhole(byte[] document) {
        if (offset != 0 || refused != null || ended) {
            throw new IllegalStateException("acceptsWhole is for a stream that has read nothing yet");
        }
        ended = true;
        // readDossier(byte[]) asks only for a document its direct reader declined: the stream's own check.
        return document.length <= limit && check(document, 0, document.length) == document.length
                && refused == null && pending == 0;
    }

    /** Checks {@code n} bytes; returns how many of them come before a refused one (all, if none is). */
    private int check(byte[] b, int off, int n) {
        int allowed = (int) Math.min(n, limit - offset);
        int end = off + allowed;
        int i = off;
        int lines = line;
        int col = column;
        int expected = pending;
        try {
            while (i < end) {
                if (expected == 0) {
                    // Eight bytes at a time while they are ASCII other than NUL, line feed, backslash and DEL.
                    while (i <= end - 8) {
                        long w = (long) WORDS.get(b, i);
                        // Once no byte has its high bit set, adding does not carry from one byte to the next:
                        // + 0x60 sets the high bit of every byte from 0x20 up, + 0x01 that of DEL alone.
                        long special = (w | ~(w + SPACE_UP) | (w + ONES) | zeroByte(w ^ BACKSLASHES)) & HIGH_BITS;
                        if (special != 0) {
                            // The lowest flagged byte is the first special one: the bytes below it are plain
                            // ASCII, so nothing carried into it. Skip the plain ones and look at it below.
                            int plain = Long.numberOfTrailingZeros(special) >>> 3;
                            i += plain;
                            col += plain;
                            break;
                        }
                        i += 8;
                        col += 8;
                    }
                    if (i == end) {
                        break;
                    }
                }
                int c = b[i];
                if (c > 0 && expected == 0) {
                    if (c == '\n') {
                        lines++;
                        col = 1;
                    } else {
                        if (c == '\\' || c == 0x7F) {
                            escapesOrDeletes = true;
                        }
                        col++;
                    }
                    i++;
                    continue;
                }
                if (expected == 0 && c >= (byte) 0xC2 && c <= (byte) 0xDF && i + 1 < end && b[i + 1] < (byte) 0xC0) {
                    // A whole two-byte sequence (Czech letters): lead byte C2..DF, then one of 80..BF.
                    col++;
                    i += 2;
                    continue;
                }
                c &= 0xFF;
                long at = offset + (i - off);
                if (expected > 0) {
                    if (c < low || c > high) {
                        refused = notUtf8(c, at, lines, col, c < 0x80 || c > 0xBF
                                ? "the sequence that starts at byte offset " + sequenceStart + " is cut short"
                                : describe(low, high));
                        return i - off;
                    }
                    expected--;
                    low = 0x80;
                    high = 0xBF;
                } else if (c == 0) {
                    refused = notUtf8(c, at, lines, col, "a NUL byte, as in UTF-16 or UTF-32, is not JSON");
                    return i - off;
                } else {
                    sequenceStart = at;
                    expected = FOLLOWING[c];
                    if (expected == 0) {
                        refused = notUtf8(c, at, lines, col, c == 0xC0 || c == 0xC1 ? "an overlong encoding"
                                : c < 0xC0 ? "a continuation byte without a lead byte" : "no UTF-8 sequence starts so");
                        return i - off;
                    }
                    low = FIRST_LOW[c];
                    high = FIRST_HIGH[c];
                    col++;
                }
                i++;
            }
            if (allowed < n) {
                refused = new InputRefusal(InputRefusal.Kind.TOO_LONG, "Document length exceeds the maximum allowed ("
                        + limit + " bytes)", limit, lines, col);
                return allowed;
            }
            return n;
        } finally {
            offset += i - off;
            line = lines;
            column = col;
            pending = expected;
        }
    }

    /**
     * Whether a backslash or a DEL byte was among the bytes handed over so far. Until one is, no text the
     * parser has read can hold a character {@link cz.socialinclusion.partnership.base.Limits#firstRefusedCharacter}
     * refuses: a JSON text holds a control character only escaped (the parser refuses it raw), this stream
     * refuses NUL and encoded surrogates, and every 4-byte sequence decodes to a well-formed surrogate pair.
     *
     * @return true once a backslash or DEL byte has been read
     */
    public boolean escapesOrDeletesRead() {
        return escapesOrDeletes;
    }

    /** The high bit set in each byte of {@code w} that is zero (and perhaps in bytes above one that is). */
    private static long zeroByte(long w) {
        return (w - ONES) & ~w & HIGH_BITS;
    }

    private static String describe(int low, int high) {
        if (low == 0xA0) {
            return "an overlong encoding";
        }
        if (high == 0x9F) {
            return "an encoded surrogate (U+D800..U+DFFF), which UTF-8 may not hold";
        }
        if (low == 0x90) {
            return "an overlong encoding";
        }
        return "a code point above U+10FFFF";
    }

    private static InputRefusal notUtf8(int c, long at, int line, int column, String why) {
        return new InputRefusal(InputRefusal.Kind.NOT_UTF8, String.format(Locale.ROOT,
                "Input is not UTF-8: byte 0x%02X at byte offset %d: %s", c, at, why), at, line, column);
    }
}
