package cz.socialinclusion.partnership.base;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated name (of a member, group, measure; a title, a role) is one line: no line feed, no tab, and no
 * character {@link Limits#firstRefusedCharacter} refuses, as every constructor of the model requires. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = CleanNameValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface CleanName {

    /**
     * The message.
     *
     * @return the message, by default "must be one line without tabs, control characters or unpaired surrogates"
     */
    String message() default "{cz.socialinclusion.partnership.CleanName.message}";

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
