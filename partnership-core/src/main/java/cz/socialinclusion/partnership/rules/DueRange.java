package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.base.Answer;
import cz.socialinclusion.partnership.base.RecordedDate;

import java.time.LocalDate;
import java.time.Period;

/**
 * When something falls due, as precisely as the facts it is computed from: the earliest and the latest possible
 * due day ({@code null} where the record gives no bound). A deadline counted from an exact day is one day; from a
 * month-precise approval it spans that month.
 *
 * <p>The three outcomes of a rule come from here: a deadline is met when the latest possible day of what met it is
 * not after the earliest possible due day, broken when its earliest possible day is after the latest possible due
 * day, and otherwise undecided. Immutable and thread-safe.
 *
 * @param earliest the earliest possible due day, or {@code null}
 * @param latest   the latest possible due day, or {@code null}
 */
record DueRange(LocalDate earliest, LocalDate latest) {

    /** A due day known exactly. */
    static DueRange on(LocalDate day) {
        return new DueRange(day, day);
    }

    /** As early and as late as what is recorded as {@code date}. */
    static DueRange of(RecordedDate date) {
        return new DueRange(date.earliest(), date.latest());
    }

    /** {@code period} after what is recorded as {@code from}: each bound moved by the period, an unknown bound kept unknown. */
    static DueRange after(RecordedDate from, Period period) {
        return new DueRange(from.earliest() == null ? null : RuleContext.plus(from.earliest(), period),
                from.latest() == null ? null : RuleContext.plus(from.latest(), period));
    }

    /** Whether the due day is known to the day. */
    boolean isExact() {
        return earliest != null && earliest.equals(latest);
    }

    /** Whether what is recorded as {@code done} met the deadline: yes, no, or undecided. */
    Answer metBy(RecordedDate done) {
        if (done.latest() != null && earliest != null && !done.latest().isAfter(earliest)) {
            return Answer.YES;
        }
        if (done.earliest() != null && latest != null && done.earliest().isAfter(latest)) {
            return Answer.NO;
        }
        return Answer.UNDECIDED;
    }

    /** Whether the deadline had passed on {@code day}: yes after the latest possible due day, no up to the earliest. */
    Answer passedOn(LocalDate day) {
        if (latest != null && day.isAfter(latest)) {
            return Answer.YES;
        }
        if (earliest != null && !day.isAfter(earliest)) {
            return Answer.NO;
        }
        return Answer.UNDECIDED;
    }

    /** The range as a recorded date: a day, a range of days, or "on or before" where only the latest is known. */
    RecordedDate recorded() {
        if (isExact()) {
            return RecordedDate.day(latest);
        }
        return earliest == null ? RecordedDate.onOrBefore(latest) : RecordedDate.between(earliest, latest);
    }

    /** The day a schedule shows: the earliest possible due day where known, else the latest. */
    LocalDate shown() {
        return earliest != null ? earliest : latest;
    }
}
