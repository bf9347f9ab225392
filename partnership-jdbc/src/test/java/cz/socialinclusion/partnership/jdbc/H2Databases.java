package cz.socialinclusion.partnership.jdbc;

import org.h2.jdbcx.JdbcDataSource;

import java.util.UUID;

/** New, empty H2 databases in memory, in PostgreSQL mode, one a test; each lives until the JVM ends. */
final class H2Databases {

    private H2Databases() {
    }

    /** The URL of a new database of its own. */
    static String freshUrl() {
        return "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
    }

    /** A new database of its own. */
    static JdbcDataSource fresh() {
        return at(freshUrl());
    }

    /** A data source for the database at {@code url}. */
    static JdbcDataSource at(String url) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        return h2;
    }
}
