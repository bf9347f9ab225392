package cz.socialinclusion.partnership.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** New, empty UTF-8 databases on an embedded PostgreSQL server, one a test. */
final class PostgresDatabases {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private PostgresDatabases() {
    }

    static DataSource create(EmbeddedPostgres server, String prefix) throws SQLException {
        String name = prefix + "_" + DATABASES.incrementAndGet();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        }
        return server.getDatabase("postgres", name);
    }
}
