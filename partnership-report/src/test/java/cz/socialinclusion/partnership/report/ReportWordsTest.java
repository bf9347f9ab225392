package cz.socialinclusion.partnership.report;

import cz.socialinclusion.partnership.Stage;
import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.member.OrganisationKind;
import cz.socialinclusion.partnership.plan.ApprovalBody;
import cz.socialinclusion.partnership.rules.DeadlineKind;
import cz.socialinclusion.partnership.rules.DeadlineStatus;
import cz.socialinclusion.partnership.rules.Severity;
import org.junit.jupiter.api.Test;
import org.threeten.extra.YearQuarter;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The page's words: the same keys in English and Czech, the same placeholders, a word for every constant shown. */
class ReportWordsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("cz.socialinclusion.partnership.report.Report", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static TreeSet<String> placeholders(String pattern) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void czechAndEnglishHaveTheSameWordsWithTheSamePlaceholders() {
        ResourceBundle english = bundle(Locale.ROOT);
        ResourceBundle czech = bundle(Locale.forLanguageTag("cs"));
        assertThat(czech.getLocale().getLanguage()).isEqualTo("cs");
        assertThat(new TreeSet<>(czech.keySet())).isEqualTo(new TreeSet<>(english.keySet()));
        for (String key : english.keySet()) {
            assertThat(placeholders(czech.getString(key))).as(key).isEqualTo(placeholders(english.getString(key)));
        }
    }

    @Test
    void everyConstantThePageNamesHasItsWord() {
        ResourceBundle english = bundle(Locale.ROOT);
        for (Stage stage : Stage.values()) {
            assertThat(english.containsKey("stage." + stage)).as("stage.%s", stage).isTrue();
        }
        for (Severity severity : Severity.values()) {
            assertThat(english.containsKey("severity." + severity)).as("severity.%s", severity).isTrue();
        }
        for (DeadlineStatus status : DeadlineStatus.values()) {
            assertThat(english.containsKey("status." + status) && english.containsKey("legend." + status)).as("%s", status).isTrue();
        }
        for (DeadlineKind kind : DeadlineKind.values()) {
            assertThat(english.containsKey("kind." + kind)).as("kind.%s", kind).isTrue();
        }
        for (OrganisationKind kind : OrganisationKind.values()) {
            assertThat(english.containsKey("org." + kind)).as("org.%s", kind).isTrue();
        }
        for (ApprovalBody body : ApprovalBody.values()) {
            assertThat(english.containsKey("mark.approval." + body)).as("mark.approval.%s", body).isTrue();
        }
        for (Page.Reporting reporting : Page.Reporting.values()) {
            assertThat(english.containsKey("meeting." + reporting)).as("meeting.%s", reporting).isTrue();
        }
    }

    @Test
    void aJvmInCzechStillWritesEnglishPagesWhenAskedForEnglish() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("cs"));
            assertThat(new Texts(Locale.ENGLISH).word("timeline")).isEqualTo("Timeline");
            assertThat(new Texts(Locale.GERMAN).word("timeline")).isEqualTo("Timeline");
            assertThat(new Texts(Locale.forLanguageTag("cs-CZ")).word("timeline")).isEqualTo("Časová osa");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aRecordedDateReadsAsPreciseAsTheRecord() {
        Texts english = new Texts(Locale.ENGLISH);
        Texts czech = new Texts(Locale.forLanguageTag("cs"));
        RecordedDate[] dates = {RecordedDate.day(LocalDate.of(2010, 6, 23)), RecordedDate.month(YearMonth.of(2010, 2)),
            RecordedDate.quarter(YearQuarter.of(2010, 3)), RecordedDate.halfYear(2011, 1), RecordedDate.year(2008),
            RecordedDate.between(LocalDate.of(2011, 2, 1), LocalDate.of(2011, 2, 10)),
            RecordedDate.onOrBefore(LocalDate.of(2011, 6, 30)), RecordedDate.notRecorded()};
        assertThat(Stream.of(dates).map(english::date)).containsExactly("Jun 23, 2010", "February 2010", "Q3 2010",
                "H1 2011", "2008", "Feb 1, 2011 to Feb 10, 2011", "by Jun 30, 2011", "date not recorded");
        assertThat(Stream.of(dates).map(czech::date)).containsExactly("23. 6. 2010", "únor 2010", "3. čtvrtletí 2010",
                "1. pololetí 2011", "2008", "1. 2. 2011 až 10. 2. 2011", "do 30. 6. 2011", "datum nezaznamenáno");
    }
}
