package cz.socialinclusion.partnership;

import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.base.Limits;
import cz.socialinclusion.partnership.member.MemberId;
import cz.socialinclusion.partnership.member.Organisation;
import cz.socialinclusion.partnership.member.OrganisationKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LimitsTest {

    @Test
    void daysFrom1900To2200AreWithinRange() {
        assertThat(Limits.isWithinRange(LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(Limits.isWithinRange(LocalDate.of(2200, 12, 31))).isTrue();
        assertThat(Limits.isWithinRange(LocalDate.of(1899, 12, 31))).isFalse();
        assertThat(Limits.isWithinRange(LocalDate.of(2201, 1, 1))).isFalse();
        assertThat(Limits.isWithinRange(LocalDate.MIN)).isFalse();
        assertThat(Limits.isWithinRange(LocalDate.MAX)).isFalse();
    }

    @Test
    void theRangeOfDaysIsWholeYears() {
        // isWithinRange(LocalDate) tells by the year alone: it relies on this.
        assertThat(Limits.EARLIEST_DAY.getDayOfYear()).isEqualTo(1);
        assertThat(Limits.LATEST_DAY.plusDays(1).getDayOfYear()).isEqualTo(1);
    }

    @Test
    void decimalsKeepThirtyDigitsAndTenDecimalPlaces() {
        assertThat(Limits.isWithinRange(new BigDecimal("1250000.50"))).isTrue();
        assertThat(Limits.isWithinRange(new BigDecimal("1E+3"))).isTrue();
        assertThat(Limits.isWithinRange(new BigDecimal("0.0000000001"))).isTrue();
        assertThat(Limits.isWithinRange(new BigDecimal("0.00000000001"))).isFalse();
        assertThat(Limits.isWithinRange(new BigDecimal("1".repeat(30)))).isTrue();
        assertThat(Limits.isWithinRange(new BigDecimal("1".repeat(31)))).isFalse();
        assertThat(Limits.isWithinRange(new BigDecimal("1".repeat(21) + ".123456789"))).isTrue();
        assertThat(Limits.isWithinRange(new BigDecimal("1".repeat(21) + ".1234567891"))).isFalse();
        assertThat(Limits.isWithinRange(new BigDecimal("1e999999999"))).isFalse();
        assertThat(Limits.isWithinRange(new BigDecimal("1e-999999999"))).isFalse();
    }

    @Test
    void textRefusesControlsAndLoneSurrogatesButKeepsTabLineFeedAndCzech() {
        assertThat(Limits.firstRefusedCharacter("Žluťoučký kůň\tpěl\nódy 😀")).isEqualTo(-1);
        assertThat(Limits.firstRefusedCharacter("a\u0000b")).isEqualTo(1);
        assertThat(Limits.firstRefusedCharacter("ab\r")).isEqualTo(2);
        assertThat(Limits.firstRefusedCharacter("\u001b[2J")).isZero();
        assertThat(Limits.firstRefusedCharacter("x\u007f")).isEqualTo(1);
        assertThat(Limits.firstRefusedCharacter("a\ud83d")).isEqualTo(1);
        assertThat(Limits.firstRefusedCharacter("a\ude00b")).isEqualTo(1);
    }

    @Test
    void everyCharacterOfTheBasicPlaneIsRefusedExactlyWhenItIsAControlDelOrALoneSurrogate() {
        for (int code = 0; code <= Character.MAX_VALUE; code++) {
            char c = (char) code;
            boolean refused = (c < 0x20 && c != '\t' && c != '\n') || c == 0x7F || Character.isSurrogate(c);
            assertThat(Limits.firstRefusedCharacter("Obec Kadaň " + c))
                    .as("U+%04X", (int) c).isEqualTo(refused ? 11 : -1);
        }
        assertThat(Limits.firstRefusedCharacter("\u0080\u009f\u00a0\ud7ff\ue000\uffff")).isEqualTo(-1);
    }

    @Test
    void aNameIsRefusedForEveryCharacterOfTheBasicPlaneATextIsRefusedForAndForTabAndLineFeed() {
        MemberId id = MemberId.of("kadan-obec");
        for (int code = 0; code <= Character.MAX_VALUE; code++) {
            char c = (char) code;
            boolean refused = c < 0x20 || c == 0x7F || Character.isSurrogate(c);
            String name = "Obec Kadaň " + c + " sever";
            if (refused) {
                assertThatThrownBy(() -> Organisation.of(id, name, OrganisationKind.MUNICIPALITY))
                        .as("U+%04X", (int) c).isInstanceOf(InvalidValueException.class)
                        .hasMessageContaining(String.format(Locale.ROOT, "holds the character U+%04X at index 11", (int) c));
            } else {
                assertThat(Organisation.of(id, name, OrganisationKind.MUNICIPALITY).name()).as("U+%04X", (int) c)
                        .isEqualTo(name);
            }
        }
        // A refused character is named before a tab that comes first, as a text reports it.
        assertThatThrownBy(() -> Organisation.of(id, "Obec\tKadaň\u007f", OrganisationKind.MUNICIPALITY))
                .hasMessageContaining("holds the character U+007F at index 10");
        assertThat(Organisation.of(id, "Kadaň 😀", OrganisationKind.MUNICIPALITY).name()).isEqualTo("Kadaň 😀");
    }
}

