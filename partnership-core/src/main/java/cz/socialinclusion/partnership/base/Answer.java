package cz.socialinclusion.partnership.base;

/**
 * What the record can tell about a yes-or-no question, such as "was the plan adopted by the deadline?" when
 * the adoption is known only to a month: yes, no, or undecided because the record is not precise enough.
 */
public enum Answer {
    /** The record shows it is so, whichever day in its range the fact fell on. */
    YES,
    /** The record shows it is not so, whichever day in its range the fact fell on. */
    NO,
    /** The record is not precise enough to tell, or does not say. */
    UNDECIDED;

    /**
     * The opposite answer: {@link #YES} and {@link #NO} swap, {@link #UNDECIDED} stays.
     *
     * @return the opposite answer
     */
    public Answer not() {
        return switch (this) {
            case YES -> NO;
            case NO -> YES;
            case UNDECIDED -> UNDECIDED;
        };
    }

    /**
     * Both answers together: yes when both are yes, no when either is no, otherwise undecided.
     *
     * @param other the other answer
     * @return this and {@code other}
     */
    public Answer and(Answer other) {
        if (this == NO || other == NO) {
            return NO;
        }
        return this == YES && other == YES ? YES : UNDECIDED;
    }

    /**
     * Either answer: yes when either is yes, no when both are no, otherwise undecided.
     *
     * @param other the other answer
     * @return this or {@code other}
     */
    public Answer or(Answer other) {
        return not().and(other.not()).not();
    }

    /**
     * Whether the record shows it is so.
     *
     * @return {@code true} for {@link #YES} only
     */
    public boolean isYes() {
        return this == YES;
    }
}
