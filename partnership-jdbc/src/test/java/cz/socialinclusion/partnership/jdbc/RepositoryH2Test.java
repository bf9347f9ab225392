package cz.socialinclusion.partnership.jdbc;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The repository contract on H2 in memory, in PostgreSQL mode. */
class RepositoryH2Test extends RepositoryContract {

    @Override
    DataSource freshDatabase() {
        return h2("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    }

    private static JdbcDataSource h2(String url) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        return h2;
    }

    @Test
    void inASchemaOfItsOwnTheTriggerRefusesAnAdoptedVersionsChangeFromASessionInAnotherSchema() throws Exception {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        Migrations.migrate(h2(url), "partnership");
        DataSource library = h2(url + ";SCHEMA=partnership");
        Dossier kutnaHora = SourcePages.kutnaHora();
        new DossierRepository(Database.of(library)).saveNew(kutnaHora);
        StrategicPlan adopted = kutnaHora.plans().get(0);
        PlanVersion v1 = adopted.latestVersion();
        new PlanRepository(Database.of(library)).save(new Versioned<>(adopted, 0).with(adopted.revise(
                new PlanVersion(2, LocalDate.of(2012, 4, 20), "Roční revize", v1.needs(), v1.priorities(), List.of()))));

        try (Connection host = h2(url).getConnection(); Statement s = host.createStatement()) {
            var refused = catchThrowable(() -> s.executeUpdate("DELETE FROM partnership.lp_plan_need WHERE number = 1"));
            assertThat(refused).isInstanceOf(SQLException.class).hasMessageContaining("adopted");
            assertThat(((SQLException) refused).getSQLState()).isEqualTo("23000");
            assertThat(s.executeUpdate("DELETE FROM partnership.lp_plan_need WHERE number = 2")).isEqualTo(v1.needs().size());
        }
    }
}
