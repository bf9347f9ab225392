package cz.socialinclusion.partnership.examples.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code partnership check} started the way a user starts it, as a JVM of its own with a small heap
 * ({@code -Xmx128m}), on hostile input: each run ends with exit code 2 and one line on standard error.
 */
class SeparateProcessTest {

    /** Only against a hang: no run here should come near it; the duration itself is not asserted. */
    private static final long SAFETY_NET_MINUTES = 5;

    @TempDir
    Path dir;

    /**
     * A hostile value in a whole page's dossier (under 16 kB) or in Kutná Hora with two members and nothing else (a
     * test resource, under 4 kB): the process ends with exit 2, naming the JSON path where the reader refused it, then
     * what is wrong and the line.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "kutna-hora.json       | 16 | \"workingGroupsFormed\": \"2010-08\" | \"workingGroupsFormed\": \"-999999999-01-01\" | $.partnership.workingGroupsFormed",
            "kutna-hora.json       | 16 | \"workingGroupsFormed\": \"2010-08\" | \"workingGroupsFormed\": \"+999999999-12-31\" | $.partnership.workingGroupsFormed",
            "kutna-hora.json       | 16 | \"formatVersion\": 1, | \"formatVersion\": 1e999999999, | $.formatVersion",
            "kutna-hora-small.json |  4 | \"workingGroupsFormed\": \"2010-08-31\" | \"workingGroupsFormed\": \"-999999999-01-01\" | $.partnership.workingGroupsFormed",
            "kutna-hora-small.json |  4 | \"founded\": \"2010-06-11\" | \"founded\": \"+999999999-12-31\" | $.partnership.founded",
            "kutna-hora-small.json |  4 | \"formatVersion\": 1, | \"formatVersion\": 1.0, | $.formatVersion"})
    void aHostileDossierEndsWithExitTwoNamingWhereItWasRefused(String file, int kilobytes, String from, String to, String named)
            throws Exception {
        Path hostile;
        if (file.equals("kutna-hora-small.json")) {
            String small;
            try (var in = getClass().getResourceAsStream(file)) {
                small = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertThat(small).contains(from);
            hostile = dir.resolve("hostile-small.json");
            Files.writeString(hostile, small.replace(from, to));
        } else {
            hostile = Cli.edited(dir, file, "hostile.json", from, to);
        }
        assertThat(Files.size(hostile)).isLessThan(kilobytes * 1024L);
        assertThat(check(hostile, 2)).startsWith("partnership: " + hostile + ": " + named + ": ")
                .containsPattern("\\(line \\d+, column \\d+\\)$");
    }

    @Test
    void theSmallDossierItselfIsValid() throws Exception {
        Path small = dir.resolve("small.json");
        try (var in = getClass().getResourceAsStream("kutna-hora-small.json")) {
            Files.write(small, in.readAllBytes());
        }
        check(small, 0);
    }

    @Test
    void anEndlessDeviceEndsWithExitTwoAtTheSizeLimit() throws Exception {
        Path zero = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.isReadable(zero), "a system with /dev/zero");
        assertThat(check(zero, 2)).startsWith("partnership: /dev/zero: ");
    }

    /** Runs {@code partnership check FILE} in a JVM of its own; returns its standard error: one line, none on exit 0. */
    private String check(Path file, int exit) throws Exception {
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                "-cp", System.getProperty("java.class.path"), PartnershipCli.class.getName(),
                "check", "--as-of", "2011-06-01", file.toString()))
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();
        boolean ended = process.waitFor(SAFETY_NET_MINUTES, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly().waitFor();
        }
        assertThat(ended).as("partnership check ended").isTrue();
        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(err).isEqualTo(exit);
        assertThat(err.lines()).as(err).hasSize(exit == 0 ? 0 : 1);
        assertThat(err).doesNotContain("\tat ");
        return err;
    }
}
