package cz.socialinclusion.partnership.member;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidIco}. */
public final class IcoValidator implements ConstraintValidator<ValidIco, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || Ico.isValid(value);
    }
}
