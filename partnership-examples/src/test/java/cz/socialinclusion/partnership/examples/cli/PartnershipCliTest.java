package cz.socialinclusion.partnership.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import cz.socialinclusion.partnership.json.PartnershipJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command of the {@code partnership} tool, run in-process through picocli. */
class PartnershipCliTest {

    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2011, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final List<Path> dossiers = new ArrayList<>();
    private String out;
    private String err;

    @BeforeEach
    void copyTheFiveDossiers() throws Exception {
        for (String name : DossierFiles.SOURCE_PAGES) {
            try (InputStream in = PartnershipJson.class.getResourceAsStream("dossiers/" + name)) {
                Path file = dir.resolve(name);
                Files.write(file, in.readAllBytes());
                dossiers.add(file);
            }
        }
    }

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int exit = PartnershipCli.commandLine(CLOCK, new PrintWriter(o), new PrintWriter(e)).execute(args);
        out = o.toString();
        err = e.toString();
        return exit;
    }

    private Path file(String name, byte[] content) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    private void assertOneLineError() {
        assertThat(err.lines()).hasSize(1);
        assertThat(err).startsWith("partnership: ").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "check", "schedule", "import", "export"})
    void everyCommandHasHelp(String command) {
        assertThat(run(command, "--help")).isZero();
        assertThat(out).contains("Usage: partnership " + command);
        assertThat(run("help", command)).isZero();
    }

    @Test
    void withoutACommandTheToolShowsItsUsageAndVersion() {
        assertThat(run()).isZero();
        assertThat(out).contains("demo", "check", "schedule", "import", "export");
        assertThat(run("--version")).isZero();
        assertThat(out).contains("partnership 0.1.0-SNAPSHOT");
    }

    @Test
    void theDemoStoresReadsBackAndPrintsAllFivePartnershipsWithFindingsAndDeadlines() {
        assertThat(run("demo", "--database", dir.resolve("db").toString())).isZero();
        assertThat(out).contains("Stored 5 partnerships in the H2 database " + dir.resolve("db").resolve("demo").toAbsolutePath() + ".mv.db")
                .contains("Lokální partnerství Kadaň", "Lokální partnerství Jáchymov", "Lokální partnerství Kutná Hora",
                        "Lokální partnerství Cheb", "Lokální partnerství Děčín")
                .contains("Miroslav Horváth a Petr Vepřek – záměr sociální firmy s městem", "Zainteresovaní obyvatelé sociálně vyloučené lokality")
                .contains("Founded            2010-06-23", "Intervention end   2012-12-31")
                .contains("Findings           ", "as of 2011-06-01", "review-cycle.next")
                .contains("Next deadlines from 2011-06-01:", "  2011-08-01  Kutná Hora   planning deadline          done");
        assertThat(err).isEmpty();
        assertThat(Files.exists(dir.resolve("db").resolve("demo.mv.db"))).isTrue();
        assertThat(run("demo", "--database", dir.resolve("db").toString(), "--lang", "cs", "--as-of", "2012-07-01")).as(() -> err).isZero();
        assertThat(out).contains("Obec               Cheb", "Působení Agentury končí 2012-12-31: zbývá 183 dní.", "Nejbližší lhůty od 2012-07-01:",
                "  2012-12-31  Cheb         konec intervence              nadchází");
        assertThat(out).doesNotContain("INTERVENTION_END", "UPCOMING", "PLAN_REVIEW", "DONE", "upcoming");
    }

    @Test
    void checkExitsZeroWithoutErrorFindingsAndOneWithThem() throws Exception {
        assertThat(run("check", "--as-of", "2017-12-14", dossiers.get(0).toString())).isZero();
        assertThat(out).contains("kadan.json:", "Findings           1 as of 2017-12-14", "UNKNOWN planning-deadline.not-recorded");
        assertThat(run(concat(new String[] {"check"}, files()))).isZero();
        assertThat(run("check", "--as-of", "2013-01-15", keptUntil2013().toString())).isEqualTo(1);
        assertThat(out).contains("review-cycle.overdue", "The review of plan jachymov-spsz-2011 was due by 2012-02-09; it is 341 days overdue.");
    }

    @Test
    void checkPrintsUnderEachFindingTheSourceOfTheFactsItRestsOnWithTheQuotedWords() throws Exception {
        Path cheb = dossiers.get(3);
        assertThat(run("check", "--as-of", "2011-01-31", cheb.toString())).isZero();
        assertThat(out).contains("review-cycle.not-recorded",
                "          source: Lokální partnerství Cheb — „Schválením strategického plánu intervence Agentury pro sociální "
                        + "začleňování ve městě nekončí.“");
        assertThat(run("check", "--lang", "cs", "--as-of", "2011-01-31", cheb.toString())).isZero();
        assertThat(out).contains("          zdroj: Lokální partnerství Cheb — „");
        assertThat(run("check", "--format", "json", "--as-of", "2011-01-31", cheb.toString())).isZero();
        JsonNode line = PartnershipJson.mapper().readTree(out.lines().findFirst().orElseThrow());
        assertThat(line.get("findings")).isNotEmpty().allSatisfy(f -> {
            assertThat(f.get("facts")).isNotEmpty();
            assertThat(f.get("sources")).singleElement().satisfies(source -> {
                assertThat(source.get("id").asText()).isEqualTo("cheb-stranka");
                assertThat(source.get("title").asText()).isEqualTo("Lokální partnerství Cheb");
                assertThat(source.get("quotes")).isNotEmpty();
            });
        });
    }

    /** Jáchymov's dossier as if kept up to date until the end of 2013, with no review recorded. */
    private Path keptUntil2013() throws Exception {
        return Cli.edited(dir, "jachymov.json", "jachymov-2013.json", "\"recordedUntil\": \"2011-02-09\"", "\"recordedUntil\": \"2013-12-31\"");
    }

    @Test
    void checkWritesOneJsonObjectPerFile() throws Exception {
        assertThat(run("check", "--format", "json", "--lang", "cs", "--as-of", "2013-01-15", dossiers.get(3).toString(),
                keptUntil2013().toString())).isEqualTo(1);
        List<String> lines = out.lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode jachymov = PartnershipJson.mapper().readTree(lines.get(1));
        assertThat(jachymov.get("file").asText()).isEqualTo(dir.resolve("jachymov-2013.json").toString());
        assertThat(jachymov.get("partnership").asText()).isEqualTo("jachymov");
        assertThat(jachymov.get("asOf").asText()).isEqualTo("2013-01-15");
        JsonNode finding = null;
        for (JsonNode f : jachymov.get("findings")) {
            if (f.get("code").asText().equals("review-cycle.overdue")) {
                finding = f;
            }
        }
        assertThat(finding).isNotNull();
        assertThat(finding.get("rule").asText()).isEqualTo("review-cycle");
        assertThat(finding.get("severity").asText()).isEqualTo("error");
        assertThat(finding.get("subject").get("kind").asText()).isEqualTo("plan");
        assertThat(finding.get("due").asText()).isEqualTo("2012-02-09");
        assertThat(finding.get("message").asText()).isEqualTo("Revize plánu jachymov-spsz-2011 byla splatná do 2012-02-09; je 341 dní po lhůtě.");
    }

    @Test
    void truncatedJsonIsAOneLineErrorWithExitTwo() throws Exception {
        byte[] cheb = Files.readAllBytes(dossiers.get(3));
        Path truncated = file("truncated.json", java.util.Arrays.copyOf(cheb, cheb.length / 2));
        assertThat(run("check", truncated.toString())).isEqualTo(2);
        assertOneLineError();
        assertThat(err).contains(truncated.toString()).contains("Unexpected end-of-input");
    }

    @Test
    void binaryBytesAreAOneLineErrorWithExitTwo() throws Exception {
        Path binary = file("binary.json", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, (byte) 0xFF, (byte) 0xFE});
        assertThat(run("check", binary.toString())).isEqualTo(2);
        assertOneLineError();
        assertThat(err).contains(binary.toString());
    }

    @Test
    void deepNestingIsAOneLineErrorWithExitTwo() throws Exception {
        Path deep = file("deep.json", ("{\"formatVersion\":1,\"partnership\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(run("check", deep.toString())).isEqualTo(2);
        assertOneLineError();
        assertThat(err).contains(deep.toString());
    }

    @Test
    void aBadDateInAFileNamesTheFileAndTheJsonPath() throws Exception {
        String cheb = Files.readString(dossiers.get(3));
        Path bad = file("bad-date.json", cheb.replace("\"founded\": \"2008-07-30\"", "\"founded\": \"2008-02-30\"")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(run("check", bad.toString())).isEqualTo(2);
        assertOneLineError();
        assertThat(err).contains(bad + ": $.partnership.founded: ").contains("2008-02-30");
    }

    @Test
    void aMissingFileAndBadArgumentsAreOneLineErrorsWithExitTwo() {
        assertThat(run("check", dir.resolve("none.json").toString())).isEqualTo(2);
        assertOneLineError();
        assertThat(err).contains("none.json: no such file");
        assertThat(run("check", "--as-of", "2011-02-30", dossiers.get(0).toString())).isEqualTo(2);
        assertOneLineError();
        assertThat(err).contains("--as-of").contains("2011-02-30");
        assertThat(run("check", "--lang", "de", dossiers.get(0).toString())).isEqualTo(2);
        assertOneLineError();
        assertThat(run("schedule", "--from", "2011-01-01", dossiers.get(0).toString())).isEqualTo(2);
        assertOneLineError();
        assertThat(err).contains("--to");
        assertThat(run("check", "--no-such-option")).isEqualTo(2);
        assertOneLineError();
    }

    @Test
    void verboseShowsTheStackTrace() throws Exception {
        Path binary = file("binary.json", new byte[] {1, 2, 3});
        assertThat(run("check", "--verbose", binary.toString())).isEqualTo(2);
        assertThat(err.lines().count()).isGreaterThan(1);
        assertThat(err).contains("\tat ");
    }

    @Test
    void scheduleListsTheDeadlinesOfTheWindowInDateOrder() {
        assertThat(run("schedule", "--from", "2011-01-01", "--to", "2014-12-31", "--as-of", "2012-03-01",
                dossiers.get(1).toString(), dossiers.get(2).toString())).isZero();
        List<String> lines = out.lines().toList();
        assertThat(lines).containsExactly(
                // the groups were formed in August 2010: the plan was due by 1 August 2011 at the earliest
                "2011-08-01  Kutná Hora   planning deadline          done         partnership kutna-hora",
                // Jáchymov's page was written in February 2011: a review due in 2012 is not recorded, not overdue
                "2012-02-09  Jáchymov     plan review                not recorded plan jachymov-spsz-2011",
                "2012-05-10  Kutná Hora   plan review                upcoming     plan kutna-hora-spsz-2011",
                "2013-02-09  Jáchymov     plan review                upcoming     plan jachymov-spsz-2011",
                "2013-05-10  Kutná Hora   plan review                upcoming     plan kutna-hora-spsz-2011",
                "2014-02-08  Jáchymov     plan period end            upcoming     plan jachymov-spsz-2011",
                "2014-05-09  Kutná Hora   plan period end            upcoming     plan kutna-hora-spsz-2011");
    }

    @Test
    void scheduleSpeaksCzechWithLangCs() {
        assertThat(run("schedule", "--from", "2011-01-01", "--to", "2012-12-31", "--as-of", "2012-03-01", "--lang", "cs",
                dossiers.get(2).toString(), dossiers.get(3).toString())).isZero();
        assertThat(out.lines().toList()).containsExactly(
                "2011-08-01  Kutná Hora   přijetí plánu                 splněno       partnerství kutna-hora",
                "2012-05-10  Kutná Hora   revize plánu                  nadchází      plán kutna-hora-spsz-2011",
                "2012-12-31  Cheb         konec intervence              nadchází      intervence cheb",
                "2012-12-31  Cheb         konec plánu                   nadchází      plán cheb-spsz-2010");
    }

    @Test
    void scheduleWritesAnICalendarFile() {
        assertThat(run("schedule", "--from", "2011-01-01", "--to", "2014-12-31", "--as-of", "2012-03-01", "--format", "ics",
                dossiers.get(1).toString(), dossiers.get(3).toString())).isZero();
        assertThat(out).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//cz.socialinclusion//partnership//EN\r\n")
                .endsWith("END:VCALENDAR\r\n")
                .contains("BEGIN:VEVENT\r\nUID:plan-review-jachymov-spsz-2011-20120209@jachymov.partnership\r\n"
                        + "DTSTAMP:20120301T000000Z\r\nDTSTART;VALUE=DATE:20120209\r\nDTEND;VALUE=DATE:20120210\r\n")
                .contains("SUMMARY:Jáchymov: review of plan jachymov-spsz-2011\r\n")
                .contains("STATUS:TENTATIVE\r\n")
                .contains("DTSTART;VALUE=DATE:20121231");
        assertThat(out.split("BEGIN:VEVENT", -1)).hasSize(6);
        assertThat(out.replace("\r\n ", "")).as("unfolded").contains("DESCRIPTION:Lokální partnerství Jáchymov\\, "
                + "plan jachymov-spsz-2011\\, not-recorded as of 2012-03-01 (the record cannot tell whether it was met)\r\n");
        assertThat(out.replace("\r\n", "")).doesNotContain("\n");
        for (String line : out.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void importThenExportGivesTheSameFilesByteForByte() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        assertThat(run(concat(new String[] {"import", "--jdbc-url", url}, files()))).isZero();
        assertThat(out.lines()).hasSize(5).anyMatch(l -> l.contains("decin (Lokální partnerství Děčín, 0 plans, 0 projects)"));
        Path exported = dir.resolve("out");
        assertThat(run("export", "--jdbc-url", url, "--municipality", "Děčín", "--output", exported.toString())).isZero();
        assertThat(Files.readAllBytes(exported.resolve("decin.json"))).isEqualTo(Files.readAllBytes(dossiers.get(4)));
        assertThat(run("export", "--jdbc-url", url, "--municipality", "Jáchymov", "--output", exported.toString())).isZero();
        assertThat(Files.readAllBytes(exported.resolve("jachymov.json"))).isEqualTo(Files.readAllBytes(dossiers.get(1)));

        assertThat(run("export", "--jdbc-url", url, "--municipality", "Aš", "--output", exported.toString())).isEqualTo(1);
        assertOneLineError();
    }

    private String[] files() {
        return dossiers.stream().map(Path::toString).toArray(String[]::new);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
