package cz.socialinclusion.partnership.examples.cli;

import cz.socialinclusion.partnership.jdbc.Migrations;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

/** A database the tool works on, by JDBC URL, with the library's migrations applied by Flyway. */
final class Store {

    /** The embedded default: an H2 database file in {@code .partnership/} of the working directory. */
    static final String DEFAULT_URL = h2Url(Path.of(".partnership", "partnership"));

    /** Flyway reports each migration at INFO; the tool shows only its warnings. Kept so that it is not collected. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private Store() {
    }

    /** The URL of an H2 database file at {@code file} (H2 adds {@code .mv.db}), in PostgreSQL mode. */
    static String h2Url(Path file) {
        return "jdbc:h2:file:" + file.toAbsolutePath() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    }

    /**
     * An open database: a data source for the repositories, and one connection held for as long as the
     * command runs, so that an embedded H2 file stays open between the repositories' calls.
     */
    record Open(DataSource dataSource, Connection keeper) implements AutoCloseable {
        @Override
        public void close() throws SQLException {
            keeper.close();
        }
    }

    /** The database at {@code url}, migrated to the library's schema. */
    static Open open(String url, String user, String password) throws SQLException {
        DataSource dataSource = new UrlDataSource(url, user, password);
        Connection keeper = dataSource.getConnection();
        try {
            Migrations.configure(Flyway.configure().dataSource(dataSource).loggers("auto")).load().migrate();
        } catch (RuntimeException e) {
            keeper.close();
            throw e;
        }
        return new Open(dataSource, keeper);
    }

    /** Connections straight from the driver, one a call: all a command-line tool needs. */
    private record UrlDataSource(String url, String user, String password) implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            return user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, password);
        }

        @Override
        public Connection getConnection(String username, String pass) throws SQLException {
            return DriverManager.getConnection(url, username, pass);
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
