package cz.socialinclusion.partnership.base;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.time.LocalDate;

/** Checks {@link WithinLimits} on a {@code LocalDate}: {@link Limits#isWithinRange(LocalDate)}. */
public final class DayWithinLimitsValidator implements ConstraintValidator<WithinLimits, LocalDate> {

    /** A validator; Jakarta Validation creates it. */
    public DayWithinLimitsValidator() {
    }

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
        return value == null || Limits.isWithinRange(value);
    }
}
