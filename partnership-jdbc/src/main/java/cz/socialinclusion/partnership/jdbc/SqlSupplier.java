package cz.socialinclusion.partnership.jdbc;

import java.sql.SQLException;

/**
 * Gives a value and may throw {@link SQLException}, so that {@code dataSource::getConnection} or
 * {@code () -> DataSourceUtils.getConnection(dataSource)} can be passed where the library asks for a connection.
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
