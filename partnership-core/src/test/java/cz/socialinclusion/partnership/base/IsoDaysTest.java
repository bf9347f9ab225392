package cz.socialinclusion.partnership.base;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.threeten.extra.YearQuarter;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Days are read only as {@code YYYY-MM-DD} within the model's range, quarters only as {@code YYYY-Qn}. */
class IsoDaysTest {

    @Test
    void everyDayOfTheModelsRangeReadsAsLocalDateParseReadsIt() {
        Random random = new Random(11);
        int days = (int) (Limits.LATEST_DAY.toEpochDay() - Limits.EARLIEST_DAY.toEpochDay());
        for (int i = 0; i < 20_000; i++) {
            LocalDate day = Limits.EARLIEST_DAY.plusDays(random.nextInt(days + 1));
            assertThat(IsoDays.parse(day.toString())).isEqualTo(day).isEqualTo(LocalDate.parse(day.toString()));
        }
        assertThat(IsoDays.parse("1900-01-01")).isEqualTo(Limits.EARLIEST_DAY);
        assertThat(IsoDays.parse("2200-12-31")).isEqualTo(Limits.LATEST_DAY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2011-02-30", "2011-13-01", "2011-00-10", "2011-1-01", "20110209", "2011-02-0x", "", " 2011-02-09",
            "2011/02/09", "2011-02-09T00:00", "+10000-01-01", "-0001-12-31", "+999999999-12-31", "-999999999-01-01",
            "+2011-02-09", "0000-01-01", "9999-12-31", "1899-12-31", "2201-01-01", "２０１１-02-09"})
    void anythingButAFourDigitDayWithinTheRangeIsRefused(String text) {
        assertThatThrownBy(() -> IsoDays.parse(text)).isInstanceOf(DateTimeException.class).hasMessageContaining("day");
    }

    @Test
    void quartersAreReadOnlyWithFourDigitYearsWithinTheRange() {
        assertThat(IsoDays.parseQuarter("2011-Q2")).isEqualTo(YearQuarter.of(2011, 2));
        for (String text : new String[] {"2011-Q5", "2011-Q0", "+10000-Q1", "-0001-Q1", "1899-Q4", "2201-Q1", "2011Q2", "2011-q2"}) {
            assertThatThrownBy(() -> IsoDays.parseQuarter(text)).as(text).isInstanceOf(DateTimeException.class);
        }
    }
}
