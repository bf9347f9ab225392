package cz.socialinclusion.partnership.base;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated day lies between {@link Limits#EARLIEST_DAY} and {@link Limits#LATEST_DAY}, as every
 * constructor of the model requires. {@code null} is valid; combine with {@code @NotNull} where a day is required.
 */
@Documented
@Constraint(validatedBy = DayValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Day {

    /**
     * The message.
     *
     * @return the message, by default "must be a day from 1900-01-01 to 2200-12-31"
     */
    String message() default "{cz.socialinclusion.partnership.Day.message}";

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
