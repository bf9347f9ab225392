package cz.socialinclusion.partnership.base;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated decimal has the digits {@link Limits#isWithinRange(java.math.BigDecimal)} allows, as every
 * constructor of the model requires (a money amount, an indicator value). {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = BoundedDecimalValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface BoundedDecimal {

    /**
     * The message.
     *
     * @return the message, by default "must have at most 30 digits, at most 10 of them after the decimal point"
     */
    String message() default "{cz.socialinclusion.partnership.BoundedDecimal.message}";

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
