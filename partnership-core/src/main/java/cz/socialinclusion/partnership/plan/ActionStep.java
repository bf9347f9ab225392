package cz.socialinclusion.partnership.plan;

import cz.socialinclusion.partnership.base.WithinLimits;
import cz.socialinclusion.partnership.base.CleanName;
import cz.socialinclusion.partnership.base.Limits;
import cz.socialinclusion.partnership.internal.Checks;
import cz.socialinclusion.partnership.member.MemberId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An action step of a measure (krok): who does it, by when, with which resources.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title       what is to be done; unique within its measure
 * @param responsible the member responsible
 * @param deadline    the day it is due
 * @param resources   the human, material and financial resources it needs
 * @param completed   the day it was done, or {@code null} while it is not
 */
public record ActionStep(
        @NotBlank(message = "{cz.socialinclusion.partnership.NotBlank.message}")
        @Size(max = Limits.NAME_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanName String title,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @Valid MemberId responsible,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @WithinLimits LocalDate deadline,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") List<@Valid Resource> resources,
        @WithinLimits LocalDate completed) {

    /**
     * @param responsible the member responsible
     * @param deadline the day it is due
     * @param completed the day it was done, or {@code null} while it is not
     * @param title what is to be done; unique within its measure
     * @param resources the human, material and financial resources it needs
     * @throws NullPointerException if a required argument is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if the title is blank or too long,
     *         or a day, decimal or text is outside the bounds of {@link cz.socialinclusion.partnership.base.Limits}
     */
    public ActionStep {
        Checks.name("title", title);
        Objects.requireNonNull(responsible, "responsible");
        Checks.day("deadline", deadline);
        Checks.optionalDay("completed", completed);
        resources = Checks.list("resources", resources);
    }

    /**
     * Whether the step was done on or before {@code date}.
     *
     * @param date the day
     * @return whether the step was done on or before {@code date}
     */
    public boolean isCompletedOn(LocalDate date) {
        return completed != null && !completed.isAfter(date);
    }

    /**
     * A copy completed on {@code date}.
     *
     * @param date the day
     * @return a copy completed on {@code date}
     */
    public ActionStep completedOn(LocalDate date) {
        return new ActionStep(title, responsible, deadline, resources, date);
    }
}
