package cz.socialinclusion.partnership.intervention;

import cz.socialinclusion.partnership.base.Answer;
import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.base.Limits;
import cz.socialinclusion.partnership.base.RecordedDate;
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
 * The Agency's time-limited intervention in a town (působení Agentury): it starts on a date, lasts a
 * planned length (three years by default), and its monitoring committee may extend it.
 *
 * <p>The start is as precise as the record gives it: no page gives a start day, so a start may be a month, a
 * half-year, a range derived from "three years, extended by a year and a half to the end of 2012", or not
 * recorded. The end is never stored: it is the start plus the planned length (the day before the anniversary,
 * as a range of days when the start is a range), moved by each extension in turn to the extension's new last
 * day. An extension may not move the end certainly earlier than it then was, nor be decided certainly before the
 * start or the previous extension; an imprecise date that may be in order is accepted. Whether an extension was
 * decided in time is a rule about time and is reported by the rules, not refused here.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start         when the intervention started, as precise as the record gives it
 * @param plannedLength how long it was planned to last; positive
 * @param extensions    the extensions in the order they were decided
 */
public record Intervention(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") RecordedDate start,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") Period plannedLength,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") List<Extension> extensions) {

    /** The planned length the method gives an intervention: three years. */
    public static final Period DEFAULT_LENGTH = Period.ofYears(3);

    /**
     * @param start when the intervention started, as precise as the record gives it
     * @param extensions the extensions in the order they were decided
     * @param plannedLength how long it was planned to last; positive
     * @throws NullPointerException if an argument is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if the planned length is not positive, an
     *         extension is certainly decided before the start or before the previous one, or certainly moves the
     *         end earlier, or a day, decimal or text is outside the bounds of
     *         {@link cz.socialinclusion.partnership.base.Limits}
     */
    public Intervention {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(plannedLength, "plannedLength");
        if (plannedLength.isNegative() || plannedLength.isZero()) {
            throw new InvalidValueException("plannedLength", plannedLength,
                    "plannedLength " + plannedLength + " must be positive");
        }
        RecordedDate end = plannedEnd(start, plannedLength);
        extensions = Checks.list("extensions", extensions);
        RecordedDate previousDecision = start;
        for (int i = 0; i < extensions.size(); i++) {
            Extension extension = extensions.get(i);
            if (extension.decided().isBefore(previousDecision) == Answer.YES) {
                throw new InvalidValueException("extensions[" + i + "].decided", extension.decided(),
                        "extensions[" + i + "].decided " + extension.decided() + " is before "
                                + (i == 0 ? "the start " : "the previous extension's decision ") + previousDecision);
            }
            if (end.isAfter(extension.newEnd()) == Answer.YES) {
                throw new InvalidValueException("extensions[" + i + "].newEnd", extension.newEnd(),
                        "extensions[" + i + "].newEnd " + extension.newEnd() + " moves the end earlier than " + end);
            }
            end = RecordedDate.day(extension.newEnd());
            previousDecision = extension.decided();
        }
    }

    /**
     * The last day of {@code length} from {@code start}, as a range when the start is one; refused when it may fall
     * after {@link Limits#LATEST_DAY}.
     */
    private static RecordedDate plannedEnd(RecordedDate start, Period length) {
        LocalDate earliest = start.earliest() == null ? null : lastDay(start.earliest(), length);
        LocalDate latest = start.latest() == null ? null : lastDay(start.latest(), length);
        return RecordedDate.spanning(latest == null ? null : earliest, latest);
    }

    private static LocalDate lastDay(LocalDate first, Period length) {
        LocalDate end;
        try {
            end = first.plus(length).minusDays(1);
        } catch (DateTimeException | ArithmeticException tooLong) {
            end = null;
        }
        if (end == null || end.isAfter(Limits.LATEST_DAY)) {
            throw new InvalidValueException("plannedLength", length, "plannedLength " + length + " from the start "
                    + first + " ends after " + Limits.LATEST_DAY);
        }
        if (end.isBefore(first)) {
            throw new InvalidValueException("plannedLength", length,
                    "plannedLength " + length + " must be positive");
        }
        return end;
    }

    /**
     * An intervention of the default three years with no extension, starting on a day.
     *
     * @param start the first day of the intervention
     * @return an intervention of the default three years with no extension
     */
    public static Intervention startingOn(LocalDate start) {
        return startingOn(RecordedDate.day(start));
    }

    /**
     * An intervention of the default three years with no extension, starting on a date as precise as the record
     * gives it.
     *
     * @param start when the intervention started
     * @return an intervention of the default three years with no extension
     */
    public static Intervention startingOn(RecordedDate start) {
        return new Intervention(start, DEFAULT_LENGTH, List.of());
    }

    /**
     * The last day of the planned length, before any extension: a day when the start is a day, else the range of
     * last days the start's range gives ({@code 2008-H2} for three years ends {@code 2011-06-30/2011-12-30}), or not
     * recorded when the start is not.
     *
     * @return the end of the planned length, as precise as the start
     */
    public RecordedDate plannedEnd() {
        return plannedEnd(start, plannedLength);
    }

    /**
     * The end of the intervention, with every extension applied: the last extension's new last day (a day), else
     * {@link #plannedEnd()}.
     *
     * @return the end of the intervention, with every extension applied
     */
    public RecordedDate end() {
        return extensions.isEmpty() ? plannedEnd() : RecordedDate.day(extensions.get(extensions.size() - 1).newEnd());
    }

    /**
     * The end as it was known on {@code date}: only extensions the record shows were decided on or before that day
     * count (an extension decided "at the beginning of February 2011" counts from 2011-02-10 on, the last day it
     * may have been decided).
     *
     * @param date the day
     * @return the end as it was known on {@code date}
     */
    public RecordedDate endAsKnownOn(LocalDate date) {
        RecordedDate end = plannedEnd();
        for (Extension extension : extensions) {
            if (extension.decided().isOnOrBefore(date) != Answer.YES) {
                break;
            }
            end = RecordedDate.day(extension.newEnd());
        }
        return end;
    }

    /**
     * The end that was in force just before extension {@code index} was decided.
     *
     * @param index the extension's index in {@link #extensions()}, from 0
     * @return the planned end for the first extension, else the previous extension's new last day
     */
    public RecordedDate endBefore(int index) {
        return index == 0 ? plannedEnd() : RecordedDate.day(extensions.get(index - 1).newEnd());
    }

    /**
     * Whether the intervention runs on {@code date}, as finally extended.
     *
     * @param date the day
     * @return yes if it certainly started on or before {@code date} and certainly ends on or after it; no if it
     *         certainly started after it or certainly ended before it; otherwise undecided
     */
    public Answer isRunningOn(LocalDate date) {
        return start.isOnOrBefore(date).and(end().isBefore(date).not());
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
     * A copy with one more extension decided on a day.
     *
     * @param decided the day the extension was decided
     * @param newEnd  the new last day of the intervention
     * @param reason  why it was extended, as the source gives it
     * @return a copy with one more extension
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if it is certainly decided before the
     *         previous one or certainly moves the end earlier
     */
    public Intervention extend(LocalDate decided, LocalDate newEnd, String reason) {
        return extend(RecordedDate.day(decided), newEnd, reason);
    }

    /**
     * A copy with one more extension decided on a date as precise as the record gives it.
     *
     * @param decided when the extension was decided
     * @param newEnd  the new last day of the intervention
     * @param reason  why it was extended, as the source gives it
     * @return a copy with one more extension
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if it is certainly decided before the
     *         previous one or certainly moves the end earlier
     */
    public Intervention extend(RecordedDate decided, LocalDate newEnd, String reason) {
        return extend(new Extension(decided, newEnd, reason));
    }

    /**
     * A copy with one more extension, such as one whose deciding body is recorded.
     *
     * @param extension the extension
     * @return a copy with one more extension
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if it is certainly decided before the
     *         previous one or certainly moves the end earlier
     */
    public Intervention extend(Extension extension) {
        List<Extension> more = new ArrayList<>(extensions);
        more.add(Objects.requireNonNull(extension, "extension"));
        return new Intervention(start, plannedLength, more);
    }
}
