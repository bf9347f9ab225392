package cz.socialinclusion.partnership.examples.cli;

import cz.socialinclusion.partnership.json.PartnershipJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the tool in-process the way {@code main} does, on a clock fixed at 2011-06-01; shared by the tool's tests. */
final class Cli {

    static final Clock CLOCK = Clock.fixed(LocalDate.of(2011, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private Cli() {
    }

    /** What one run printed and returned. */
    record Result(int exit, String out, String err) {

        /** One line on standard error, without a stack trace. */
        Result assertOneLineError() {
            assertThat(err.lines()).as(err).hasSize(1);
            assertThat(err).startsWith("partnership: ").doesNotContain("Exception").doesNotContain("\tat ");
            return this;
        }

        /** Neither output holds a character a terminal acts on: only printable text and the line ends. */
        Result assertNothingRawForTheTerminal() {
            assertNoControlCharacters(out);
            assertNoControlCharacters(err);
            return this;
        }
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PartnershipCli.commandLine(CLOCK, new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    static void assertNoControlCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                i++;
                continue;
            }
            assertThat(c == '\n' || !(c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c) || c == '\u202E'))
                    .as("character U+%04X at %d of %s", (int) c, i, text).isTrue();
        }
    }

    /** A source-page dossier of partnership-json copied to {@code dir}. */
    static Path sourcePage(Path dir, String name) throws IOException {
        try (InputStream in = PartnershipJson.class.getResourceAsStream("dossiers/" + name)) {
            Path file = dir.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    /**
     * A source-page dossier saved as {@code name} with text replaced: {@code replacements} are pairs of the
     * JSON text to find (which must be there) and the JSON text to put instead.
     */
    static Path edited(Path dir, String page, String name, String... replacements) throws IOException {
        String json;
        try (InputStream in = PartnershipJson.class.getResourceAsStream("dossiers/" + page)) {
            json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        for (int i = 0; i < replacements.length; i += 2) {
            assertThat(json).as("%s holds %s", page, replacements[i]).contains(replacements[i]);
            json = json.replace(replacements[i], replacements[i + 1]);
        }
        Path file = dir.resolve(name);
        Files.writeString(file, json);
        return file;
    }

    /** The H2 database file {@code name} in {@code dir}, as a JDBC URL. */
    static String h2(Path dir, String name) {
        return "jdbc:h2:file:" + dir.resolve(name).toAbsolutePath() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    }
}
