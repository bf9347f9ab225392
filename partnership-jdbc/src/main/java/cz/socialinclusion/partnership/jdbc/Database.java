package cz.socialinclusion.partnership.jdbc;

import cz.socialinclusion.partnership.jdbc.internal.SqlErrors;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Where the repositories get their connection, and how a save is made atomic. No framework: either a
 * {@link DataSource} the library takes connections from, or the host's current connection.
 *
 * <ul>
 *   <li>{@link #of(DataSource)}: each repository call takes a connection, runs in its own transaction,
 *       commits or rolls back, and closes the connection.</li>
 *   <li>{@link #onHostConnection(Supplier)}: each call runs on the connection the supplier gives (plain JDBC,
 *       Spring's {@code DataSourceUtils.getConnection}, a Jakarta EE container's connection) inside the
 *       host's transaction: the library neither commits nor closes it, so the save commits or rolls back with
 *       the host's own work. A failing save rolls back to a savepoint taken before it, so the host's
 *       transaction stays usable and holds nothing of the failed save. On a connection in auto-commit mode
 *       the call runs in a transaction of its own.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe when the data source or supplier is.
 */
public final class Database {

    private final DataSource dataSource;
    private final Supplier<Connection> hostConnection;

    private Database(DataSource dataSource, Supplier<Connection> hostConnection) {
        this.dataSource = dataSource;
        this.hostConnection = hostConnection;
    }

    /**
     * Repositories that take connections from {@code dataSource}, one transaction a call.
     *
     * @param dataSource the host's data source
     * @return the database the repositories are made with
     */
    public static Database of(DataSource dataSource) {
        return new Database(Objects.requireNonNull(dataSource, "dataSource"), null);
    }

    /**
     * Repositories that work on the host's current connection, inside the host's transaction.
     *
     * @param connection gives the host's current connection each time it is called, e.g.
     *                   {@code () -> DataSourceUtils.getConnection(dataSource)}; the repositories never close
     *                   or commit it
     * @return the database the repositories are made with
     */
    public static Database onHostConnection(Supplier<Connection> connection) {
        return new Database(null, Objects.requireNonNull(connection, "connection"));
    }

    /**
     * Work on a connection.
     *
     * @param <T> what the work gives back
     */
    @FunctionalInterface
    public interface Work<T> {
        /**
         * Does the work.
         *
         * @param connection the connection, inside a transaction
         * @return what the work gives back
         * @throws SQLException if the database refuses or fails
         */
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} atomically: all of it is written or none.
     *
     * @param <T>  what the work gives back
     * @param what what the work does, for the message of a failure, e.g. {@code "saving plan kadan-spsz-2011"}
     * @param work the work
     * @return what the work gave back
     * @throws PartnershipDataException (a subclass) if the database refuses or fails
     */
    public <T> T inTransaction(String what, Work<T> work) {
        try {
            if (dataSource != null) {
                try (Connection connection = dataSource.getConnection()) {
                    return ownTransaction(connection, work);
                }
            }
            Connection connection = hostConnection.get();
            if (connection.getAutoCommit()) {
                return ownTransaction(connection, work);
            }
            Savepoint savepoint = connection.setSavepoint();
            try {
                T result = work.run(connection);
                connection.releaseSavepoint(savepoint);
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback(savepoint);
                throw e;
            }
        } catch (SQLException e) {
            throw SqlErrors.map(what, e);
        }
    }

    private static <T> T ownTransaction(Connection connection, Work<T> work) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        } finally {
            try {
                connection.setAutoCommit(autoCommit);
            } catch (SQLException ignored) {
                // the connection is broken; the rollback above already decided the outcome
            }
        }
    }
}
