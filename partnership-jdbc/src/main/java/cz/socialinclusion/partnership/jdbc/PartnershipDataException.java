package cz.socialinclusion.partnership.jdbc;

/**
 * Root of what the repositories throw when the database refuses or fails. Each subclass keeps the
 * {@link java.sql.SQLException} as its cause and its SQLState, where there was one.
 */
public abstract class PartnershipDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The SQLState the database reported, or {@code null}. */
    private final String sqlState;

    /**
     * The database's refusal or failure.
     *
     * @param message  what was being done and what went wrong
     * @param sqlState the SQLState the database reported, or {@code null}
     * @param cause    the {@link java.sql.SQLException}, or {@code null}
     */
    protected PartnershipDataException(String message, String sqlState, Throwable cause) {
        super(message, cause);
        this.sqlState = sqlState;
    }

    /**
     * The SQLState the database reported, or {@code null}.
     *
     * @return the SQLState the database reported, or {@code null}
     */
    public String sqlState() {
        return sqlState;
    }
}
