package cz.socialinclusion.partnership.base;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated free text (summary, reason, description) holds no character {@link Limits#firstRefusedCharacter}
 * refuses (tab and line feed are allowed), as every constructor of the model requires. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = CleanTextValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface CleanText {

    /**
     * The message.
     *
     * @return the message, by default "must not hold control characters (other than tab and line feed) or unpaired
     *         surrogates"
     */
    String message() default "{cz.socialinclusion.partnership.CleanText.message}";

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
