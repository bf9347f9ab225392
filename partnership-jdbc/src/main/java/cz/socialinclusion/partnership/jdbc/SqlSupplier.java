package cz.socialinclusion.partnership.jdbc;

import java.sql.SQLException;

/**
 * Gives a value and may throw {@link SQLException}, so that {@code () -> DataSourceUtils.getConnection(dataSource)}
 * or {@code dataSource::getConnection} can be passed where the library asks for a connection (together with the
 * way to give it back: see {@link ConnectionSource#of(SqlSupplier, SqlConsumer)}).
 *
 * @param <T> what it gives
 */
@FunctionalInterface
public interface SqlSupplier<T> {

    /**
     * Gives the value.
     *
     * @return the value, never null
     * @throws SQLException if the database cannot give it
     */
    T get() throws SQLException;
}
