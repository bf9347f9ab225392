package cz.socialinclusion.partnership.jdbc.internal;

import cz.socialinclusion.partnership.jdbc.ConstraintViolatedException;
import cz.socialinclusion.partnership.jdbc.DataAccessFailedException;
import cz.socialinclusion.partnership.jdbc.PartnershipDataException;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

/** Maps an {@link SQLException} to the library's own exceptions, keeping the SQLState. */
public final class SqlErrors {

    private SqlErrors() {
    }

    /** The library's exception for {@code e}, which happened while doing {@code what}. */
    public static PartnershipDataException map(String what, SQLException e) {
        SQLException first = e instanceof BatchUpdateException && e.getNextException() != null ? e.getNextException() : e;
        String state = first.getSQLState() != null ? first.getSQLState() : e.getSQLState();
        String message = what + " failed: " + first.getMessage() + (state == null ? "" : " (SQLState " + state + ")");
        if (state != null && state.startsWith("23")) {
            return new ConstraintViolatedException(message, state, e);
        }
        return new DataAccessFailedException(message, state, e);
    }
}
