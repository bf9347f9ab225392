package cz.socialinclusion.partnership.base;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link CleanName}: one line, and no character {@link Limits#firstRefusedCharacter} refuses. */
public final class CleanNameValidator implements ConstraintValidator<CleanName, String> {

    /** A validator; Jakarta Validation creates it. */
    public CleanNameValidator() {
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || Limits.firstRefusedCharacter(value) < 0 && value.indexOf('\n') < 0 && value.indexOf('\t') < 0;
    }
}
