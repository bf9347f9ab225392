package cz.socialinclusion.partnership.examples.cli;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import biweekly.io.text.ICalReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The iCalendar files of {@code partnership schedule --format ics}, read back with a strict parser (biweekly):
 * names with RFC 5545's special characters, a line feed, a C1 control and Czech letters arrive as they should.
 */
class CalendarTest {

    @TempDir
    Path dir;

    /** In a name the model accepts: Czech letters, ; , \ and the C1 control CSI (U+009B). */
    private static final String MUNICIPALITY = "Jáchymov; Ostrov, \\\\ Boží Dar\\u009B[2J";
    /**
     * With the lines that would end the event and forge another: the model refuses a line feed in a name, so
     * here they stand on one line ({@link #textEscapesWhatRfc5545AsksAndDropsEveryOtherControlCharacter} covers
     * line feeds in free text).
     */
    private static final String NAME = "Lokální partnerství \\\"Jáchymov\\\" END:VEVENT BEGIN:VEVENT SUMMARY:podvrh;\\u009B31m";

    @Test
    void summaryAndDescriptionReadBackAsTheNamesWithTheControlCharacterDropped() throws Exception {
        Path jachymov = Cli.edited(dir, "jachymov.json", "hostile.json",
                "\"municipality\": \"Jáchymov\"", "\"municipality\": \"" + MUNICIPALITY + "\"",
                "\"name\": \"Lokální partnerství Jáchymov\"", "\"name\": \"" + NAME + "\"");

        Cli.Result result = Cli.run("schedule", "--from", "2012-01-01", "--to", "2012-12-31", "--as-of", "2012-03-01",
                "--format", "ics", jachymov.toString());
        assertThat(result.exit()).as(result.err()).isZero();
        Cli.assertNoControlCharacters(result.out().replace("\r\n", "\n"));
        for (String line : result.out().split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }

        List<ParseWarning> warnings = new ArrayList<>();
        ICalendar calendar;
        try (ICalReader reader = new ICalReader(new StringReader(result.out()))) {
            calendar = reader.readNext();
            warnings.addAll(reader.getWarnings());
        }
        assertThat(warnings).isEmpty();
        List<VEvent> events = calendar.getEvents();
        assertThat(events).hasSize(1);
        VEvent review = events.get(0);
        assertThat(review.getSummary().getValue()).isEqualTo("Jáchymov; Ostrov, \\ Boží Dar[2J: review of plan jachymov-spsz-2011");
        assertThat(review.getDescription().getValue())
                .isEqualTo("Lokální partnerství \"Jáchymov\" END:VEVENT BEGIN:VEVENT SUMMARY:podvrh;31m, plan jachymov-spsz-2011, "
                        + "not-recorded as of 2012-03-01 (the record cannot tell whether it was met)");
        assertThat(Biweekly.parse(result.out()).all()).hasSize(1);
    }

    @Test
    void textEscapesWhatRfc5545AsksAndDropsEveryOtherControlCharacter() {
        assertThat(Calendar.text("a\\b;c,d\ne\r\nf\rg\th")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng\th");
        assertThat(Calendar.text("Kadaň\u0000\u0007\u001B[2J\u007F\u0085\u009B")).isEqualTo("Kadaň[2J");
        assertThat(Calendar.text("x\uD83Dy\uDE00z 😀")).isEqualTo("x\uFFFDy\uFFFDz 😀");
    }

    @Test
    void linesAreFoldedAt75OctetsBetweenUtf8Sequences() throws Exception {
        StringBuilder ics = new StringBuilder();
        String summary = "SUMMARY:" + "Děčín – Žďár ".repeat(20) + "😀".repeat(30);
        Calendar.line(ics, summary);
        String[] lines = ics.toString().split("\r\n");
        assertThat(lines.length).isGreaterThan(4);
        for (String line : lines) {
            byte[] octets = line.getBytes(StandardCharsets.UTF_8);
            assertThat(octets.length).isLessThanOrEqualTo(75);
            assertThat(new String(octets, StandardCharsets.UTF_8)).isEqualTo(line);
        }
        assertThat(ics.toString().replace("\r\n ", "")).isEqualTo(summary + "\r\n");
    }
}
