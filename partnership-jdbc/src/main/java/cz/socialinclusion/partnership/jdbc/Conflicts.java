package cz.socialinclusion.partnership.jdbc;

import cz.socialinclusion.partnership.jdbc.internal.Statements;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;
import java.util.Optional;

/** What to throw when a root row was not at the expected version, or a new root's id is taken. Package-private. */
final class Conflicts {

    /** The SQLState of a unique key violation, on PostgreSQL and H2. */
    private static final String UNIQUE_VIOLATION = "23505";

    private Conflicts() {
    }

    /** Inserts the root row (or rows) of new aggregates. */
    @FunctionalInterface
    interface Insert {
        void run() throws SQLException;
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

    /**
     * Deletes the root row stored in {@code table} under {@code id} at {@code version}; if it is at another
     * version or gone, deletes nothing and throws what {@link #of} gives.
     */
    static void deleteRoot(Connection c, String table, String aggregate, String id, long version) throws SQLException {
        if (Statements.update(c, "DELETE FROM " + table + " WHERE id = ? AND version = ?", id, version) == 0) {
            throw of(c, table, aggregate, id, version);
        }
    }

    /**
     * Runs {@code insert}, which inserts the root rows of new aggregates with the ids {@code ids}, and refuses
     * with {@link ConcurrencyConflictException} if one of the ids is taken: stored already (checked first), or
     * stored by a transaction that committed while this one was inserting (the unique key refuses the row;
     * the insert is rolled back to a savepoint taken before it, so the transaction stays usable).
     */
    static void insertNew(Connection c, String table, String aggregate, List<String> ids, Insert insert) throws SQLException {
        refuseTaken(c, table, aggregate, ids);
        Savepoint beforeInsert = c.setSavepoint();
        try {
            insert.run();
        } catch (SQLException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            c.rollback(beforeInsert);
            refuseTaken(c, table, aggregate, ids);
            // The row that took the id is not visible to this transaction (not committed yet): a new aggregate
            // is always stored at version 0 first.
            ConcurrencyConflictException conflict = new ConcurrencyConflictException(aggregate, ids.get(0), Versioned.NEW, 0);
            conflict.addSuppressed(e);
            throw conflict;
        }
        c.releaseSavepoint(beforeInsert);
    }

    private static void refuseTaken(Connection c, String table, String aggregate, List<String> ids) throws SQLException {
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            marks.append(i == 0 ? "?" : ", ?");
        }
        List<Taken> taken = Statements.query(c, "SELECT id, version FROM " + table + " WHERE id IN (" + marks + ")",
                rs -> new Taken(rs.getString(1), rs.getLong(2)), ids.toArray());
        if (!taken.isEmpty()) {
            Taken first = taken.stream().min(java.util.Comparator.comparing(Taken::id)).orElseThrow();
            throw new ConcurrencyConflictException(aggregate, first.id(), Versioned.NEW, first.version());
        }
    }

    private record Taken(String id, long version) {
    }

    private static boolean isUniqueViolation(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
