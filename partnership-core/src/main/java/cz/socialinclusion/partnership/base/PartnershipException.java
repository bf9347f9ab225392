package cz.socialinclusion.partnership.base;

/**
 * Root of the library's own unchecked exceptions.
 *
 * <p>A malformed value (an input or programming error) is reported by throwing a subclass of this
 * exception at construction. A rule about time and state ("the review for 2011 is overdue") is never an
 * exception: the rules return it as a finding.
 */
public abstract class PartnershipException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message.
     *
     * @param message what is wrong, naming the field and the value
     */
    protected PartnershipException(String message) {
        super(message);
    }

    /**
     * An exception with a message and its cause.
     *
     * @param message what is wrong, naming the field and the value
     * @param cause   what was thrown first
     */
    protected PartnershipException(String message, Throwable cause) {
        super(message, cause);
    }
}
