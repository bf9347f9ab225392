package cz.socialinclusion.partnership.base;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.math.BigDecimal;

/** Checks {@link WithinLimits} on a {@code BigDecimal}: {@link Limits#isWithinRange(BigDecimal)}. */
public final class DecimalWithinLimitsValidator implements ConstraintValidator<WithinLimits, BigDecimal> {

    /** A validator; Jakarta Validation creates it. */
    public DecimalWithinLimitsValidator() {
    }

    @Override
    public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
        return value == null || Limits.isWithinRange(value);
    }
}
