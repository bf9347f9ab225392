package cz.socialinclusion.partnership.plan;

import cz.socialinclusion.partnership.base.CleanName;
import cz.socialinclusion.partnership.base.Limits;
import cz.socialinclusion.partnership.internal.Checks;
import cz.socialinclusion.partnership.member.MemberId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Objects;

/**
 * A measure of a strategic plan (opatření), such as a preparatory class, a low-threshold centre,
 * permeable housing or a social firm, carried out through action steps.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id          the measure's id, which projects refer to
 * @param title       its title
 * @param responsible the member responsible for it, or {@code null} if none is named yet
 * @param steps       its action steps, titles unique
 * @param indicators  its indicators
 */
public record Measure(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @Valid MeasureId id,
        @NotBlank(message = "{cz.socialinclusion.partnership.NotBlank.message}")
        @Size(max = Limits.NAME_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanName String title,
        @Valid MemberId responsible,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") List<@Valid ActionStep> steps,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") List<@Valid Indicator> indicators) {

    /**
     * @param id the measure's id, which projects refer to
     * @param responsible the member responsible for it, or {@code null} if none is named yet
     * @param title its title
     * @param steps its action steps, titles unique
     * @param indicators its indicators
     * @throws NullPointerException if a required argument is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if the title is blank or two steps share a title,
     *         or a day, decimal or text is outside the bounds of {@link cz.socialinclusion.partnership.base.Limits}
     */
    public Measure {
        Objects.requireNonNull(id, "id");
        Checks.name("title", title);
        steps = Checks.uniqueList("steps", steps, ActionStep::title);
        indicators = Checks.list("indicators", indicators);
    }

    /**
     * A measure with only an id and a title.
     *
     * @param id the measure's id, which projects refer to
     * @param title its title
     * @return a measure with only an id and a title
     */
    public static Measure of(MeasureId id, String title) {
        return new Measure(id, title, null, List.of(), List.of());
    }

    /**
     * A copy with this responsible member.
     *
     * @param responsible the member responsible for it, or {@code null} if none is named yet
     * @return a copy with this responsible member
     */
    public Measure withResponsible(MemberId responsible) {
        return new Measure(id, title, responsible, steps, indicators);
    }

    /**
     * A copy with these steps.
     *
     * @param steps its action steps, titles unique
     * @return a copy with these steps
     */
    public Measure withSteps(List<ActionStep> steps) {
        return new Measure(id, title, responsible, steps, indicators);
    }

    /**
     * A copy with these indicators.
     *
     * @param indicators its indicators
     * @return a copy with these indicators
     */
    public Measure withIndicators(List<Indicator> indicators) {
        return new Measure(id, title, responsible, steps, indicators);
    }
}
