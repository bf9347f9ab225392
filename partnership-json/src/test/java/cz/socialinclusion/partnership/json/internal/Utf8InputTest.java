package cz.socialinclusion.partnership.json.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * {@link Utf8Input} against a plain reference written here from the Unicode standard's table of well-formed
 * UTF-8 byte sequences (Table 3-7): on thousands of seeded random byte arrays read in random pieces, the bytes
 * handed over are the reference's accepted prefix, the refusal is at the reference's first bad byte with its
 * line and column, the length limit is refused at the limit, and whether a backslash or DEL was read agrees;
 * {@link Utf8Input#acceptsWhole} accepts exactly what the stream reads to the end.
 */
class Utf8InputTest {

    private static final long[] SEEDS = {1L, 14L, 2026L, 20261128L, -3L};
    private static final int ARRAYS_PER_SEED = 800;
    private static final long NO_LIMIT = 1L << 40;

    /** What the reference says of a document: how many bytes are accepted, and the refusal if there is one. */
    private record Expected(int accepted, Refused refused, boolean escapesOrDeletes) {
    }

    /** A refusal: too long or not UTF-8, at a byte offset, line and column. */
    private record Refused(boolean tooLong, long offset, int line, int column) {
    }

    /**
     * For each lead byte of a well-formed sequence, the ranges its continuation bytes must lie in, in order
     * (Unicode Table 3-7); null for a byte that starts none.
     */
    private static int[][] continuations(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return new int[][] {{0x80, 0xBF}};
        }
        if (lead == 0xE0) {
            return new int[][] {{0xA0, 0xBF}, {0x80, 0xBF}};
        }
        if (lead >= 0xE1 && lead <= 0xEC || lead == 0xEE || lead == 0xEF) {
            return new int[][] {{0x80, 0xBF}, {0x80, 0xBF}};
        }
        if (lead == 0xED) {
            return new int[][] {{0x80, 0x9F}, {0x80, 0xBF}};
        }
        if (lead == 0xF0) {
            return new int[][] {{0x90, 0xBF}, {0x80, 0xBF}, {0x80, 0xBF}};
        }
        if (lead >= 0xF1 && lead <= 0xF3) {
            return new int[][] {{0x80, 0xBF}, {0x80, 0xBF}, {0x80, 0xBF}};
        }
        if (lead == 0xF4) {
            return new int[][] {{0x80, 0x8F}, {0x80, 0xBF}, {0x80, 0xBF}};
        }
        return null;
    }

    /** The reference: reads {@code bytes} one character at a time, at most {@code limit} of them. */
    private static Expected reference(byte[] bytes, long limit) {
        int checked = (int) Math.min(bytes.length, limit);
        int line = 1;
        int column = 1;
        boolean escapes = false;
        int i = 0;
        boolean cutShort = false;
        while (i < checked) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return new Expected(i, new Refused(false, i, line, column), escapes);
            }
            if (b < 0x80) {
                if (b == '\n') {
                    line++;
                    column = 1;
                } else {
                    escapes |= b == '\\' || b == 0x7F;
                    column++;
                }
                i++;
                continue;
            }
            int[][] ranges = continuations(b);
            if (ranges == null) {
                return new Expected(i, new Refused(false, i, line, column), escapes);
            }
            column++;
            for (int k = 0; k < ranges.length; k++) {
                int at = i + 1 + k;
                if (at >= checked) {
                    cutShort = true;
                    break;
                }
                int c = bytes[at] & 0xFF;
                if (c < ranges[k][0] || c > ranges[k][1]) {
                    return new Expected(at, new Refused(false, at, line, column), escapes);
                }
            }
            i += 1 + ranges.length;
        }
        if (bytes.length > limit) {
            return new Expected(checked, new Refused(true, limit, line, column), escapes);
        }
        if (cutShort) {
            return new Expected(checked, new Refused(false, checked, line, column), escapes);
        }
        return new Expected(checked, null, escapes);
    }

    private static final byte[][] CZECH = utf8("č", "ř", "ž", "š", "ě", "á", "í", "é", "ů", "ú", "ý", "ň", "ť", "ď",
            "Č", "Ř", "Ž", "ß", "\u0080", "\u07FF");
    private static final byte[][] THREE_AND_FOUR = utf8("€", "\u0800", "\uD7FF", "\uE000", "\uFEFF", "\uFFFD", "\uFFFF",
            "\uD83C\uDFF0", "\uD800\uDC00", "\uDBFF\uDFFF", "\uD83D\uDE00");
    private static final byte[][] INVALID = hex("C0 80", "C1 BF", "E0 80 80", "E0 9F BF", "ED A0 80", "ED BF BF",
            "F0 80 80 80", "F0 8F BF BF", "F4 90 80 80", "F5 80 80 80", "F8", "FE", "FF", "80", "BF", "C3", "E2 82",
            "F0 9F 8F", "C3 28", "E2 28 A1", "EF BF", "F4 8F BF");
    private static final byte[] PRINTABLE = "{}[]\":, 0123456789.-eE truefalsenull\t\r/".getBytes(StandardCharsets.US_ASCII);

    private static byte[][] utf8(String... texts) {
        return Arrays.stream(texts).map(t -> t.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
    }

    private static byte[][] hex(String... sequences) {
        return Arrays.stream(sequences).map(s -> HexFormat.ofDelimiter(" ").parseHex(s)).toArray(byte[][]::new);
    }

    /** A random document: runs of plain ASCII, line feeds, backslashes, DEL, Czech letters, 3- and 4-byte
     * characters, and now and then NUL or a sequence that is not UTF-8. */
    private static byte[] randomBytes(Random random) {
        int length = random.nextInt(10) == 0 ? random.nextInt(40_000) : random.nextInt(600);
        // Half the documents hold nothing refused, so that many are read to the end.
        int badPerMille = random.nextBoolean() ? 0 : 1 + random.nextInt(30);
        ByteArrayOutputStream out = new ByteArrayOutputStream(length + 8);
        while (out.size() < length) {
            int pick = random.nextInt(1000);
            if (pick < badPerMille) {
                out.writeBytes(random.nextInt(8) == 0 ? new byte[] {0} : INVALID[random.nextInt(INVALID.length)]);
            } else if (pick < 500) {
                int run = random.nextInt(4) == 0 ? random.nextInt(40) : random.nextInt(9);
                for (int k = 0; k < run; k++) {
                    out.write(0x20 + random.nextInt(0x5F));
                }
            } else if (pick < 600) {
                out.write(PRINTABLE[random.nextInt(PRINTABLE.length)]);
            } else if (pick < 680) {
                out.write('\n');
            } else if (pick < 700) {
                out.write('\\');
            } else if (pick < 710) {
                out.write(0x7F);
            } else if (pick < 720) {
                out.write(1 + random.nextInt(0x1F));
            } else if (pick < 900) {
                out.writeBytes(CZECH[random.nextInt(CZECH.length)]);
            } else {
                out.writeBytes(THREE_AND_FOUR[random.nextInt(THREE_AND_FOUR.length)]);
            }
        }
        byte[] bytes = out.toByteArray();
        // Now and then the document ends inside a sequence.
        return random.nextInt(10) == 0 && bytes.length > 0 ? Arrays.copyOf(bytes, bytes.length - 1) : bytes;
    }

    /** A source that hands over at most a random number of bytes a read, as a pipe or a socket does. */
    private static InputStream inPieces(byte[] bytes, Random random) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, random.nextBoolean() ? len : Math.min(len, 1 + random.nextInt(64)));
            }
        };
    }

    /** What reading through the stream gave: the bytes handed over, then the refusal or the end. */
    private record Read(byte[] handedOver, InputRefusal refusal, boolean escapesOrDeletes) {
    }

    private static Read readInRandomPieces(byte[] bytes, long limit, Random random) throws IOException {
        Utf8Input input = new Utf8Input(inPieces(bytes, random), limit);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            while (true) {
                if (random.nextInt(20) == 0) {
                    int b = input.read();
                    if (b < 0) {
                        break;
                    }
                    out.write(b);
                    continue;
                }
                int size = 1 + random.nextInt(9000);
                int off = random.nextInt(8);
                byte[] buffer = new byte[off + size + random.nextInt(8)];
                int n = input.read(buffer, off, size);
                if (n < 0) {
                    break;
                }
                assertThat(n).isBetween(1, size);
                out.write(buffer, off, n);
            }
        } catch (InputRefusal refusal) {
            if (described(refusal).offset() >= bytes.length) {
                // Refused at the end of the source, inside a sequence: the source is at its end.
                return new Read(out.toByteArray(), refusal, input.escapesOrDeletesRead());
            }
            // Refused at a byte: the stream stays refused.
            try {
                input.read(new byte[16], 0, 16);
                fail("a read after the refusal was not refused");
            } catch (InputRefusal again) {
                assertThat(again).isSameAs(refusal);
            }
            return new Read(out.toByteArray(), refusal, input.escapesOrDeletesRead());
        }
        assertThat(input.read(new byte[4], 0, 4)).as("a read after the end").isEqualTo(-1);
        return new Read(out.toByteArray(), null, input.escapesOrDeletesRead());
    }

    /** The refusal described as the reference describes it: too long or not, at a byte offset, line and column. */
    private static Refused described(InputRefusal refusal) {
        JacksonException documented = refusal.refusal(List.of());
        JsonLocation at = documented.getLocation();
        return new Refused(documented instanceof StreamConstraintsException, at.getByteOffset(), at.getLineNr(),
                at.getColumnNr());
    }

    private static void check(byte[] bytes, long limit, Random random, String what) throws IOException {
        Expected expected = reference(bytes, limit);
        Read read = readInRandomPieces(bytes, limit, random);
        assertThat(read.handedOver()).as("%s: the bytes handed over", what)
                .isEqualTo(Arrays.copyOf(bytes, expected.accepted()));
        assertThat(read.refusal() == null ? null : described(read.refusal())).as("%s: the refusal", what)
                .isEqualTo(expected.refused());
        if (read.refusal() != null && !expected.refused().tooLong() && expected.refused().offset() < bytes.length) {
            assertThat(read.refusal().getMessage()).as(what)
                    .contains(String.format("byte 0x%02X at byte offset %d", bytes[expected.accepted()] & 0xFF,
                            expected.accepted()));
        }
        assertThat(read.escapesOrDeletes()).as("%s: a backslash or DEL read", what).isEqualTo(expected.escapesOrDeletes());

        Utf8Input whole = new Utf8Input(InputStream.nullInputStream(), limit);
        boolean accepted = whole.acceptsWhole(bytes);
        assertThat(accepted).as("%s: accepted whole", what).isEqualTo(read.refusal() == null);
        if (accepted) {
            assertThat(whole.escapesOrDeletesRead()).as("%s: a backslash or DEL in the whole", what)
                    .isEqualTo(expected.escapesOrDeletes());
        }
    }

    @Test
    void randomBytesAreReadAsTheReferenceReadsThem() throws IOException {
        int refused = 0;
        int readToTheEnd = 0;
        for (long seed : SEEDS) {
            Random random = new Random(seed);
            for (int i = 0; i < ARRAYS_PER_SEED; i++) {
                byte[] bytes = randomBytes(random);
                check(bytes, NO_LIMIT, random, "seed " + seed + ", array " + i);
                if (reference(bytes, NO_LIMIT).refused() == null) {
                    readToTheEnd++;
                } else {
                    refused++;
                }
            }
        }
        assertThat(readToTheEnd).isGreaterThan(SEEDS.length * ARRAYS_PER_SEED / 4);
        assertThat(refused).isGreaterThan(SEEDS.length * ARRAYS_PER_SEED / 4);
    }

    @Test
    void aSmallLimitIsRefusedAtTheLimitUnlessABadByteComesFirst() throws IOException {
        int tooLong = 0;
        for (long seed : SEEDS) {
            Random random = new Random(~seed);
            for (int i = 0; i < ARRAYS_PER_SEED / 2; i++) {
                byte[] bytes = randomBytes(random);
                long limit = random.nextInt(4) == 0 ? bytes.length + random.nextInt(3) - 1 : random.nextInt(bytes.length + 2);
                check(bytes, Math.max(limit, 0), random, "seed " + seed + ", array " + i + ", limit " + limit);
                Refused refused = reference(bytes, Math.max(limit, 0)).refused();
                if (refused != null && refused.tooLong()) {
                    tooLong++;
                }
            }
        }
        assertThat(tooLong).isGreaterThan(SEEDS.length * ARRAYS_PER_SEED / 8);
    }

    @Test
    void everyLeadByteBeforeEachKindOfFollowingByteIsJudgedAsTheTableJudgesIt() throws IOException {
        // Every byte from 0x80 up, followed by bytes at the edges of each range of Table 3-7 and by ASCII, after
        // plain ASCII of every length from 0 to 9, so that it falls at every place of the eight-byte steps.
        Random random = new Random(7);
        for (int lead = 0x80; lead <= 0xFF; lead++) {
            for (int second : new int[] {0x28, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC3}) {
                for (int third : new int[] {0x80, 0xBF, 0x41}) {
                    for (int plain = 0; plain < 10; plain++) {
                        byte[] bytes = new byte[plain + 4 + 12];
                        Arrays.fill(bytes, (byte) 'a');
                        bytes[plain] = (byte) lead;
                        bytes[plain + 1] = (byte) second;
                        bytes[plain + 2] = (byte) third;
                        bytes[plain + 3] = (byte) 0x80;
                        check(bytes, NO_LIMIT, random, String.format("%02X %02X %02X 80 after %d bytes", lead, second, third, plain));
                    }
                }
            }
        }
    }
}
