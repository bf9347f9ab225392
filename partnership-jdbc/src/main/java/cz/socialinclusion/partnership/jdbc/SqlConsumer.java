package cz.socialinclusion.partnership.jdbc;

import java.sql.SQLException;

/**
 * Takes a value and may throw {@link SQLException}, so that {@code Connection::close} or
 * {@code c -> DataSourceUtils.releaseConnection(c, dataSource)} can be passed where the library gives a
 * connection back.
 *
 * @param <T> what it takes
 */
@FunctionalInterface
public interface SqlConsumer<T> {

    /**
     * Takes the value.
     *
     * @param value the value
     * @throws SQLException if the database fails while taking it
     */
    void accept(T value) throws SQLException;
}
