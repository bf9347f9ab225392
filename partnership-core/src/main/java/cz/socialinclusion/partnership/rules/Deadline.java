package cz.socialinclusion.partnership.rules;

import org.threeten.extra.YearQuarter;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of a {@link Schedule}: something that falls due on a day, from the rule that knows it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param due     the day it falls due
 * @param kind    what falls due
 * @param subject what it concerns
 * @param quarter the quarter, for a quarterly meeting; else {@code null}
 * @param status  done, upcoming or overdue on the day of evaluation
 * @param rule    the rule the deadline comes from
 */
public record Deadline(LocalDate due, DeadlineKind kind, Subject subject, YearQuarter quarter, DeadlineStatus status,
                       RuleId rule) {

    /**
     * @param due     the day it falls due
     * @param kind    what falls due
     * @param subject what it concerns
     * @param quarter the quarter, for a quarterly meeting; else {@code null}
     * @param status  done, upcoming or overdue on the day of evaluation
     * @param rule    the rule the deadline comes from
     * @throws NullPointerException if an argument other than {@code quarter} is null
     */
    public Deadline {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(rule, "rule");
    }
}
