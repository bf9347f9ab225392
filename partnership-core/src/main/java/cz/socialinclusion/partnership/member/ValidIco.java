package cz.socialinclusion.partnership.member;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated text is a valid IČO (eight digits with a correct check digit). {@code null} is valid;
 * combine with {@code @NotNull} where a value is required.
 */
@Documented
@Constraint(validatedBy = IcoValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidIco {

    /**
     * The message of a violation.
     *
     * @return the key of the library's message, in {@code ContributorValidationMessages}
     */
    String message() default "{cz.socialinclusion.partnership.Ico.message}";

    /**
     * The validation groups the constraint belongs to.
     *
     * @return none by default: the default group
     */
    Class<?>[] groups() default {};

    /**
     * The payload a host attaches to the constraint.
     *
     * @return none by default
     */
    Class<? extends Payload>[] payload() default {};
}
