package cz.socialinclusion.partnership.jdbc;

import cz.socialinclusion.partnership.fixtures.SourcePages;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import cz.socialinclusion.partnership.Dossier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The library's migrations beside a host's own, on a real PostgreSQL started in this JVM; a new database a test. */
@ExtendWith(PostgresDatabases.class)
class MigrationsBesideHostPostgresTest extends MigrationsBesideHostContract {

    @Override
    DataSource freshDatabase() throws Exception {
        return PostgresDatabases.fresh("beside_host");
    }

    @Test
    void withTheSearchPathOnTheLibrarysSchemaAndPublicOneHostTransactionWritesBothTheHostsTableAndTheLibrarys() {
        assertThat(Migrations.migrate(database, "partnership")).isEqualTo(2);
        PGSimpleDataSource both = new PGSimpleDataSource();
        both.setURL(((PGSimpleDataSource) database).getURL());
        both.setUser("postgres");
        both.setCurrentSchema("partnership,public");
        HikariConfig config = new HikariConfig();
        config.setDataSource(both);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            JdbcTemplate host = new JdbcTemplate(pool);
            TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(pool));
            DossierRepository dossiers = new DossierRepository(Database.of(new TransactionAwareDataSourceProxy(pool)));
            Dossier cheb = SourcePages.cheb();

            var rolledBack = catchThrowable(() -> transactions.executeWithoutResult(status -> {
                host.update("INSERT INTO member (id, name) VALUES (4, 'Ondřej Černý')");
                dossiers.saveNew(cheb);
                throw new IllegalStateException("the host's next step failed");
            }));
            assertThat(rolledBack).hasMessage("the host's next step failed");
            assertThat(host.queryForObject("SELECT COUNT(*) FROM member", Integer.class)).isEqualTo(3);
            assertThat(dossiers.findById(cheb.partnership().id())).isEmpty();

            transactions.executeWithoutResult(status -> {
                host.update("INSERT INTO member (id, name) VALUES (4, 'Ondřej Černý')");
                dossiers.saveNew(cheb);
            });
            assertThat(host.queryForList("SELECT name FROM public.member ORDER BY id", String.class))
                    .containsExactly("Jana Nováková", "Zdeněk Šťastný", "Růžena Dvořáková", "Ondřej Černý");
            assertThat(host.queryForObject("SELECT COUNT(*) FROM partnership.lp_partnership", Integer.class)).isEqualTo(1);
            assertThat(dossiers.findById(cheb.partnership().id())).contains(cheb);
        }
    }
}
