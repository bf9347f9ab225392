package cz.socialinclusion.partnership.jdbc;

import cz.socialinclusion.partnership.jdbc.internal.SqlErrors;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Objects;

/**
 * Where the repositories get their connection, and how a call is made atomic. No framework: a
 * {@link DataSource}, a {@link ConnectionSource}, or the host's current connection.
 *
 * <p>Each repository call borrows one connection and looks at it once, at the start:
 * <ul>
 *   <li><b>Auto-commit on</b> (a connection of its own, as a pool hands it out outside any transaction): the
 *       call runs in a transaction of its own; it commits, or rolls back and throws, and leaves the connection
 *       in auto-commit mode again.</li>
 *   <li><b>Auto-commit off</b> (the host is in a transaction: its own plain-JDBC transaction, a Spring
 *       {@code @Transactional} method, a Jakarta EE container transaction): the call <em>joins</em> the host's
 *       transaction. It never commits, rolls back the whole of, or changes the auto-commit mode of a
 *       transaction it did not begin; the save commits or rolls back with the host's own work. It takes a
 *       savepoint first: a failing call rolls back to it, so the host's transaction stays usable and holds
 *       nothing of the failed call, and the failure is thrown to the host, never swallowed.</li>
 * </ul>
 * At the end of the call the connection is given back: {@link #of(DataSource)} closes it (a pool or Spring's
 * {@code TransactionAwareDataSourceProxy} takes it back; inside a Spring transaction the proxy keeps the
 * transaction's connection open), {@link #of(ConnectionSource)} calls its {@code release}, and
 * {@link #onHostConnection(SqlSupplier)} leaves it alone (the host closes what it opened).
 *
 * <p>Hosts (each shown in a test of this module and an example program):
 * <ul>
 *   <li>a pool, outside transactions: {@code Database.of(hikariDataSource)};</li>
 *   <li>Spring: {@code Database.of(new TransactionAwareDataSourceProxy(dataSource))}, or
 *       {@code Database.onHostConnection(() -> DataSourceUtils.getConnection(ds), c -> DataSourceUtils.releaseConnection(c, ds))};
 *       the repositories then join {@code @Transactional} methods and {@code TransactionTemplate} callbacks and
 *       run on their own outside them. A bare {@code Database.of(dataSource)} over the pool Spring manages
 *       would take a second connection and commit on its own, outside Spring's transaction;</li>
 *   <li>plain JDBC: {@code Database.onHostConnection(() -> connection)} on the connection the host opened,
 *       turned auto-commit off, and will commit or roll back and close.</li>
 * </ul>
 * A pool configured to hand out connections with auto-commit off (HikariCP {@code autoCommit=false}) makes every
 * call join a transaction that nobody commits: the pool rolls it back when the connection returns. Use such a
 * pool only with a transaction manager around the calls.
 *
 * <p>Immutable and thread-safe when the data source, connection source or supplier is.
 */
public final class Database {

    private final ConnectionSource source;

    private Database(ConnectionSource source) {
        this.source = source;
    }

    /**
     * Repositories that take each call's connection from {@code dataSource} and close it at the end of the call.
     * With a pool outside any transaction, each call runs in a transaction of its own; with Spring's
     * {@code TransactionAwareDataSourceProxy} inside a Spring transaction, each call joins it.
     *
     * @param dataSource where connections come from
     * @return the database
     */
    public static Database of(DataSource dataSource) {
        return new Database(ConnectionSource.of(dataSource));
    }

    /**
     * Repositories that borrow each call's connection from {@code source} and give it back through
     * {@link ConnectionSource#release(Connection)} at the end of the call, on success and on failure.
     *
     * @param source where connections come from and go back to
     * @return the database
     */
    public static Database of(ConnectionSource source) {
        return new Database(Objects.requireNonNull(source, "source"));
    }

    /**
     * Repositories that work on the connection the host holds, inside the host's transaction. The library never
     * closes or commits it: the host that opened it does. Use it for a connection the host opened and will close;
     * for one a framework hands out per call (Spring's {@code DataSourceUtils.getConnection}), use
     * {@link #onHostConnection(SqlSupplier, SqlConsumer)} so that it is given back, and for a supplier that opens a
     * new connection each time ({@code dataSource::getConnection}) use {@link #of(DataSource)}: nothing here would
     * close it.
     *
     * @param connection gives the host's current connection; may throw {@link SQLException}
     * @return the database
     */
    public static Database onHostConnection(SqlSupplier<Connection> connection) {
        return new Database(ConnectionSource.of(connection, borrowed -> { }));
    }

    /**
     * Repositories that take each call's connection from {@code connection} and give it back with {@code release}
     * at the end of the call, e.g. {@code Database.onHostConnection(() -> DataSourceUtils.getConnection(ds),
     * c -> DataSourceUtils.releaseConnection(c, ds))}.
     *
     * @param connection gives the connection for a call; may throw {@link SQLException}
     * @param release gives it back at the end of the call
     * @return the database
     */
    public static Database onHostConnection(SqlSupplier<Connection> connection, SqlConsumer<Connection> release) {
        return new Database(ConnectionSource.of(connection, release));
    }

    /**
     * Work on a connection.
     *
     * @param <T> what the work returns
     */
    @FunctionalInterface
    public interface Work<T> {

        /**
         * Does the work.
         *
         * @param connection the connection of the call, in a transaction
         * @return the result
         * @throws SQLException if the database refuses or fails
         */
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} atomically, all of it or none: in a transaction of its own on a connection in auto-commit
     * mode, within the host's transaction (after a savepoint) on one that is not. The connection is given back
     * at the end, whatever happened.
     *
     * @param what what the work does, for the message of a failure ("saving partnership cheb")
     * @param work the work
     * @param <T> what the work returns
     * @return what the work returned
     * @throws PartnershipDataException (a subclass) if the database refuses or fails; nothing of the work is kept
     */
    public <T> T inTransaction(String what, Work<T> work) {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(work, "work");
        Connection connection;
        try {
            connection = source.getConnection();
        } catch (SQLException e) {
            throw SqlErrors.map(what + ": getting a connection", e);
        }
        if (connection == null) {
            throw new DataAccessFailedException(what + " failed: the connection source gave no connection", null, null);
        }
        T result;
        try {
            result = connection.getAutoCommit() ? ownTransaction(connection, work) : joined(connection, work);
        } catch (SQLException e) {
            PartnershipDataException failure = SqlErrors.map(what, e);
            releaseAfter(failure, connection);
            throw failure;
        } catch (RuntimeException | Error e) {
            releaseAfter(e, connection);
            throw e;
        }
        try {
            source.release(connection);
        } catch (SQLException e) {
            throw SqlErrors.map(what + ": giving the connection back", e);
        }
        return result;
    }

    private void releaseAfter(Throwable failure, Connection connection) {
        try {
            source.release(connection);
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /** Within the host's transaction: a savepoint, and on failure back to it; the transaction stays the host's. */
    private static <T> T joined(Connection connection, Work<T> work) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        T result;
        try {
            result = work.run(connection);
        } catch (SQLException | RuntimeException | Error e) {
            try {
                connection.rollback(savepoint);
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        connection.releaseSavepoint(savepoint);
        return result;
    }

    /** On a connection in auto-commit mode: a transaction begun, and ended, here. */
    private static <T> T ownTransaction(Connection connection, Work<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            try {
                connection.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is broken; the commit or rollback above already decided the outcome
            }
        }
    }
}
