package cz.socialinclusion.partnership.project;

import cz.socialinclusion.partnership.base.CleanName;
import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.base.Limits;
import cz.socialinclusion.partnership.internal.Checks;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Objects;

/**
 * The funding a project applies to: an EU operational programme and its call, a national programme, or the
 * municipal budget. A programme is named for the first two.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind      EU operational programme, national programme or municipal budget
 * @param programme the programme, e.g. {@code "OP VK"}; required unless the municipal budget
 * @param call      the call (výzva), or {@code null}
 */
public record FundingSource(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") FundingKind kind,
        @Size(max = Limits.NAME_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanName String programme,
        @Size(max = Limits.NAME_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanName String call) {

    /**
     * @param kind EU operational programme, national programme or municipal budget
     * @param programme the programme, e.g. {@code "OP VK"}; required unless the municipal budget
     * @param call the call (výzva), or {@code null}
     * @throws NullPointerException if {@code kind} is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if a programme is missing where required,
     *         or a text is blank,
     *         or a day, decimal or text is outside the bounds of {@link cz.socialinclusion.partnership.base.Limits}
     */
    public FundingSource {
        Objects.requireNonNull(kind, "kind");
        Checks.optionalName("programme", programme);
        Checks.optionalName("call", call);
        if (!(kind == FundingKind.MUNICIPAL_BUDGET || programme != null)) {
            throw new InvalidValueException("programme", null,
                    "programme must be named for funding of kind " + kind);
        }
    }

    /**
     * An EU operational programme and call.
     *
     * @param programme the programme, e.g. {@code "OP VK"}; required unless the municipal budget
     * @param call the call (výzva), or {@code null}
     * @return an EU operational programme and call
     */
    public static FundingSource euProgramme(String programme, String call) {
        return new FundingSource(FundingKind.EU_OPERATIONAL_PROGRAMME, programme, call);
    }

    /**
     * A national programme.
     *
     * @param programme the programme, e.g. {@code "OP VK"}; required unless the municipal budget
     * @return a national programme
     */
    public static FundingSource nationalProgramme(String programme) {
        return new FundingSource(FundingKind.NATIONAL_PROGRAMME, programme, null);
    }

    /**
     * The municipal budget.
     *
     * @return the municipal budget
     */
    public static FundingSource municipalBudget() {
        return new FundingSource(FundingKind.MUNICIPAL_BUDGET, null, null);
    }
}
