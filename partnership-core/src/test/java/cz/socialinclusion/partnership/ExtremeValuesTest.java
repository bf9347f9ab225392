package cz.socialinclusion.partnership;

import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.base.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigInteger;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A property of every constructor of the model: given extreme values (see {@link ExtremeValues}), it either
 * builds a value that gives back what it was given and keeps within {@link Limits}, or throws
 * {@link InvalidValueException} naming the field; never another exception, never a hang. The cases come from
 * a seeded {@link Random}, so a failure names the constructor and seed that reproduce it.
 */
class ExtremeValuesTest {

    private static final long SEED = 20_111_209L;
    private static final int CASES_PER_CONSTRUCTOR = 120;

    /** Special characters a random text draws from, besides Czech letters and digits. */
    private static final String SPECIAL = "\u0000\u0001\u0008\t\n\r\u001b\u007f\u0085\u00a0\u2028\ud83d\ude00 ";
    private static final String LETTERS = "aábcčdďeéěfghiíjklmnňoópqrřsštťuúůvwxyýzžAÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ0123456789-.,";

    static Stream<Arguments> cases() {
        return IntStream.range(0, ExtremeValues.CONSTRUCTORS).boxed()
                .flatMap(c -> IntStream.range(0, CASES_PER_CONSTRUCTOR).mapToObj(i -> Arguments.of(c, SEED + 1_000L * c + i)));
    }

    @ParameterizedTest(name = "constructor {0}, seed {1}")
    @MethodSource("cases")
    void eachConstructorBuildsAValueThatRoundTripsOrRefusesItWithInvalidValueException(int constructor, long seed) {
        new ExtremeValues(choices(new Random(seed))).check(constructor);
    }

    @Test
    void everyConstructorBothBuildsAndRefusesSomeOfTheExtremeValues() {
        Random random = new Random(SEED);
        ExtremeValues values = new ExtremeValues(choices(random));
        for (int constructor = 0; constructor < ExtremeValues.CONSTRUCTORS; constructor++) {
            int built = 0;
            int refused = 0;
            for (int i = 0; i < 200; i++) {
                if (values.check(constructor)) {
                    built++;
                } else {
                    refused++;
                }
            }
            assertThat(built).as("values built by constructor %d", constructor).isPositive();
            assertThat(refused).as("values refused by constructor %d", constructor).isPositive();
        }
    }

    static ExtremeValues.Choices choices(Random random) {
        return new ExtremeValues.Choices() {
            @Override
            public int pick(int bound) {
                return random.nextInt(bound);
            }

            @Override
            public long between(long min, long max) {
                return min + Math.floorMod(random.nextLong(), max - min + 1);
            }

            @Override
            public String anyText(int maxLength) {
                int length = random.nextInt(maxLength + 1);
                StringBuilder text = new StringBuilder(length);
                for (int i = 0; i < length; i++) {
                    String from = random.nextInt(4) == 0 ? SPECIAL : LETTERS;
                    text.append(from.charAt(random.nextInt(from.length())));
                }
                return text.toString();
            }

            @Override
            public BigInteger anyInteger(int maxBytes) {
                return new BigInteger(8 * (1 + random.nextInt(maxBytes)), random).subtract(BigInteger.ONE.shiftLeft(4 * maxBytes));
            }
        };
    }
}
