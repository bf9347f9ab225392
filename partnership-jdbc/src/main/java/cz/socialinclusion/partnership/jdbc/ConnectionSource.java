package cz.socialinclusion.partnership.jdbc;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

/**
 * Where {@link Database} borrows a connection for one repository call, and how it gives it back. The library
 * calls {@link #getConnection()} once at the start of a call and {@link #release(Connection)} exactly once at
 * its end, whether the call succeeded or failed.
 *
 * <p>For Spring, {@code ConnectionSource.of(() -> DataSourceUtils.getConnection(ds),
 * c -> DataSourceUtils.releaseConnection(c, ds))} takes the connection of the current Spring transaction, or a
 * new one outside a transaction, and gives it back the way Spring expects (closing only what is not bound to a
 * transaction).
 */
public interface ConnectionSource {

    /**
     * Borrows a connection for one repository call.
     *
     * @return a connection, not null
     * @throws SQLException if none can be had
     */
    Connection getConnection() throws SQLException;

    /**
     * Gives back a connection that {@link #getConnection()} gave, at the end of the call.
     *
     * @param connection the connection borrowed for the call
     * @throws SQLException if giving it back fails
     */
    void release(Connection connection) throws SQLException;

    /**
     * Connections from a data source: each is taken with {@link DataSource#getConnection()} and given back
     * with {@link Connection#close()} (to a pool, closing returns it; to Spring's
     * {@code TransactionAwareDataSourceProxy} inside a transaction, closing leaves the transaction's
     * connection open).
     *
     * @param dataSource where connections come from
     * @return the source
     */
    static ConnectionSource of(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return of(dataSource::getConnection, Connection::close);
    }

    /**
     * Connections from a supplier, given back through {@code release}.
     *
     * @param connection gives the connection for a call; may throw {@link SQLException}
     * @param release gives it back at the end of the call
     * @return the source
     */
    static ConnectionSource of(SqlSupplier<Connection> connection, SqlConsumer<Connection> release) {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(release, "release");
        return new ConnectionSource() {
            @Override
            public Connection getConnection() throws SQLException {
                return connection.get();
            }

            @Override
            public void release(Connection borrowed) throws SQLException {
                release.accept(borrowed);
            }
        };
    }
}
