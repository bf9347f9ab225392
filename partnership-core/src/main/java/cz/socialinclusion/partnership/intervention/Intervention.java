package cz.socialinclusion.partnership.intervention;

import cz.socialinclusion.partnership.base.Day;
import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.base.Limits;
import cz.socialinclusion.partnership.internal.Checks;
import jakarta.validation.constraints.NotNull;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Agency's time-limited intervention in a town (působení Agentury): it starts on a day, lasts a
 * planned length (three years by default), and its monitoring committee may extend it.
 *
 * <p>The end is never stored: it is the start plus the planned length (the day before the anniversary),
 * moved by each extension in turn. An extension may not move the end earlier than it then was; whether
 * an extension was decided in time is a rule about time and is reported by the rules, not refused here.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start         the first day of the intervention
 * @param plannedLength how long it was planned to last; positive
 * @param extensions    the extensions in the order they were decided
 */
public record Intervention(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @Day LocalDate start,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") Period plannedLength,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") List<Extension> extensions) {

    /** The planned length the method gives an intervention: three years. */
    public static final Period DEFAULT_LENGTH = Period.ofYears(3);

    /**
     * @param start the first day of the intervention
     * @param extensions the extensions in the order they were decided
     * @param plannedLength how long it was planned to last; positive
     * @throws NullPointerException if an argument is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if the planned length is not positive, an
     *         extension is decided before the start or before the previous one, or moves the end earlier,
     *         or a day, decimal or text is outside the bounds of {@link cz.socialinclusion.partnership.base.Limits}
     */
    public Intervention {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(plannedLength, "plannedLength");
        Checks.day("start", start);
        if (plannedLength.isNegative() || plannedLength.isZero()) {
            throw new InvalidValueException("plannedLength", plannedLength,
                    "plannedLength " + plannedLength + " must be positive");
        }
        LocalDate end = plannedEnd(start, plannedLength);
        extensions = Checks.list("extensions", extensions);
        LocalDate previousDecision = start;
        for (int i = 0; i < extensions.size(); i++) {
            Extension extension = extensions.get(i);
            if (!(!extension.decided().isBefore(previousDecision))) {
                throw new InvalidValueException("extensions[" + i + "].decided", extension.decided(),
                        "extensions[" + i + "].decided " + extension.decided() + " is before " + (i == 0 ? "the start " : "the previous extension's decision ") + previousDecision);
            }
            if (!(!extension.newEnd().isBefore(end))) {
                throw new InvalidValueException("extensions[" + i + "].newEnd", extension.newEnd(),
                        "extensions[" + i + "].newEnd " + extension.newEnd() + " moves the end earlier than " + end);
            }
            end = extension.newEnd();
            previousDecision = extension.decided();
        }
    }

    /** The last day of {@code length} from {@code start}, refused when it falls after {@link Limits#LATEST_DAY}. */
    private static LocalDate plannedEnd(LocalDate start, Period length) {
        LocalDate end;
        try {
            end = start.plus(length).minusDays(1);
        } catch (DateTimeException | ArithmeticException tooLong) {
            end = null;
        }
        if (end == null || end.isAfter(Limits.LATEST_DAY)) {
            throw new InvalidValueException("plannedLength", length, "plannedLength " + length + " from the start "
                    + start + " ends after " + Limits.LATEST_DAY);
        }
        if (end.isBefore(start)) {
            throw new InvalidValueException("plannedLength", length,
                    "plannedLength " + length + " must be positive");
        }
        return end;
    }

    /**
     * An intervention of the default three years with no extension.
     *
     * @param start the first day of the intervention
     * @return an intervention of the default three years with no extension
     */
    public static Intervention startingOn(LocalDate start) {
        return new Intervention(start, DEFAULT_LENGTH, List.of());
    }

    /**
     * The last day of the planned length, before any extension.
     *
     * @return the last day of the planned length, before any extension
     */
    public LocalDate plannedEnd() {
        return start.plus(plannedLength).minusDays(1);
    }

    /**
     * The last day of the intervention, with every extension applied.
     *
     * @return the last day of the intervention, with every extension applied
     */
    public LocalDate end() {
        return extensions.isEmpty() ? plannedEnd() : extensions.get(extensions.size() - 1).newEnd();
    }

    /**
     * The last day as it was known on {@code date}: only extensions decided on or before that day count.
     *
     * @param date the day
     * @return the last day as it was known on {@code date}: only extensions decided on or before that day count
     */
    public LocalDate endAsKnownOn(LocalDate date) {
        LocalDate end = plannedEnd();
        for (Extension extension : extensions) {
            if (extension.decided().isAfter(date)) {
                break;
            }
            end = extension.newEnd();
        }
        return end;
    }

    /**
     * The end that was in force just before extension {@code index} was decided.
     *
     * @param index the extension's index in {@link #extensions()}, from 0
     * @return the end that was in force just before extension {@code index} was decided
     */
    public LocalDate endBefore(int index) {
        return index == 0 ? plannedEnd() : extensions.get(index - 1).newEnd();
    }

    /**
     * Whether the intervention runs on {@code date}, as finally extended.
     *
     * @param date the day
     * @return whether the intervention runs on {@code date}, as finally extended
     */
    public boolean isRunningOn(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end());
    }

    /**
     * The latest extension, if any.
     *
     * @return the latest extension, if any
     */
    public Optional<Extension> lastExtension() {
        return extensions.isEmpty() ? Optional.empty() : Optional.of(extensions.get(extensions.size() - 1));
    }

    /**
     * A copy with one more extension.
     *
     * @param decided the day the extension was decided
     * @param newEnd  the new last day of the intervention
     * @param reason  why it was extended, as the source gives it
     * @return a copy with one more extension
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if it is decided before the previous one
     *         or moves the end earlier
     */
    public Intervention extend(LocalDate decided, LocalDate newEnd, String reason) {
        List<Extension> more = new ArrayList<>(extensions);
        more.add(new Extension(decided, newEnd, reason));
        return new Intervention(start, plannedLength, more);
    }
}
