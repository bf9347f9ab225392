package cz.socialinclusion.partnership.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.fixtures.RandomDossiers;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two ways {@link PartnershipJson#readDossier(byte[])} reads give the same result as reading the same bytes
 * from a stream: a byte array the UTF-8 check accepts whole is parsed in place, any other is read again through
 * the checking stream. For a good document both give an equal dossier; for a bad one the same exception class,
 * original message, JSON path, line and column. Checked on {@link RefusalMessagesTest}'s catalogue of refusals
 * and the hostile inputs of the other refusal tests, the five dossiers of the source pages, random dossiers and
 * thousands of seeded mutants.
 */
class ReadPathsTest {

    private static final byte[] CHEB = PartnershipJson.writeDossier(SourcePages.cheb());
    private static final String TEXT = new String(CHEB, StandardCharsets.UTF_8);
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** Byte sequences that are not strict UTF-8: overlong, encoded surrogates, beyond U+10FFFF, bytes no sequence
     * starts with, a continuation byte alone, cut short by the next byte or by the end, NUL. */
    private static final List<String> NOT_UTF8 = List.of("C0 80", "C1 BF", "E0 80 80", "E0 9F BF", "ED A0 80",
            "ED BF BF", "F0 80 80 80", "F0 8F BF BF", "F4 90 80 80", "F5 80 80 80", "F8", "FB", "FE", "FF", "80", "BF",
            "C3", "E2 82", "F0 9F 8F", "C3 28", "E2 28 A1", "00");
    /** Seeds of the random dossiers and of the mutants. */
    private static final long[] SEEDS = {1L, 14L, 2026L, 20261128L, 424242L, -7L};
    private static final int MUTANTS_PER_SEED = 450;

    /** What one read gave: a dossier, or a refusal described by what the promise says is the same. */
    private record Outcome(Dossier dossier, String refusal) {

        static Outcome of(Dossier dossier) {
            return new Outcome(dossier, null);
        }

        static Outcome of(JacksonException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "no location" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            return new Outcome(null, e.getClass().getName() + " at " + PartnershipJson.path(e) + " (" + where + "): "
                    + e.getOriginalMessage());
        }
    }

    private static Outcome fromArray(byte[] json) {
        try {
            return Outcome.of(PartnershipJson.readDossier(json));
        } catch (JacksonException e) {
            return Outcome.of(e);
        }
    }

    private static Outcome fromStream(byte[] json) {
        try {
            return Outcome.of(PartnershipJson.readDossier(new ByteArrayInputStream(json)));
        } catch (JacksonException e) {
            return Outcome.of(e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading memory failed", e);
        }
    }

    /** Reads {@code json} both ways, asserts they agree and returns what they gave. */
    private static Outcome agree(String what, byte[] json) {
        Outcome array = fromArray(json);
        Outcome stream = fromStream(json);
        assertThat(array.refusal()).as("%s: the refusal of the byte array, then of the stream", what)
                .isEqualTo(stream.refusal());
        assertThat(array.dossier()).as("%s: the dossier of the byte array, then of the stream", what)
                .isEqualTo(stream.dossier());
        return array;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] hex(String hex) {
        return HexFormat.ofDelimiter(" ").parseHex(hex);
    }

    private static byte[] text(String from, String to) {
        assertThat(TEXT).contains(from);
        return utf8(TEXT.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
    }

    /** {@code bytes} with {@code inserted} before the byte at {@code at}. */
    private static byte[] inserted(byte[] bytes, int at, byte[] inserted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + inserted.length);
        out.write(bytes, 0, at);
        out.writeBytes(inserted);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    /** The byte offset in Cheb's document just after the first {@code text}. */
    private static int after(String text) {
        assertThat(TEXT).contains(text);
        return utf8(TEXT.substring(0, TEXT.indexOf(text) + text.length())).length;
    }

    private static byte[] generated(String regex, String replacement) {
        String json = new String(PartnershipJson.writeDossier(RandomDossiers.scaled(2026, 1)), StandardCharsets.UTF_8);
        String changed = json.replaceFirst(regex, replacement);
        assertThat(changed).as(regex).isNotEqualTo(json);
        return utf8(changed);
    }

    /** Bad documents besides {@link RefusalMessagesTest}'s catalogue of one of each kind of refusal. */
    static Stream<Arguments> badDocuments() {
        List<Arguments> documents = new ArrayList<>(List.of(
                Arguments.of("duplicate key of a period", text("\"endInclusive\": \"2012-12-31\"",
                        "\"endInclusive\": \"2012-12-31\", \"start\": \"2010-01-01\"")),
                Arguments.of("duplicate member type", text("\"type\": \"organisation\",", "\"type\": \"organisation\", \"type\": \"collective\",")),
                Arguments.of("duplicate key of money", generated("\"currency\": \"CZK\"", "\"currency\": \"CZK\", \"amount\": \"1.00\"")),
                Arguments.of("trailing tokens after a line feed", utf8(TEXT + "\n\n  ]")),
                Arguments.of("cut inside a key", Arrays.copyOf(CHEB, after("\"munici"))),
                Arguments.of("control character escaped in a key", text("\"municipality\":", "\"munici\\u0000pality\":")),
                Arguments.of("raw tab in a text", text("\"Cheb\"", "\"Ch\teb\"")),
                Arguments.of("raw line feed in a text", text("\"Cheb\"", "\"Ch\neb\"")),
                Arguments.of("tab escaped in a name", text("\"municipality\": \"Cheb\"", "\"municipality\": \"Cheb\\tEger\"")),
                Arguments.of("DEL raw in a text", text("\"Cheb\"", "\"Ch\u007Feb\"")),
                Arguments.of("DEL raw in a key", text("\"municipality\":", "\"munici\u007Fpality\":")),
                Arguments.of("DEL raw between tokens", text("\"municipality\":", "\"municipality\"\u007F:")),
                Arguments.of("backslash outside a text", text("\"municipality\":", "\\\"municipality\":")),
                Arguments.of("unknown escape", text("\"Cheb\"", "\"Ch\\qeb\"")),
                Arguments.of("text too long, escaped", text("\"Cheb\"", "\"" + "\\u0078".repeat(PartnershipJson.MAX_STRING_LENGTH + 1) + "\"")),
                Arguments.of("UTF-8 BOM twice", inserted(CHEB, 0, hex("EF BB BF EF BB BF"))),
                Arguments.of("UTF-8 BOM after whitespace", inserted(CHEB, 1, UTF8_BOM)),
                Arguments.of("UTF-16 big-endian without BOM", TEXT.getBytes(StandardCharsets.UTF_16BE)),
                Arguments.of("UTF-16 little-endian without BOM", TEXT.getBytes(StandardCharsets.UTF_16LE)),
                Arguments.of("UTF-32", TEXT.getBytes(Charset.forName("UTF-32"))),
                Arguments.of("windows-1250", TEXT.getBytes(Charset.forName("windows-1250"))),
                Arguments.of("cut inside a Czech letter at the end", Arrays.copyOf(CHEB, after("Prodlou\u017E") - 1)),
                Arguments.of("a lead byte after the last line feed", inserted(CHEB, CHEB.length, hex("C5")))));
        for (String day : List.of("-999999999-01-01", "+999999999-12-31", "+2008-07-30", "12008-07-30", "1899-12-31", "2201-01-01")) {
            documents.add(Arguments.of("day " + day, text("\"founded\": \"2008-07-30\"", "\"founded\": \"" + day + "\"")));
        }
        for (String escaped : List.of("\\u0000", "\\u0007", "\\u001b[2J", "\\u007f", "\\u007F", "\\ud800", "\\udc00",
                "x\\ud800y", "\\ud800\\ud800", "\\udfff\\ud800", "\\ud83c")) {
            documents.add(Arguments.of("escaped " + escaped + " in a text", text("\"Cheb\"", "\"Ch" + escaped + "eb\"")));
            documents.add(Arguments.of("escaped " + escaped + " in a key", text("\"municipality\":", "\"munici" + escaped + "pality\":")));
        }
        // The places: the first byte, the whitespace starting a line, inside a text, inside a key, after the last
        // byte, around the end of the parser's first buffer (8000 bytes), and in a text right after a backslash.
        int[] places = {0, after("{\n"), after("\"municipality\": \"Ch"), after("\"munici"), CHEB.length,
                7_999, 8_000, 8_001, 8_007};
        byte[] escapedText = text("\"municipality\": \"Cheb\"", "\"municipality\": \"Ch\\\\eb\"");
        int afterBackslash = after("\"municipality\": \"Ch") + 1;
        assertThat(escapedText[afterBackslash - 1]).isEqualTo((byte) '\\');
        for (String bad : NOT_UTF8) {
            for (int at : places) {
                documents.add(Arguments.of(bad + " at byte " + at, inserted(CHEB, Math.min(at, CHEB.length), hex(bad))));
            }
            documents.add(Arguments.of(bad + " after a backslash", inserted(escapedText, afterBackslash, hex(bad))));
        }
        return documents.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"badDocuments", "cz.socialinclusion.partnership.json.RefusalMessagesTest#badDocuments"})
    void aBadDocumentIsRefusedAlikeFromTheArrayAndFromAStream(String what, byte[] json) {
        assertThat(agree(what, json).refusal()).as(what).isNotNull();
    }

    static Stream<Arguments> goodDocuments() {
        Stream<Arguments> pages = SourcePages.all().stream()
                .map(d -> Arguments.of(d.partnership().municipality(), d));
        Stream<Arguments> random = Arrays.stream(SEEDS).limit(3)
                .mapToObj(seed -> Arguments.of("random dossier of seed " + seed, RandomDossiers.scaled(seed, 1)));
        return Stream.concat(pages, random);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodDocuments")
    void aGoodDocumentIsReadAlikeFromTheArrayAndFromAStream(String what, Dossier dossier) {
        byte[] json = PartnershipJson.writeDossier(dossier);
        assertThat(agree(what, json).dossier()).as(what).isEqualTo(dossier);
        assertThat(agree(what + " after a UTF-8 BOM", inserted(json, 0, UTF8_BOM)).dossier()).as(what).isEqualTo(dossier);
        assertThat(agree(what + " in one line", utf8(new String(json, StandardCharsets.UTF_8).replaceAll("\n\\s*", "")))
                .dossier()).as(what).isEqualTo(dossier);
    }

    @Test
    void goodEscapesAreReadAlike() {
        Outcome escaped = agree("escapes", text("\"reason\": \"Prodloužení našeho",
                "\"reason\": \"Cheb\\tEger\\n\\ud83c\\udff0 \\\\ \\\" \\u010De\\u0161tina Prodloužení našeho"));
        assertThat(escaped.dossier().partnership().intervention().extensions().get(0).reason())
                .startsWith("Cheb\tEger\n\uD83C\uDFF0 \\ \" čeština Prodloužení");
    }

    /** Cheb's document padded with spaces to {@code length} bytes. */
    private static byte[] padded(int length) {
        byte[] json = Arrays.copyOf(CHEB, length);
        Arrays.fill(json, CHEB.length, length, (byte) ' ');
        return json;
    }

    @Test
    void aDocumentOfTheMaximumLengthIsReadAlike() {
        byte[] json = padded((int) PartnershipJson.MAX_DOCUMENT_LENGTH);
        assertThat(agree("a document of the maximum length", json).dossier()).isEqualTo(SourcePages.cheb());
    }

    @Test
    void aDocumentOneByteOverTheMaximumLengthIsRefusedAlike() {
        byte[] json = padded((int) PartnershipJson.MAX_DOCUMENT_LENGTH + 1);
        assertThat(agree("a document one byte over the maximum length", json).refusal()).contains("Document length");
    }

    @Test
    void aDocumentOverTheMaximumLengthInsideAnArrayIsRefusedAlike() {
        byte[] big = new byte[(int) PartnershipJson.MAX_DOCUMENT_LENGTH + 2];
        Arrays.fill(big, (byte) ' ');
        byte[] start = utf8("{\"formatVersion\": 1,\n\"plans\": [");
        System.arraycopy(start, 0, big, 0, start.length);
        big[big.length - 2] = ']';
        big[big.length - 1] = '}';
        assertThat(agree("a document over the maximum length", big).refusal()).contains(" at $.plans[0] ");
        // A byte that is not UTF-8 just past the limit: the limit is what is refused.
        big[(int) PartnershipJson.MAX_DOCUMENT_LENGTH] = (byte) 0xFF;
        assertThat(agree("a bad byte just past the maximum length", big).refusal()).contains("Document length");
    }

    /** Bytes a mutant may get: JSON's structure, escapes, line ends, DEL, NUL, lead and continuation bytes. */
    private static final byte[] INTERESTING = hex("00 09 0A 0D 20 22 5C 2C 3A 7B 7D 5B 5D 30 2D 65 75 7F 80 8F 9F A0"
            + " BF C0 C1 C2 C3 C5 DF E0 E2 ED EF F0 F4 F5 FE FF");
    /** Texts a mutant may get inside a text: escapes of refused and of good characters, raw DEL, a Czech letter. */
    private static final String[] ESCAPES = {"\\u0000", "\\u001f", "\\u007f", "\\ud800", "\\udc00", "\\ud83c\\udff0",
            "\\t", "\\n", "\\\\", "\\\"", "\\u0041", "\\u", "\\x", "\u007F", "\u010D", "\"", "\\"};
    private static final Pattern SCALAR_LINE = Pattern.compile("(?m)^ *\"[A-Za-z]+\": [^\\[{\\n]*,$");

    private static byte[] mutated(byte[] good, Random random, StringBuilder how) {
        int at = random.nextInt(good.length + 1);
        switch (random.nextInt(7)) {
            case 0 -> {
                int where = Math.min(at, good.length - 1);
                byte b = INTERESTING[random.nextInt(INTERESTING.length)];
                how.append(String.format("byte %d set to 0x%02X; ", where, b & 0xFF));
                byte[] out = good.clone();
                out[where] = b;
                return out;
            }
            case 1 -> {
                byte b = INTERESTING[random.nextInt(INTERESTING.length)];
                how.append(String.format("0x%02X inserted at %d; ", b & 0xFF, at));
                return inserted(good, at, new byte[] {b});
            }
            case 2 -> {
                how.append("cut at ").append(at).append("; ");
                return Arrays.copyOf(good, at);
            }
            case 3 -> {
                String text = new String(good, StandardCharsets.UTF_8);
                List<int[]> lines = new ArrayList<>();
                Matcher m = SCALAR_LINE.matcher(text);
                while (m.find()) {
                    lines.add(new int[] {m.start(), m.end()});
                }
                if (lines.isEmpty()) {
                    how.append("no key to duplicate; ");
                    return good;
                }
                int[] line = lines.get(random.nextInt(lines.size()));
                String copy = text.substring(line[0], line[1]);
                how.append("duplicated ").append(copy.strip()).append("; ");
                return utf8(text.substring(0, line[1]) + "\n" + copy + text.substring(line[1]));
            }
            case 4 -> {
                int quote = nextQuote(good, at);
                String escape = ESCAPES[random.nextInt(ESCAPES.length)];
                how.append(escape).append(" inserted after the quote at ").append(quote).append("; ");
                return inserted(good, quote + 1, utf8(escape));
            }
            case 5 -> {
                String bad = NOT_UTF8.get(random.nextInt(NOT_UTF8.size()));
                how.append(bad).append(" inserted at ").append(at).append("; ");
                return inserted(good, at, hex(bad));
            }
            default -> {
                int length = Math.min(good.length - Math.min(at, good.length), 1 + random.nextInt(120));
                int from = Math.min(at, good.length - length);
                how.append("bytes ").append(from).append("..").append(from + length).append(" repeated; ");
                return inserted(good, from + length, Arrays.copyOfRange(good, from, from + length));
            }
        }
    }

    /** The offset of the first quote at or after {@code from}, or of the last quote of the document. */
    private static int nextQuote(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '"') {
                return i;
            }
        }
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == '"') {
                return i;
            }
        }
        throw new IllegalArgumentException("a document without a quote");
    }

    @Test
    void mutantsOfGoodDocumentsAreReadAlikeFromTheArrayAndFromAStream() {
        List<byte[]> goods = new ArrayList<>(SourcePages.all().stream().map(PartnershipJson::writeDossier).toList());
        // A random dossier holds what the pages do not (money, indicators), but is seven times as long: one mutant
        // in twenty is of it.
        goods.add(PartnershipJson.writeDossier(RandomDossiers.scaled(SEEDS[0], 1)));
        int read = 0;
        int refused = 0;
        for (long seed : SEEDS) {
            Random random = new Random(seed);
            for (int i = 0; i < MUTANTS_PER_SEED; i++) {
                int document = random.nextInt(20) == 0 ? goods.size() - 1 : random.nextInt(goods.size() - 1);
                byte[] mutant = goods.get(document);
                StringBuilder how = new StringBuilder();
                int mutations = 1 + (random.nextInt(4) == 0 ? random.nextInt(3) : 0);
                for (int m = 0; m < mutations; m++) {
                    mutant = mutated(mutant, random, how);
                }
                Outcome outcome = agree("seed " + seed + ", mutant " + i + " of document " + document + ": " + how, mutant);
                if (outcome.dossier() != null) {
                    read++;
                } else {
                    refused++;
                }
            }
        }
        // Both kinds of outcome are compared, many times each.
        assertThat(read).isGreaterThan(SEEDS.length * MUTANTS_PER_SEED / 50);
        assertThat(refused).isGreaterThan(SEEDS.length * MUTANTS_PER_SEED / 2);
    }
}
