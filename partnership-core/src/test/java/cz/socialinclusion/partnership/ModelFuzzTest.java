package cz.socialinclusion.partnership;

import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.base.Limits;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.math.BigInteger;

/**
 * Fuzzes the model's constructors with Jazzer, through the same extreme values and checks as
 * {@code ExtremeValuesTest} ({@link ExtremeValues}): each input either builds a value that round-trips through
 * its accessors and keeps within {@link Limits}, or is refused with {@link InvalidValueException}. In a plain
 * {@code mvn test} it replays its corpus ({@code ModelFuzzTestInputs}); with {@code JAZZER_FUZZ=1} it fuzzes.
 */
class ModelFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void constructors(FuzzedDataProvider data) {
        new ExtremeValues(choices(data)).check();
    }

    private static ExtremeValues.Choices choices(FuzzedDataProvider data) {
        return new ExtremeValues.Choices() {
            @Override
            public int pick(int bound) {
                return data.consumeInt(0, bound - 1);
            }

            @Override
            public long between(long min, long max) {
                return data.consumeLong(min, max);
            }

            @Override
            public String anyText(int maxLength) {
                int length = data.consumeInt(0, maxLength);
                StringBuilder text = new StringBuilder(length);
                for (int i = 0; i < length; i++) {
                    text.append(data.consumeChar());
                }
                return text.toString();
            }

            @Override
            public BigInteger anyInteger(int maxBytes) {
                byte[] bytes = data.consumeBytes(maxBytes);
                return bytes.length == 0 ? BigInteger.ZERO : new BigInteger(bytes);
            }
        };
    }
}
