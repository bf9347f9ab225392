package cz.socialinclusion.partnership.jdbc;

import cz.socialinclusion.partnership.plan.PlanVersion;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;

/** The repository contract on H2 in memory, in PostgreSQL mode. */
class RepositoryH2Test extends RepositoryContract {

    @Override
    DataSource freshDatabase() {
        return H2Databases.fresh();
    }

    @Test
    void inASchemaOfItsOwnTheTriggerRefusesAnAdoptedVersionsChangeFromASessionInAnotherSchema() throws Exception {
        String url = H2Databases.freshUrl();
        Migrations.migrate(H2Databases.at(url), "partnership");
        PlanVersion v1 = kutnaHoraWithARevisedAdoptedPlan(H2Databases.at(url + ";SCHEMA=partnership"));

        try (Connection host = H2Databases.at(url).getConnection(); Statement s = host.createStatement()) {
            assertOnlyTheRevisionsNeedsCanBeDeleted(s, v1);
        }
    }
}
