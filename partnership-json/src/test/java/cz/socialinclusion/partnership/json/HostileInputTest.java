package cz.socialinclusion.partnership.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import cz.socialinclusion.partnership.fixtures.RandomDossiers;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The hostile inputs of issue 11, each refused with the documented exception, the JSON path and the line, after
 * a bounded amount of reading. This class runs in its own surefire fork with a 64 MiB heap, so that a reader
 * that buffered or expanded what it is given would fail the build with an {@link OutOfMemoryError}.
 */
class HostileInputTest {

    private static final String CHEB = new String(PartnershipJson.writeDossier(SourcePages.cheb()), StandardCharsets.UTF_8);

    private static <T extends JacksonException> T refused(byte[] json, Class<T> type) {
        Throwable thrown = catchThrowable(() -> PartnershipJson.readDossier(json));
        assertThat(thrown).isInstanceOf(type);
        T e = type.cast(thrown);
        assertThat(e.getMessage()).contains("\n at $").containsPattern("\\(line \\d+, column \\d+\\)");
        assertThat(e.getLocation()).isNotNull();
        assertThat(e.getLocation().getLineNr()).isPositive();
        return e;
    }

    private static <T extends JacksonException> T refusedAt(byte[] json, Class<T> type, String path, int line) {
        T e = refused(json, type);
        assertThat(PartnershipJson.path(e)).isEqualTo(path);
        assertThat(e.getLocation().getLineNr()).isEqualTo(line);
        return e;
    }

    private static byte[] chebWith(String from, String to) {
        assertThat(CHEB).contains(from);
        return CHEB.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] chebWithBytes(String from, byte[] inserted) {
        byte[] text = CHEB.getBytes(StandardCharsets.UTF_8);
        int at = CHEB.indexOf(from) + from.length();
        int byteAt = CHEB.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(text, 0, byteAt);
        out.writeBytes(inserted);
        out.write(text, byteAt, text.length - byteAt);
        return out.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-999999999-01-01", "+999999999-12-31", "+2008-07-30", "12008-07-30", "1899-12-31", "2201-01-01"})
    void aDayWithASignALongYearOrOutsideTheRangeIsRefusedWithItsPathAndLine(String day) {
        var e = refusedAt(chebWith("\"founded\": \"2008-07-30\"", "\"founded\": \"" + day + "\""),
                InvalidFormatException.class, "$.partnership.founded", 7);
        assertThat(e.getOriginalMessage()).contains(day);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1E+400", "-1e-999999999", "1234567890123456789012345678901", "0.12345678901"})
    void anIndicatorValueBeyondTheDecimalBoundsIsRefusedBeforeItIsExpanded(String number) {
        String json = new String(PartnershipJson.writeDossier(RandomDossiers.generate(42, 20, 6)), StandardCharsets.UTF_8);
        int target = json.indexOf("\"target\": ");
        assertThat(target).isPositive();
        int end = target + "\"target\": ".length();
        int stop = end;
        while (stop < json.length() && "0123456789.-".indexOf(json.charAt(stop)) >= 0) {
            stop++;
        }
        byte[] hostile = (json.substring(0, end) + number + json.substring(stop)).getBytes(StandardCharsets.UTF_8);
        var e = refused(hostile, InvalidFormatException.class);
        assertThat(PartnershipJson.path(e)).endsWith(".target");
        assertThat(e.getOriginalMessage()).contains("at most 30 digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\u0007", "\\u001b[2J", "\\u007f", "\u007f", "\\ud800", "\\udc00", "x\\ud800y", "\\ud800\\ud800"})
    void textWithAControlCharacterOrALoneSurrogateIsRefusedWithItsPath(String escaped) {
        refusedAt(chebWith("\"municipality\": \"Cheb\"", "\"municipality\": \"Ch" + escaped + "eb\""),
                InvalidFormatException.class, "$.partnership.municipality", 6);
    }

    @Test
    void aRefusedCharacterInAKeyIsRefusedToo() {
        var e = refused(chebWith("\"municipality\":", "\"munici\\u0000pality\":"), InvalidFormatException.class);
        assertThat(PartnershipJson.path(e)).startsWith("$.partnership.munici");
    }

    @Test
    void tabsLineFeedsAndSurrogatePairsAreText() throws Exception {
        byte[] json = chebWith("\"reason\": \"Prodloužení našeho", "\"reason\": \"Cheb\\tEger\\n\\ud83c\\udff0 Prodloužení našeho");
        assertThat(PartnershipJson.readDossier(json).partnership().intervention().extensions().get(0).reason())
                .startsWith("Cheb\tEger\n\uD83C\uDFF0 Prodloužení");
        // A name is one line: the surrogate pair is text, a tab or a line feed is refused (Limits).
        byte[] name = chebWith("\"municipality\": \"Cheb\"", "\"municipality\": \"Cheb \\ud83c\\udff0\"");
        assertThat(PartnershipJson.readDossier(name).partnership().municipality()).isEqualTo("Cheb \uD83C\uDFF0");
        var e = refused(chebWith("\"municipality\": \"Cheb\"", "\"municipality\": \"Cheb\\tEger\""), JacksonException.class);
        assertThat(PartnershipJson.path(e)).isEqualTo("$.partnership.municipality");
    }

    @ParameterizedTest
    @ValueSource(strings = {"C0 80", "C1 BF", "E0 80 80", "E0 9F BF", "ED A0 80", "ED BF BF", "F0 80 80 80", "F0 8F BF BF",
            "F4 90 80 80", "F5 80 80 80", "FE", "FF", "80", "BF", "C3", "E2 82", "F0 9F 8F", "C3 28", "00"})
    void bytesThatAreNotStrictUtf8AreRefusedWithTheirOffsetPathAndLine(String hex) {
        String[] parts = hex.split(" ");
        byte[] bytes = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            bytes[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        byte[] json = chebWithBytes("\"municipality\": \"Ch", bytes);
        var e = refusedAt(json, JsonParseException.class, "$.partnership.municipality", 6);
        int offset = CHEB.substring(0, CHEB.indexOf("\"municipality\": \"Ch") + 19).getBytes(StandardCharsets.UTF_8).length;
        assertThat(e.getOriginalMessage()).startsWith("Input is not UTF-8: byte 0x").contains("at byte offset ");
        assertThat(e.getLocation().getByteOffset()).isBetween((long) offset, (long) offset + parts.length);
    }

    @Test
    void aSequenceCutShortByTheEndOfTheDocumentIsRefused() {
        byte[] text = "{\"formatVersion\": 1, \"x\": \"\u010D".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(text, text.length - 1);
        var e = refused(cut, JsonParseException.class);
        assertThat(e.getOriginalMessage()).contains("ends inside the sequence");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "1e0", "1E+0", "\"1\"", "true", "10000000000000000000"})
    void aFormatVersionThatIsNotAnIntegerTokenIsRefused(String version) {
        refusedAt(chebWith("\"formatVersion\": 1,", "\"formatVersion\": " + version + ","),
                MismatchedInputException.class, "$.formatVersion", 2);
    }

    /** A stream that never ends: a prefix, then {@code filler} for ever. It counts what is read from it. */
    static final class EndlessInput extends InputStream {
        private final byte[] prefix;
        private final byte filler;
        long read;

        EndlessInput(String prefix, char filler) {
            this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
            this.filler = (byte) filler;
        }

        @Override
        public int read() {
            int b = (read < prefix.length ? prefix[(int) read] : filler) & 0xFF;
            read++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            for (int i = 0; i < len; i++) {
                b[off + i] = read < prefix.length ? prefix[(int) read] : filler;
                read++;
            }
            return len;
        }
    }

    @Test
    void anEndlessStreamOfWhitespaceIsRefusedAtTheLimitWithoutReadingFurther() {
        EndlessInput endless = new EndlessInput("{\"formatVersion\": 1,\n\"partnership\": ", ' ');
        Throwable thrown = catchThrowable(() -> PartnershipJson.readDossier(endless));
        assertThat(thrown).isInstanceOf(StreamConstraintsException.class);
        StreamConstraintsException e = (StreamConstraintsException) thrown;
        assertThat(endless.read).isLessThanOrEqualTo(PartnershipJson.MAX_DOCUMENT_LENGTH + 1);
        assertThat(PartnershipJson.path(e)).isEqualTo("$.partnership");
        assertThat(e.getOriginalMessage()).contains(String.valueOf(PartnershipJson.MAX_DOCUMENT_LENGTH));
        assertThat(e.getMessage()).contains("(line 2, column ");
        assertThat(e.getLocation().getByteOffset()).isEqualTo(PartnershipJson.MAX_DOCUMENT_LENGTH);
    }

    @Test
    void anEndlessArrayIsRefusedAtTheLimitWithTheIndexItReached() {
        EndlessInput endless = new EndlessInput("{\"formatVersion\": 1, \"plans\": [1", ',');
        // "1,,,," is broken syntax at the second comma: refused at once, not read to the end.
        Throwable thrown = catchThrowable(() -> PartnershipJson.readDossier(endless));
        assertThat(thrown).isInstanceOf(JacksonException.class);
        assertThat(endless.read).isLessThan(1024 * 1024);
    }

    @Test
    void anEndlessStringIsRefusedAtTheStringLimit() {
        EndlessInput endless = new EndlessInput("{\"formatVersion\": 1, \"partnership\": {\"name\": \"", 'x');
        Throwable thrown = catchThrowable(() -> PartnershipJson.readDossier(endless));
        assertThat(thrown).isInstanceOf(StreamConstraintsException.class);
        assertThat(PartnershipJson.path((StreamConstraintsException) thrown)).isEqualTo("$.partnership.name");
        assertThat(endless.read).isLessThan(2L * PartnershipJson.MAX_STRING_LENGTH + 64 * 1024);
    }

    @Test
    void endlessZeroBytesAreRefusedAtTheFirstByte() {
        EndlessInput zeros = new EndlessInput("", '\0');
        Throwable thrown = catchThrowable(() -> PartnershipJson.readDossier(zeros));
        assertThat(thrown).isInstanceOf(JsonParseException.class).hasMessageContaining("byte 0x00 at byte offset 0");
        assertThat(zeros.read).isLessThan(1024 * 1024);
    }

    @Test
    void aDeviceThatNeverEndsIsReadNoFurtherThanTheLimit() {
        Path zero = Path.of("/dev/zero");
        assumeThat(Files.isReadable(zero)).as("a system with /dev/zero").isTrue();
        Throwable thrown = catchThrowable(() -> PartnershipJson.readDossier(zero));
        assertThat(thrown).isInstanceOf(JsonParseException.class).hasMessageContaining("Input is not UTF-8");
        assertThat(PartnershipJson.path((JsonParseException) thrown)).isEqualTo("$");
    }
}
