package cz.socialinclusion.partnership.base;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A span of time as precise as the record gives its ends (období), such as Kutná Hora's mapping "od července do září
 * 2010" ({@code 2010-07} to {@code 2010-09}) or its membership open "během července a srpna".
 *
 * <p>Invariant: the span does not certainly end before it starts; ends the record cannot order are accepted.
 * Immutable and thread-safe.
 *
 * @param from  when it started, as precise as the record gives it
 * @param until when it ended (its last day within the recorded date), as precise as the record gives it
 */
public record RecordedSpan(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") RecordedDate from,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") RecordedDate until) {

    /**
     * @param from when it started
     * @param until when it ended
     * @throws NullPointerException if an argument is null
     * @throws InvalidValueException if {@code until} is certainly before {@code from}
     */
    public RecordedSpan {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (until.isBefore(from) == Answer.YES) {
            throw new InvalidValueException("until", until, "until " + until + " is before from " + from);
        }
    }

    /**
     * A span whose ends are not recorded: known to have happened, as Jáchymov's mapping "in the first phase".
     *
     * @return the span with both ends not recorded
     */
    public static RecordedSpan notRecorded() {
        return new RecordedSpan(RecordedDate.notRecorded(), RecordedDate.notRecorded());
    }

    /**
     * Does the span cover {@code day}?
     *
     * @param day the day asked about
     * @return yes if it certainly started on or before the day and certainly ended on or after it; no if it
     *         certainly started after it or certainly ended before it; otherwise undecided
     */
    public Answer covers(LocalDate day) {
        return from.isOnOrBefore(day).and(until.isBefore(day).not());
    }
}
