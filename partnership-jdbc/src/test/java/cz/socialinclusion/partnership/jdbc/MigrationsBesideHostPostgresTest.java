package cz.socialinclusion.partnership.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import javax.sql.DataSource;

/** The library's migrations beside a host's own, on a real PostgreSQL started in this JVM; a new database a test. */
class MigrationsBesideHostPostgresTest extends MigrationsBesideHostContract {

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
        return PostgresDatabases.create(server, "beside_host");
    }
}
