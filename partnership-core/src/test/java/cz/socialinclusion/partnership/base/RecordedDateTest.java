package cz.socialinclusion.partnership.base;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.threeten.extra.YearQuarter;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordedDateTest {

    @ParameterizedTest
    @CsvSource({
            "2010-06-23, DAY, 2010-06-23, 2010-06-23",
            "2010-02, MONTH, 2010-02-01, 2010-02-28",
            "2012-02, MONTH, 2012-02-01, 2012-02-29",
            "2010-Q3, QUARTER, 2010-07-01, 2010-09-30",
            "2011-H1, HALF_YEAR, 2011-01-01, 2011-06-30",
            "2011-H2, HALF_YEAR, 2011-07-01, 2011-12-31",
            "2008, YEAR, 2008-01-01, 2008-12-31",
            "2011-02-01/2011-02-10, RANGE, 2011-02-01, 2011-02-10",
            "../2011-06-30, RANGE, , 2011-06-30",
            "not-recorded, NOT_RECORDED, , ",
    })
    void everyTextFormGivesItsRangeAndReadsBack(String text, RecordedDate.Precision precision, LocalDate earliest,
                                                LocalDate latest) {
        RecordedDate date = RecordedDate.parse(text);

        assertThat(date.precision()).isEqualTo(precision);
        assertThat(date.earliest()).isEqualTo(earliest);
        assertThat(date.latest()).isEqualTo(latest);
        assertThat(date).hasToString(text);
        assertThat(RecordedDate.parse(date.toString())).isEqualTo(date);
    }

    @Test
    void factoriesAgreeWithTheTextForms() {
        assertThat(RecordedDate.month(YearMonth.of(2010, 2))).isEqualTo(RecordedDate.parse("2010-02"));
        assertThat(RecordedDate.quarter(YearQuarter.of(2010, 3))).isEqualTo(RecordedDate.parse("2010-Q3"));
        assertThat(RecordedDate.halfYear(2011, 1)).isEqualTo(RecordedDate.parse("2011-H1"));
        assertThat(RecordedDate.year(2008)).isEqualTo(RecordedDate.parse("2008"));
        assertThat(RecordedDate.day(LocalDate.of(2010, 6, 23)).day()).contains(LocalDate.of(2010, 6, 23));
        assertThat(RecordedDate.month(YearMonth.of(2010, 2)).day()).isEmpty();
        assertThat(RecordedDate.notRecorded().isRecorded()).isFalse();
    }

    /** Kutná Hora's council adopted the plan "in February"; the deadline is in, before and after that month. */
    @Test
    void aMonthAgainstADeadlineInItBeforeItAndAfterIt() {
        RecordedDate february = RecordedDate.month(YearMonth.of(2010, 2));

        assertThat(february.isOnOrBefore(LocalDate.of(2010, 1, 31))).isEqualTo(Answer.NO);
        assertThat(february.isOnOrBefore(LocalDate.of(2010, 2, 1))).isEqualTo(Answer.UNDECIDED);
        assertThat(february.isOnOrBefore(LocalDate.of(2010, 2, 27))).isEqualTo(Answer.UNDECIDED);
        assertThat(february.isOnOrBefore(LocalDate.of(2010, 2, 28))).isEqualTo(Answer.YES);
        assertThat(february.isOnOrBefore(LocalDate.of(2010, 3, 1))).isEqualTo(Answer.YES);

        assertThat(february.isBefore(LocalDate.of(2010, 2, 1))).isEqualTo(Answer.NO);
        assertThat(february.isBefore(LocalDate.of(2010, 2, 28))).isEqualTo(Answer.UNDECIDED);
        assertThat(february.isBefore(LocalDate.of(2010, 3, 1))).isEqualTo(Answer.YES);
        assertThat(february.isAfter(LocalDate.of(2010, 1, 31))).isEqualTo(Answer.YES);
        assertThat(february.isAfter(LocalDate.of(2010, 2, 28))).isEqualTo(Answer.NO);
    }

    @Test
    void aDayDecidesEveryQuestionAndNotRecordedNone() {
        RecordedDate day = RecordedDate.day(LocalDate.of(2011, 2, 9));
        assertThat(day.isOnOrBefore(LocalDate.of(2011, 2, 9))).isEqualTo(Answer.YES);
        assertThat(day.isOnOrBefore(LocalDate.of(2011, 2, 8))).isEqualTo(Answer.NO);

        RecordedDate unknown = RecordedDate.notRecorded();
        assertThat(unknown.isOnOrBefore(LocalDate.of(2200, 12, 31))).isEqualTo(Answer.UNDECIDED);
        assertThat(unknown.isOnOrBefore(LocalDate.of(1900, 1, 1))).isEqualTo(Answer.UNDECIDED);

        RecordedDate byPage = RecordedDate.onOrBefore(LocalDate.of(2011, 6, 30));
        assertThat(byPage.isOnOrBefore(LocalDate.of(2011, 6, 30))).isEqualTo(Answer.YES);
        assertThat(byPage.isOnOrBefore(LocalDate.of(2011, 6, 29))).isEqualTo(Answer.UNDECIDED);
        assertThat(byPage.isOnOrBefore(LocalDate.of(1900, 1, 1))).isEqualTo(Answer.UNDECIDED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2010-13", "2010-Q5", "2010-Q0", "2011-H3", "2010-02-30", "201", "20100", "2010-2",
            "2011-02-10/2011-02-01", "2011-02-01/2011-02-01", "../..", "not recorded", "1899", "2201-01",
            "2010-06-23T00:00", "２０１０", "2010-06-2x", "/2011-01-01", "2011-01-01/"})
    void refusesWhatIsNotAForm(String text) {
        assertThatThrownBy(() -> RecordedDate.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("recordedDate"));
    }

    @Test
    void theConstructorRefusesARangeThatDoesNotFitItsPrecision() {
        assertThatThrownBy(() -> new RecordedDate(RecordedDate.Precision.MONTH, LocalDate.of(2010, 2, 2),
                LocalDate.of(2010, 2, 28)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("MONTH 2010-02-02/2010-02-28 does not span one whole month");
        assertThatThrownBy(() -> new RecordedDate(RecordedDate.Precision.NOT_RECORDED, null, LocalDate.of(2010, 2, 2)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new RecordedDate(RecordedDate.Precision.DAY, LocalDate.of(2010, 2, 2), null))
                .isInstanceOf(InvalidValueException.class);
    }
}
