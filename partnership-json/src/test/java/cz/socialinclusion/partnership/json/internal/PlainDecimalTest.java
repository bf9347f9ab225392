package cz.socialinclusion.partnership.json.internal;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short way to a decimal that the money reader and the decimal reader take for a plain text gives what
 * {@code new BigDecimal(text)} gives: digits and scale.
 */
class PlainDecimalTest {

    @Test
    void everyPlainAmountReadsAsBigDecimalReadsIt() {
        SplittableRandom random = new SplittableRandom(20261128);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            int whole = 1 + random.nextInt(random.nextBoolean() ? 6 : 30);
            for (int i = 0; i < whole; i++) {
                // Leading zeros and nines (the largest digits) more often than by chance.
                text.append(random.nextInt(4) == 0 ? (random.nextBoolean() ? '0' : '9') : (char) ('0' + random.nextInt(10)));
            }
            if (random.nextBoolean()) {
                text.append('.');
                int fraction = 1 + random.nextInt(10);
                for (int i = 0; i < fraction; i++) {
                    text.append((char) ('0' + random.nextInt(10)));
                }
            }
            String amount = text.toString();
            assertThat(SmallObjects.isPlainAmount(amount)).as(amount).isTrue();
            BigDecimal read = SmallObjects.plainDecimal(amount);
            BigDecimal expected = new BigDecimal(amount);
            assertThat(read).as(amount).isEqualTo(expected);
            assertThat(read.scale()).as(amount).isEqualTo(expected.scale());
            assertThat(read.unscaledValue()).as(amount).isEqualTo(expected.unscaledValue());
        }
    }

    @Test
    void theLongestAmountsTheShortWayTakesAndTheFirstItLeaves() {
        for (String amount : new String[] {"999999999999999999", "99999999999999999.9", "0.0000000000", "0",
                "000000000000000001", "1234567.8901234567", "9999999999999999999", "12345678.9012345678"}) {
            assertThat(SmallObjects.plainDecimal(amount)).as(amount).isEqualTo(new BigDecimal(amount));
            assertThat(SmallObjects.plainDecimal(amount).scale()).as(amount).isEqualTo(new BigDecimal(amount).scale());
        }
    }
}
