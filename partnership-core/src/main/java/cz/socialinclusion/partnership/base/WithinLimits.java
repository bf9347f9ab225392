package cz.socialinclusion.partnership.base;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated value lies within the bounds of {@link Limits}, as every constructor of the model requires: a
 * {@link java.time.LocalDate} from {@link Limits#EARLIEST_DAY} to {@link Limits#LATEST_DAY}, a
 * {@link java.math.BigDecimal} (a money amount, an indicator value) with the digits
 * {@link Limits#isWithinRange(java.math.BigDecimal)} allows. {@code null} is valid; combine with {@code @NotNull}
 * where a value is required.
 */
@Documented
@Constraint(validatedBy = {DayWithinLimitsValidator.class, DecimalWithinLimitsValidator.class})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface WithinLimits {

    /**
     * The message.
     *
     * @return the message, by default "must be within the model's bounds: a day from 1900-01-01 to 2200-12-31, a
     *         decimal of at most 30 digits, at most 10 of them after the decimal point"
     */
    String message() default "{cz.socialinclusion.partnership.WithinLimits.message}";

    /**
     * The validation groups.
     *
     * @return the groups the constraint belongs to
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload for clients of the validator
     */
    Class<? extends Payload>[] payload() default {};
}
