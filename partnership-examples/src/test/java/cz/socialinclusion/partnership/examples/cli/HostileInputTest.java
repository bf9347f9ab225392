package cz.socialinclusion.partnership.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import cz.socialinclusion.partnership.json.PartnershipJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Input made to break the tool or take over the terminal: each is refused in one line or shown escaped. */
class HostileInputTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
            "check, --as-of, +999999999-12-31", "check, --as-of, -999999999-01-01", "check, --as-of, 1899-12-31",
            "check, --as-of, 2201-01-01", "schedule, --to, +999999999-12-31", "schedule, --from, -999999999-01-01",
            "schedule, --as-of, +999999999-12-31", "schedule, --to, 2011-13-01", "demo, --as-of, +999999999-12-31"})
    void aDayOfAnOptionOutsideTheModelsRangeIsRefusedAtOnce(String command, String option, String day) throws Exception {
        Path kadan = Cli.sourcePage(dir, "kadan.json");
        String[] args = switch (command) {
            case "schedule" -> "--from".equals(option)
                    ? new String[] {command, "--to", "2012-01-01", option, day, kadan.toString()}
                    : new String[] {command, "--from", "2011-01-01", "--to", "2012-01-01", option, day, kadan.toString()};
            case "demo" -> new String[] {command, "--database", dir.resolve("db").toString(), option, day};
            default -> new String[] {command, option, day, kadan.toString()};
        };
        Cli.Result result = Cli.run(args);
        assertThat(result.exit()).isEqualTo(2);
        result.assertOneLineError();
        assertThat(result.err()).contains(option).contains("'" + day + "'");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void aWindowThatEndsBeforeItStartsNamesBothOptions() throws Exception {
        Cli.Result result = Cli.run("schedule", "--from", "2012-01-01", "--to", "2011-12-31", Cli.sourcePage(dir, "kadan.json").toString());
        assertThat(result.exit()).isEqualTo(2);
        result.assertOneLineError();
        assertThat(result.err()).contains("--to 2011-12-31 is before --from 2012-01-01");
    }

    @Test
    void escapeSequencesAndLineBreaksInNamesReachNoTerminalRaw() throws Exception {
        // The model may accept these names (then they are printed escaped) or refuse them (then the error line
        // quoting them is escaped); either way nothing reaches the terminal raw.
        Path hostile = Cli.edited(dir, "kadan.json", "hostile.json",
                "\"name\": \"Lokální partnerství Kadaň\"", "\"name\": \"Kadaň\\u001B[2J\\r\\n  Findings           0\\u0000\"",
                "\"name\": \"Město Kadaň\"", "\"name\": \"Město Kadaň\\u001B]0;title\\u0007\\u009B31m\"");
        for (String format : new String[] {"text", "json"}) {
            Cli.Result result = Cli.run("check", "--as-of", "2011-06-01", "--format", format, hostile.toString());
            result.assertNothingRawForTheTerminal();
            if (result.exit() == 2) {
                result.assertOneLineError();
                assertThat(result.err()).contains("hostile.json");
            } else {
                assertThat(result.out()).contains("hostile.json");
                if ("text".equals(format)) {
                    assertThat(result.out()).contains("Kadaň\\u001B[2J\\u000D\\u000A  Findings           0\\u0000",
                            "Město Kadaň\\u001B]0;title\\u0007\\u009B31m");
                } else {
                    assertThat(result.out().lines()).hasSize(1);
                }
            }
        }
    }

    @Test
    void aC1ControlAndABidiOverrideInANameAreShownEscapedAndJsonLinesReadBackTheSame() throws Exception {
        // The model accepts C1 controls and U+202E in names: only the output can keep them from the terminal.
        Path hostile = Cli.edited(dir, "kadan.json", "c1.json",
                "\"name\": \"Lokální partnerství Kadaň\"", "\"name\": \"Lokální partnerství Kadaň\\u009B2J\\u202Etxt.exe\"",
                "\"municipality\": \"Kadaň\"", "\"municipality\": \"Kadaň\\u0085\"");
        Cli.Result text = Cli.run("check", "--as-of", "2017-12-14", hostile.toString());
        assertThat(text.exit()).as(text.err()).isZero();
        text.assertNothingRawForTheTerminal();
        assertThat(text.out()).contains("Lokální partnerství Kadaň\\u009B2J\\u202Etxt.exe", "Municipality       Kadaň\\u0085");

        Path named = Files.copy(hostile, dir.resolve("c1\u009B\u202E.json"));
        Cli.Result json = Cli.run("check", "--as-of", "2017-12-14", "--format", "json", named.toString());
        assertThat(json.exit()).as(json.err()).isZero();
        json.assertNothingRawForTheTerminal();
        assertThat(json.out()).contains("c1\\u009B\\u202E.json");
        JsonNode line = PartnershipJson.mapper().readTree(json.out());
        assertThat(line.get("file").asText()).isEqualTo(named.toString());
        assertThat(line.get("partnership").asText()).isEqualTo("kadan");
    }

    @Test
    void aFileNameWithAnEscapeSequenceIsPrintedEscaped() throws Exception {
        Path missing = dir.resolve("missing\u001B[2J.json");
        Cli.Result result = Cli.run("check", missing.toString());
        assertThat(result.exit()).isEqualTo(2);
        result.assertOneLineError().assertNothingRawForTheTerminal();
        assertThat(result.err()).contains("missing\\u001B[2J.json: no such file");

        Path named = Files.copy(Cli.sourcePage(dir, "kadan.json"), dir.resolve("kadaň\u009B\r.json"));
        Cli.Result checked = Cli.run("check", "--as-of", "2017-12-14", named.toString());
        assertThat(checked.exit()).as(checked.err()).isZero();
        checked.assertNothingRawForTheTerminal();
        assertThat(checked.out()).contains("kadaň\\u009B\\u000D.json:");
    }

    @Test
    void anArgumentWithAnEscapeSequenceIsQuotedEscapedInTheError() throws Exception {
        Cli.Result result = Cli.run("check", "--lang", "\u001B[31mde\r", Cli.sourcePage(dir, "kadan.json").toString());
        assertThat(result.exit()).isEqualTo(2);
        result.assertOneLineError().assertNothingRawForTheTerminal();
        assertThat(result.err()).contains("\\u001B[31mde\\u000D");
        Cli.Result unknown = Cli.run("check", "--\u001B[2J");
        assertThat(unknown.exit()).isEqualTo(2);
        unknown.assertOneLineError().assertNothingRawForTheTerminal();
    }

    @Test
    void anEndlessDeviceOfNulBytesIsRefusedAtItsFirstByte() {
        // No JSON text holds a NUL byte: the reader refuses it where it is, without reading on.
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(zero), "a system with /dev/zero");
        Cli.Result result = Cli.run("check", zero.toString());
        assertThat(result.exit()).isEqualTo(2);
        result.assertOneLineError();
        assertThat(result.err()).startsWith("partnership: /dev/zero: $: ").contains("byte 0x00 at byte offset 0")
                .contains("(line 1, column 1)");
    }

    @Test
    void anEndlessPipeOfSpacesIsRefusedAtTheSizeLimit() throws Exception {
        Path pipe = dir.resolve("endless");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("a system with mkfifo");
            return;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "a system with mkfifo");
        Thread writer = new Thread(() -> {
            byte[] spaces = new byte[64 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            try (OutputStream out = Files.newOutputStream(pipe)) {
                while (true) {
                    out.write(spaces);
                }
            } catch (IOException e) {
                // The tool closed its end: the pipe is broken, as it should be.
            }
        }, "endless spaces");
        writer.setDaemon(true);
        writer.start();

        Cli.Result result = Cli.run("check", pipe.toString());
        assertThat(result.exit()).isEqualTo(2);
        result.assertOneLineError();
        assertThat(result.err()).startsWith("partnership: " + pipe + ": $: ")
                .contains(String.valueOf(PartnershipJson.MAX_DOCUMENT_LENGTH))
                .contains("(line 1, column " + (PartnershipJson.MAX_DOCUMENT_LENGTH + 1) + ")");
        writer.join();
    }
}
