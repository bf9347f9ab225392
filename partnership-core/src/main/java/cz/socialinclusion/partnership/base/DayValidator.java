package cz.socialinclusion.partnership.base;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.time.LocalDate;

/** Checks {@link Day}: {@link Limits#isWithinRange(LocalDate)}. */
public final class DayValidator implements ConstraintValidator<Day, LocalDate> {

    /** A validator; Jakarta Validation creates it. */
    public DayValidator() {
    }

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
        return value == null || Limits.isWithinRange(value);
    }
}
