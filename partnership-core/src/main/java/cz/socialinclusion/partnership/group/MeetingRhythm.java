package cz.socialinclusion.partnership.group;

import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.base.RecordedSpan;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.util.Objects;

/**
 * How often a working group met over a span of time (jak často se skupina scházela), as Cheb's groups "two to four
 * times a month, from March 2009 to January 2010".
 *
 * <p>Immutable and thread-safe.
 *
 * @param leastPerMonth the fewest meetings a month, at least 1
 * @param mostPerMonth  the most meetings a month, from {@code leastPerMonth} to 31
 * @param during        the span over which it met so
 */
public record MeetingRhythm(
        @Min(value = 1, message = "{cz.socialinclusion.partnership.Min.message}") int leastPerMonth,
        @Max(value = MeetingRhythm.MOST_PER_MONTH, message = "{cz.socialinclusion.partnership.Max.message}") int mostPerMonth,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") RecordedSpan during) {

    /** The most meetings a month a rhythm may give: one a day. */
    public static final int MOST_PER_MONTH = 31;

    /**
     * @param leastPerMonth the fewest meetings a month
     * @param mostPerMonth the most meetings a month
     * @param during the span over which it met so
     * @throws NullPointerException if {@code during} is null
     * @throws InvalidValueException if {@code leastPerMonth} is below 1, or {@code mostPerMonth} is below it or above
     *         {@value #MOST_PER_MONTH}
     */
    public MeetingRhythm {
        if (leastPerMonth < 1) {
            throw new InvalidValueException("leastPerMonth", leastPerMonth, "leastPerMonth " + leastPerMonth
                    + " must be at least 1");
        }
        if (mostPerMonth < leastPerMonth || mostPerMonth > MOST_PER_MONTH) {
            throw new InvalidValueException("mostPerMonth", mostPerMonth, "mostPerMonth " + mostPerMonth
                    + " must be from leastPerMonth " + leastPerMonth + " to " + MOST_PER_MONTH);
        }
        Objects.requireNonNull(during, "during");
    }
}
