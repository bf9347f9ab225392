package cz.socialinclusion.partnership.plan;

import cz.socialinclusion.partnership.base.WithinLimits;
import cz.socialinclusion.partnership.internal.Checks;
import cz.socialinclusion.partnership.base.InvalidValueException;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact, non-negative amount of money in a currency (Czech crowns by default).
 *
 * <p>The amount is held at the currency's scale (two decimals for CZK and EUR), so {@code 1500} and
 * {@code 1500.00} are the same money; an amount with more decimals than the currency has is refused, never
 * rounded.
 *
 * <p>Immutable and thread-safe. {@link #toString()} gives {@code "1500.00 CZK"}, which {@link #parse} reads back.
 *
 * @param amount   the amount, not negative
 * @param currency the currency
 */
public record Money(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}")
        @DecimalMin(value = "0", message = "{cz.socialinclusion.partnership.Money.message}") @WithinLimits BigDecimal amount,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") Currency currency) {

    /** The longest text {@link #parse} reads: 30 digits, a point, a space and a currency code, with room to spare. */
    private static final int PARSE_MAX = 64;

    /** Czech crowns, the default currency. */
    public static final Currency CZK = Currency.getInstance("CZK");

    /**
     * @param amount the amount, not negative
     * @param currency the currency
     * @throws NullPointerException if an argument is null
     * @throws InvalidValueException if the amount is negative or has more decimals than the currency,
     *         or a day, decimal or text is outside the bounds of {@link cz.socialinclusion.partnership.base.Limits}
     */
    public Money {
        Checks.decimal("amount", amount);
        Objects.requireNonNull(currency, "currency");
        if (amount.signum() < 0) {
            throw new InvalidValueException("amount", amount.toPlainString(),
                    "amount " + amount.toPlainString() + " " + currency + " must not be negative");
        }
        int scale = Math.max(currency.getDefaultFractionDigits(), 0);
        try {
            amount = amount.setScale(scale, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new InvalidValueException("amount", amount.toPlainString(), "amount " + amount.toPlainString()
                    + " has more than " + scale + " decimals for " + currency);
        }
        Checks.decimal("amount", amount);
    }

    /**
     * An amount in Czech crowns.
     *
     * @param amount the amount, not negative
     * @return an amount in Czech crowns
     */
    public static Money czk(BigDecimal amount) {
        return new Money(amount, CZK);
    }

    /**
     * A whole number of Czech crowns.
     *
     * @param amount the amount, not negative
     * @return a whole number of Czech crowns
     */
    public static Money czk(long amount) {
        return new Money(BigDecimal.valueOf(amount), CZK);
    }

    /**
     * Reads {@code "1500.00 CZK"}: a plain decimal, a space, an ISO 4217 code.
     *
     * @param text the text
     * @return {@code "1500.00 CZK"}: a plain decimal, a space, an ISO 4217 code
     * @throws NullPointerException if {@code text} is null
     * @throws InvalidValueException if the text is not of that form, is longer than 64 characters, or the amount is
     *         outside the bounds of {@link cz.socialinclusion.partnership.base.Limits}
     */
    public static Money parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        if (text.length() > PARSE_MAX) {
            throw new InvalidValueException("money", Checks.abbreviate(text.toString()), "money '"
                    + Checks.abbreviate(text.toString()) + "' is longer than " + PARSE_MAX + " characters");
        }
        String s = text.toString();
        int space = s.indexOf(' ');
        if (space <= 0 || space != s.lastIndexOf(' ')) {
            throw new InvalidValueException("money", s, "money '" + s + "' is not of the form '1500.00 CZK'");
        }
        try {
            String number = s.substring(0, space);
            if (!number.matches("[0-9]+(\\.[0-9]+)?")) {
                throw new NumberFormatException(number);
            }
            return new Money(new BigDecimal(number), Currency.getInstance(s.substring(space + 1)));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("money", s, "money '" + s + "' is not of the form '1500.00 CZK'");
        }
    }

    /**
     * The sum of this and {@code other}.
     *
     * @param other an amount in the same currency
     * @return the sum of this and {@code other}
     * @throws InvalidValueException if the currencies differ
     */
    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new InvalidValueException("currency", other.currency,
                    "currency " + other.currency + " cannot be added to " + currency);
        }
        return new Money(amount.add(other.amount), currency);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
