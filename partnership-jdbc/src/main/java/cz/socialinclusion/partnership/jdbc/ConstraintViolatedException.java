package cz.socialinclusion.partnership.jdbc;

/**
 * The database refused a write because of a constraint (SQLState class 23): a unique key, a foreign key, a
 * check. Nothing of the save was written. Deleting a partnership that still has plans or projects is one.
 */
public class ConstraintViolatedException extends PartnershipDataException {

    private static final long serialVersionUID = 1L;

    /** A refusal described by {@code message}, with the database's SQLState and exception. */
    public ConstraintViolatedException(String message, String sqlState, Throwable cause) {
        super(message, sqlState, cause);
    }
}
