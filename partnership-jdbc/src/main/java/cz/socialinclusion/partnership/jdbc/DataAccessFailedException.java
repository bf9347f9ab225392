package cz.socialinclusion.partnership.jdbc;

/** Any other failure of the database or the connection. What a save had written is rolled back. */
public class DataAccessFailedException extends PartnershipDataException {

    private static final long serialVersionUID = 1L;

    /** A failure described by {@code message}, with the database's SQLState (or {@code null}) and exception. */
    public DataAccessFailedException(String message, String sqlState, Throwable cause) {
        super(message, sqlState, cause);
    }
}
