package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.base.PartnershipId;
import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.internal.Checks;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Every deadline of a partnership between two days (both included), in date order, each marked done,
 * upcoming or overdue as of a day: what a host shows as a calendar.
 *
 * <p>Immutable and thread-safe.
 *
 * @param partnership the partnership
 * @param from        the first day of the window
 * @param to          the last day of the window
 * @param asOf        the day the statuses are computed for
 * @param deadlines   the deadlines in date order
 */
public record Schedule(PartnershipId partnership, LocalDate from, LocalDate to, LocalDate asOf, List<Deadline> deadlines) {

    /**
     * @param partnership the partnership
     * @param from        the first day of the window
     * @param to          the last day of the window
     * @param asOf        the day the statuses are computed for
     * @param deadlines   the deadlines in date order
     * @throws NullPointerException if an argument or a deadline is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if {@code to} is before {@code from}
     */
    public Schedule {
        Objects.requireNonNull(partnership, "partnership");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(asOf, "asOf");
        if (to.isBefore(from)) {
            throw new InvalidValueException("to", to,
                    "to " + to + " is before from " + from);
        }
        deadlines = Checks.list("deadlines", deadlines);
    }

    /**
     * The deadlines with this status.
     *
     * @param status done, upcoming or overdue
     * @return those deadlines, in date order
     */
    public List<Deadline> withStatus(DeadlineStatus status) {
        return deadlines.stream().filter(d -> d.status() == status).toList();
    }
}
