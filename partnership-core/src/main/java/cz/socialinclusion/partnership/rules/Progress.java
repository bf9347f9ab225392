package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.internal.Checks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Progress of one part of a plan as of a day, with the parts it rolls up from. See {@link Rules#progress}
 * for how it is computed and weighted.
 *
 * <p>Immutable and thread-safe.
 *
 * @param level what part of the plan it is
 * @param id    the part's id
 * @param title the part's title or name
 * @param ratio progress from 0 to 1 with four decimals, or {@code null} where nothing is known yet
 * @param parts the parts it rolls up from
 */
public record Progress(ProgressLevel level, String id, String title, BigDecimal ratio, List<Progress> parts) {

    /**
     * @param level what part of the plan it is
     * @param id    the part's id
     * @param title the part's title or name
     * @param ratio progress from 0 to 1, or {@code null} where nothing is known yet
     * @param parts the parts it rolls up from
     * @throws NullPointerException if an argument other than {@code ratio} is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if the ratio is outside 0 to 1
     */
    public Progress {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        if (!(ratio == null || ratio.signum() >= 0 && ratio.compareTo(BigDecimal.ONE) <= 0)) {
            throw new InvalidValueException("ratio", ratio,
                    "ratio " + ratio + " must be from 0 to 1");
        }
        parts = Checks.list("parts", parts);
    }

    /**
     * The ratio, if anything is known.
     *
     * @return the ratio from 0 to 1, or empty where nothing is known yet
     */
    public Optional<BigDecimal> known() {
        return Optional.ofNullable(ratio);
    }
}
