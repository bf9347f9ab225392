package cz.socialinclusion.partnership.plan;

import cz.socialinclusion.partnership.base.CleanName;
import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.base.Limits;
import cz.socialinclusion.partnership.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An indicator (indikátor) of a goal or a measure: its unit, its baseline (počáteční hodnota), interim
 * targets (průběžné) and the final target (konečná), each with the actual value once measured.
 *
 * <p>The interim targets are due in strictly increasing order, all before the final target.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id          the indicator's id
 * @param name        what it counts, e.g. {@code "Počet dětí v přípravné třídě"}
 * @param unit        its unit, e.g. {@code "osoby"}
 * @param baseline    the value at the start
 * @param interim     the interim targets
 * @param finalTarget the final target
 */
public record Indicator(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @Valid IndicatorId id,
        @NotBlank(message = "{cz.socialinclusion.partnership.NotBlank.message}")
        @Size(max = Limits.NAME_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanName String name,
        @NotBlank(message = "{cz.socialinclusion.partnership.NotBlank.message}")
        @Size(max = Limits.NAME_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanName String unit,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @Valid Measurement baseline,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") List<@Valid IndicatorTarget> interim,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @Valid IndicatorTarget finalTarget) {

    /**
     * @param id the indicator's id
     * @param baseline the value at the start
     * @param finalTarget the final target
     * @param name what it counts, e.g. {@code "Počet dětí v přípravné třídě"}
     * @param unit its unit, e.g. {@code "osoby"}
     * @param interim the interim targets
     * @throws NullPointerException if an argument is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if a text is blank, or the targets are
     *         not due in increasing order after the baseline,
     *         or a day, decimal or text is outside the bounds of {@link cz.socialinclusion.partnership.base.Limits}
     */
    public Indicator {
        Objects.requireNonNull(id, "id");
        Checks.name("name", name);
        Checks.name("unit", unit);
        Objects.requireNonNull(baseline, "baseline");
        interim = Checks.list("interim", interim);
        Objects.requireNonNull(finalTarget, "finalTarget");
        var previous = baseline.date();
        for (int i = 0; i <= interim.size(); i++) {
            IndicatorTarget target = i < interim.size() ? interim.get(i) : finalTarget;
            String field = i < interim.size() ? "interim[" + i + "].due" : "finalTarget.due";
            if (!(target.due().isAfter(previous))) {
                throw new InvalidValueException(field, target.due(),
                        field + " " + target.due() + " of indicator " + id + " must be after " + previous);
            }
            previous = target.due();
        }
    }

    /**
     * The interim targets followed by the final target.
     *
     * @return the interim targets followed by the final target
     */
    public List<IndicatorTarget> targets() {
        List<IndicatorTarget> all = new ArrayList<>(interim);
        all.add(finalTarget);
        return List.copyOf(all);
    }

    /**
     * The latest target whose actual value was measured on or before {@code date}, if any.
     *
     * @param date the day
     * @return the latest target whose actual value was measured on or before {@code date}, if any
     */
    public Optional<IndicatorTarget> latestMeasuredOn(java.time.LocalDate date) {
        IndicatorTarget latest = null;
        for (IndicatorTarget target : targets()) {
            if (target.actual() != null && !target.actual().date().isAfter(date)) {
                latest = target;
            }
        }
        return Optional.ofNullable(latest);
    }
}
