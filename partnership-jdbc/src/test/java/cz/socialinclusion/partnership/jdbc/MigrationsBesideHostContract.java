package cz.socialinclusion.partnership.jdbc;

import cz.socialinclusion.partnership.fixtures.SourcePages;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import cz.socialinclusion.partnership.Dossier;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The library's migrations in a database whose host has its own Flyway migrations ({@code db/host/V1__host.sql}: a
 * {@code member} table with rows), run the way a host runs them. Each subclass gives a fresh, empty database.
 */
abstract class MigrationsBesideHostContract {

    private static final List<String> HOST_MEMBERS = List.of("Jana Nováková", "Zdeněk Šťastný", "Růžena Dvořáková");

    DataSource database;

    abstract DataSource freshDatabase() throws Exception;

    @BeforeEach
    void hostMigratesFirst() throws Exception {
        database = freshDatabase();
        assertThat(Flyway.configure().dataSource(database).locations("classpath:db/host").load().migrate().migrationsExecuted)
                .isEqualTo(1);
    }

    @Test
    void theLibrarysMigrationsRunBesideTheHostsWithTheirOwnHistoryAndASecondRunIsANoOp() throws SQLException {
        assertThat(Migrations.migrate(database)).isEqualTo(2);
        assertThat(Migrations.migrate(database)).isZero();

        assertThat(rows("SELECT version, description FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank"))
                .containsExactly("1 host");
        assertThat(rows("SELECT version, type FROM lp_schema_history WHERE version IS NOT NULL ORDER BY installed_rank"))
                .containsExactly("0 BASELINE", "1 SQL", "2 JDBC");
        assertThat(rows("SELECT name FROM member ORDER BY id")).isEqualTo(HOST_MEMBERS);

        DossierRepository dossiers = new DossierRepository(Database.of(database));
        for (Dossier dossier : SourcePages.all()) {
            dossiers.saveNew(dossier);
        }
        for (Dossier dossier : SourcePages.all()) {
            assertThat(dossiers.findById(dossier.partnership().id())).contains(dossier);
        }
        assertThat(rows("SELECT name FROM member ORDER BY id")).isEqualTo(HOST_MEMBERS);
        assertThat(Flyway.configure().dataSource(database).locations("classpath:db/host").load().migrate().migrationsExecuted)
                .isZero();
    }

    @Test
    void inASchemaOfTheirOwnTheTablesAndHistoryStayThereAndThePoolsCurrentSchemaFindsThem() throws SQLException {
        assertThat(Migrations.migrate(database, "partnership")).isEqualTo(2);
        assertThat(Migrations.migrate(database, "partnership")).isZero();

        assertThat(rows("SELECT table_schema FROM information_schema.tables WHERE table_name = 'lp_partnership'"))
                .containsExactly("partnership");
        assertThat(rows("SELECT table_schema FROM information_schema.tables WHERE table_name = 'lp_schema_history'"))
                .containsExactly("partnership");
        assertThat(rows("SELECT table_schema FROM information_schema.tables WHERE table_name = 'member'"))
                .containsExactly("public");
        assertThat(rows("SELECT version, description FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank"))
                .containsExactly("1 host");

        HikariConfig config = new HikariConfig();
        config.setDataSource(database);
        config.setSchema("partnership");
        try (HikariDataSource pool = new HikariDataSource(config)) {
            DossierRepository dossiers = new DossierRepository(Database.of(pool));
            for (Dossier dossier : SourcePages.all()) {
                dossiers.saveNew(dossier);
            }
            assertThat(dossiers.findByMunicipality("Kutná Hora")).containsExactly(SourcePages.kutnaHora());
        }
        assertThat(rows("SELECT COUNT(*) FROM partnership.lp_partnership")).containsExactly("5");
        assertThat(rows("SELECT name FROM member ORDER BY id")).isEqualTo(HOST_MEMBERS);
        assertThatThrownBy(() -> new PartnershipRepository(Database.of(database)).findAll())
                .as("the host's data source, whose current schema is public, does not see the library's tables")
                .isInstanceOf(PartnershipDataException.class);
    }

    @Test
    void aHostsOwnConfigurationKeepsItsSettingsAndGetsTheLibrarysHistoryTableLocationAndBaseline() throws SQLException {
        FluentConfiguration hosts = Flyway.configure().dataSource(database).cleanDisabled(true);

        FluentConfiguration configured = Migrations.configure(hosts);

        assertThat(configured).isSameAs(hosts);
        assertThat(configured.getTable()).isEqualTo("lp_schema_history");
        assertThat(configured.getLocations()).containsExactly(new Location(Migrations.LOCATION));
        assertThat(configured.isBaselineOnMigrate()).isTrue();
        assertThat(configured.getBaselineVersion().getVersion()).isEqualTo("0");
        assertThat(configured.isCleanDisabled()).isTrue();
        assertThat(configured.load().migrate().migrationsExecuted).isEqualTo(2);
        assertThat(rows("SELECT version, type FROM lp_schema_history WHERE version IS NOT NULL ORDER BY installed_rank"))
                .containsExactly("0 BASELINE", "1 SQL", "2 JDBC");
    }

    @Test
    void onAnEmptyDatabaseNoBaselineIsRecorded() throws Exception {
        DataSource empty = freshDatabase();
        assertThat(Migrations.migrate(empty)).isEqualTo(2);
        assertThat(rows(empty, "SELECT version, type FROM lp_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")).containsExactly("1 SQL", "2 JDBC");
    }

    private List<String> rows(String sql) throws SQLException {
        return rows(database, sql);
    }

    private static List<String> rows(DataSource dataSource, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i == 1 ? "" : " ").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
