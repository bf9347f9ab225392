package cz.socialinclusion.partnership.rules;

import org.threeten.extra.YearQuarter;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of a {@link Schedule}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param due     the day it falls due
 * @param kind    what falls due
 * @param subject what it concerns
 * @param quarter the quarter, for a quarterly meeting; else {@code null}
 * @param status  done, upcoming or overdue on the day of evaluation
 */
public record Deadline(LocalDate due, DeadlineKind kind, Subject subject, YearQuarter quarter, DeadlineStatus status) {

    /** @throws NullPointerException if a required argument is null */
    public Deadline {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(status, "status");
    }
}
