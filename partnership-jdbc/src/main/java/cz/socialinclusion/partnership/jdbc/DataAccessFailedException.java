package cz.socialinclusion.partnership.jdbc;

/** Any other failure of the database or the connection. What a save had written is rolled back. */
public class DataAccessFailedException extends PartnershipDataException {

    private static final long serialVersionUID = 1L;

    /**
     * The database's refusal or failure.
     *
     * @param message  what was being done and what went wrong
     * @param sqlState the SQLState the database reported, or {@code null}
     * @param cause    the {@link java.sql.SQLException}, or {@code null}
     */
    public DataAccessFailedException(String message, String sqlState, Throwable cause) {
        super(message, sqlState, cause);
    }
}
