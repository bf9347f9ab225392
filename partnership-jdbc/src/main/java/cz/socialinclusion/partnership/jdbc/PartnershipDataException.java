package cz.socialinclusion.partnership.jdbc;

/**
 * Root of what the repositories throw when the database refuses or fails. Each subclass keeps the
 * {@link java.sql.SQLException} as its cause and its SQLState, where there was one.
 */
public abstract class PartnershipDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String sqlState;

    /** A refusal or failure described by {@code message}, with the SQLState (or {@code null}) and the cause. */
    protected PartnershipDataException(String message, String sqlState, Throwable cause) {
        super(message, cause);
        this.sqlState = sqlState;
    }

    /** The SQLState the database reported, or {@code null}. */
    public String sqlState() {
        return sqlState;
    }
}
