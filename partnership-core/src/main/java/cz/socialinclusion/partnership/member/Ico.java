package cz.socialinclusion.partnership.member;

import cz.socialinclusion.partnership.base.InvalidValueException;
import jakarta.validation.constraints.NotNull;

import java.util.Objects;

/**
 * The identification number of a Czech organisation (identifikační číslo osoby, IČO): eight digits,
 * the last a check digit over the first seven (weights 8 to 2, modulo 11).
 *
 * <p>Immutable and thread-safe. {@link #toString()} gives the eight digits, which {@link #parse} reads back.
 *
 * @param value the eight digits
 */
public record Ico(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @ValidIco String value) {

    /**
     * @param value the eight digits
     * @throws NullPointerException if {@code value} is null
     * @throws InvalidValueException if {@code value} is not eight digits with a correct check digit
     */
    public Ico {
        Objects.requireNonNull(value, "ico");
        if (!isValid(value)) {
            throw new InvalidValueException("ico", value,
                    "ico '" + value + "' is not a valid IČO: eight digits with a correct check digit");
        }
    }

    /**
     * Reads an IČO, ignoring spaces ({@code "257 55 277"}); a shorter number is padded with leading zeros
     * the way registers print it.
     *
     * @param text the text
     * @return the IČO, read ignoring spaces ({@code "257 55 277"}); a shorter number is padded with leading zeros the way registers print it
     * @throws NullPointerException if {@code text} is null
     * @throws InvalidValueException if the text is not a valid IČO
     */
    public static Ico parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String digits = text.toString().replace(" ", "");
        if (!digits.isEmpty() && digits.length() < 8 && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            digits = "0".repeat(8 - digits.length()) + digits;
        }
        return new Ico(digits);
    }

    /**
     * Whether the text is eight digits whose last is the correct check digit.
     *
     * @param value the eight digits
     * @return whether the text is eight digits whose last is the correct check digit
     */
    public static boolean isValid(String value) {
        if (value == null || value.length() != 8) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            if (i < 7) {
                sum += (c - '0') * (8 - i);
            }
        }
        int check = (11 - sum % 11) % 10;
        return value.charAt(7) - '0' == check;
    }

    @Override
    public String toString() {
        return value;
    }
}
