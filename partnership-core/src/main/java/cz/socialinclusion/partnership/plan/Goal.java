package cz.socialinclusion.partnership.plan;

import cz.socialinclusion.partnership.base.CleanName;
import cz.socialinclusion.partnership.base.Limits;
import cz.socialinclusion.partnership.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Objects;

/**
 * A goal of a priority (cíl), long-term or short-term, reached through measures.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id         the goal's id
 * @param title      its title
 * @param term       long-term or short-term
 * @param measures   its measures
 * @param indicators its indicators
 */
public record Goal(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @Valid GoalId id,
        @NotBlank(message = "{cz.socialinclusion.partnership.NotBlank.message}")
        @Size(max = Limits.NAME_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanName String title,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") GoalTerm term,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") List<@Valid Measure> measures,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") List<@Valid Indicator> indicators) {

    /**
     * @param id the goal's id
     * @param term long-term or short-term
     * @param title its title
     * @param measures its measures
     * @param indicators its indicators
     * @throws NullPointerException if an argument is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if the title is blank or too long,
     *         or a day, decimal or text is outside the bounds of {@link cz.socialinclusion.partnership.base.Limits}
     */
    public Goal {
        Objects.requireNonNull(id, "id");
        Checks.name("title", title);
        Objects.requireNonNull(term, "term");
        measures = Checks.list("measures", measures);
        indicators = Checks.list("indicators", indicators);
    }

    /**
     * A goal with these measures and no indicators.
     *
     * @param id the goal's id
     * @param title its title
     * @param term long-term or short-term
     * @param measures its measures
     * @return a goal with these measures and no indicators
     */
    public static Goal of(GoalId id, String title, GoalTerm term, List<Measure> measures) {
        return new Goal(id, title, term, measures, List.of());
    }
}
