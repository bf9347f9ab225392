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
}
