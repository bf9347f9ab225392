package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.base.InvalidValueException;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A number a rule uses, with its default and the values it allows: the key of a {@link RulePolicy}. Each
 * rule declares its settings as constants (such as {@link ReviewCycleRule#REVIEW_INTERVAL}); a host's own
 * rule declares its own the same way.
 *
 * <p>Two settings are the same when they are the same object: a setting is a constant, not a value.
 * Immutable and thread-safe.
 *
 * @param <T> the type of its value
 */
public final class Setting<T> {

    private final String name;
    private final Class<T> type;
    private final T defaultValue;
    private final Predicate<? super T> allowed;
    private final String requirement;

    private Setting(String name, Class<T> type, T defaultValue, Predicate<? super T> allowed, String requirement) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.allowed = Objects.requireNonNull(allowed, "allowed");
        this.requirement = Objects.requireNonNull(requirement, "requirement");
        this.defaultValue = check(defaultValue);
    }

    /**
     * A setting whose values are those {@code allowed} accepts.
     *
     * @param name         the name errors show, such as {@code "reviewInterval"}
     * @param type         the type of its value
     * @param defaultValue the value where the policy gives none
     * @param allowed      which values it takes
     * @param requirement  what {@code allowed} asks, for errors: a value "must be {@code requirement}"
     * @param <T>          the type of its value
     * @return the setting
     * @throws NullPointerException  if an argument is null
     * @throws InvalidValueException if {@code allowed} refuses the default
     */
    public static <T> Setting<T> of(String name, Class<T> type, T defaultValue, Predicate<? super T> allowed,
                                    String requirement) {
        return new Setting<>(name, type, defaultValue, allowed, requirement);
    }

    /**
     * A setting whose values are any non-null value of its type, such as a constant of an enum.
     *
     * @param name         the name errors show, such as {@code "activeUntil"}
     * @param type         the type of its value
     * @param defaultValue the value where the policy gives none
     * @param <T> the type of its value
     * @return the setting
     * @throws NullPointerException if an argument is null
     */
    public static <T> Setting<T> of(String name, Class<T> type, T defaultValue) {
        return new Setting<>(name, type, defaultValue, v -> true, "given");
    }

    /**
     * A setting whose values are periods that move a day later (one day or more).
     *
     * @param name         the name errors show, such as {@code "reviewInterval"}
     * @param defaultValue the period where the policy gives none
     * @return the setting
     * @throws NullPointerException  if an argument is null
     * @throws InvalidValueException if the default is not positive
     */
    public static Setting<Period> positivePeriod(String name, Period defaultValue) {
        LocalDate probe = LocalDate.of(2001, 1, 31);
        return new Setting<>(name, Period.class, defaultValue,
                p -> !p.isNegative() && probe.plus(p).isAfter(probe), "positive");
    }

    /**
     * A setting whose values are whole numbers from {@code min} to {@code max}.
     *
     * @param name         the name errors show, such as {@code "reportingGraceDays"}
     * @param min          the least value it takes
     * @param max          the greatest value it takes
     * @param defaultValue the number where the policy gives none
     * @return the setting
     * @throws NullPointerException  if an argument is null
     * @throws InvalidValueException if the default is outside the range
     */
    public static Setting<Integer> between(String name, int min, int max, int defaultValue) {
        return new Setting<>(name, Integer.class, defaultValue, v -> v >= min && v <= max,
                "from " + min + " to " + max);
    }

    /**
     * The name errors show.
     *
     * @return the name, such as {@code "reviewInterval"}
     */
    public String name() {
        return name;
    }

    /**
     * The type of its value.
     *
     * @return the class of its value
     */
    public Class<T> type() {
        return type;
    }

    /**
     * The value where the policy gives none.
     *
     * @return the default value
     */
    public T defaultValue() {
        return defaultValue;
    }

    /**
     * {@code value}, once checked.
     *
     * @param value a value for the setting, such as one a host's configuration gives
     * @return {@code value}
     * @throws NullPointerException  if {@code value} is null
     * @throws InvalidValueException naming the setting and the value if the setting does not take it
     */
    public T check(T value) {
        Objects.requireNonNull(value, name);
        T typed = type.cast(value);
        if (!allowed.test(typed)) {
            throw new InvalidValueException(name, value, name + " " + value + " must be " + requirement);
        }
        return typed;
    }

    @Override
    public String toString() {
        return name;
    }
}
