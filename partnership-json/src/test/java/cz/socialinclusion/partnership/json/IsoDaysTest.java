package cz.socialinclusion.partnership.json;

import cz.socialinclusion.partnership.json.internal.IsoDays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fast reading of days accepts and refuses exactly what {@link LocalDate#parse} does. */
class IsoDaysTest {

    @Test
    void everyDayOfSeveralCenturiesReadsAsLocalDateParseReadsIt() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            LocalDate day = LocalDate.of(1900, 1, 1).plusDays(random.nextInt(365 * 300));
            assertThat(IsoDays.parse(day.toString())).isEqualTo(day);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2011-02-30", "2011-13-01", "2011-00-10", "2011-1-01", "20110209", "2011-02-0x", "", " 2011-02-09",
            "2011/02/09", "2011-02-09T00:00"})
    void whatLocalDateParseRefusesIsRefused(String text) {
        assertThatThrownBy(() -> LocalDate.parse(text)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> IsoDays.parse(text)).isInstanceOf(DateTimeException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+10000-01-01", "-0001-12-31", "0000-01-01", "9999-12-31"})
    void unusualButValidDaysReadAsLocalDateParseReadsThem(String text) {
        assertThat(IsoDays.parse(text)).isEqualTo(LocalDate.parse(text));
    }
}
