package cz.socialinclusion.partnership.base;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.math.BigDecimal;

/** Checks {@link BoundedDecimal}: {@link Limits#isWithinRange(BigDecimal)}. */
public final class BoundedDecimalValidator implements ConstraintValidator<BoundedDecimal, BigDecimal> {

    /** A validator; Jakarta Validation creates it. */
    public BoundedDecimalValidator() {
    }

    @Override
    public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
        return value == null || Limits.isWithinRange(value);
    }
}
