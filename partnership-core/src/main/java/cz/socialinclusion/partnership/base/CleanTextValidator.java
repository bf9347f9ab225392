package cz.socialinclusion.partnership.base;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link CleanText}: no character {@link Limits#firstRefusedCharacter} refuses. */
public final class CleanTextValidator implements ConstraintValidator<CleanText, String> {

    /** A validator; Jakarta Validation creates it. */
    public CleanTextValidator() {
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || Limits.firstRefusedCharacter(value) < 0;
    }
}
