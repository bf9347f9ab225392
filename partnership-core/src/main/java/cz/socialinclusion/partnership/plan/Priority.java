package cz.socialinclusion.partnership.plan;

import cz.socialinclusion.partnership.base.CleanName;
import cz.socialinclusion.partnership.group.Theme;
import cz.socialinclusion.partnership.base.Limits;
import cz.socialinclusion.partnership.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A priority of a strategic plan (priorita): it addresses identified needs in one or more themes and is
 * worked out into goals.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id        the priority's id
 * @param title     its title
 * @param themes    the themes it addresses
 * @param addresses the identified needs it addresses, each once
 * @param goals     its goals
 */
public record Priority(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @Valid PriorityId id,
        @NotBlank(message = "{cz.socialinclusion.partnership.NotBlank.message}")
        @Size(max = Limits.NAME_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanName String title,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") Set<Theme> themes,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") List<@Valid NeedId> addresses,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") List<@Valid Goal> goals) {

    /**
     * @param id the priority's id
     * @param title its title
     * @param themes the themes it addresses
     * @param addresses the identified needs it addresses, each once
     * @param goals its goals
     * @throws NullPointerException if an argument is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if the title is blank or a need is named twice,
     *         or a day, decimal or text is outside the bounds of {@link cz.socialinclusion.partnership.base.Limits}
     */
    public Priority {
        Objects.requireNonNull(id, "id");
        Checks.name("title", title);
        themes = Checks.enumSet("themes", themes, Theme.class);
        addresses = Checks.uniqueList("addresses", addresses, n -> n);
        goals = Checks.list("goals", goals);
    }
}
