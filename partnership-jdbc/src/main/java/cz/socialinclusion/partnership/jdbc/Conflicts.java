package cz.socialinclusion.partnership.jdbc;

import cz.socialinclusion.partnership.jdbc.internal.Statements;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** What to throw when a root row was not at the expected version. Package-private. */
final class Conflicts {

    private Conflicts() {
    }

    /** The version stored in the root {@code table} under {@code id}, if any. */
    static Optional<Long> storedVersion(Connection c, String table, String id) throws SQLException {
        return Statements.query(c, "SELECT version FROM " + table + " WHERE id = ?", rs -> rs.getLong(1), id).stream().findFirst();
    }

    /**
     * A {@link ConcurrencyConflictException} naming both versions, or an {@link AggregateNotFoundException}
     * if nothing is stored under {@code id} any more.
     */
    static RuntimeException of(Connection c, String table, String aggregate, String id, long expected) throws SQLException {
        Optional<Long> stored = storedVersion(c, table, id);
        return stored.<RuntimeException>map(v -> new ConcurrencyConflictException(aggregate, id, expected, v))
                .orElseGet(() -> new AggregateNotFoundException(aggregate, id));
    }
}
