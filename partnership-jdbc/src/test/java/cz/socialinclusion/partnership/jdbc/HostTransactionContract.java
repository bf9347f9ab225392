package cz.socialinclusion.partnership.jdbc;

import cz.socialinclusion.partnership.fixtures.SourcePages;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.Partnership;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The repositories inside a host's transactions: a HikariCP pool, Spring's {@code DataSourceTransactionManager} and
 * {@code TransactionTemplate}, the host's own table written with Spring's {@code JdbcTemplate}, and the library's
 * {@link Database} built the ways a host builds it. Each subclass gives a fresh, empty database.
 */
abstract class HostTransactionContract {

    /** How a host builds the library's {@link Database} over its pool. */
    enum HostStyle {
        /** {@code Database.of(pool)}: no Spring, a transaction a call. */
        PLAIN(pool -> Database.of(pool)),
        /** {@code Database.of(new TransactionAwareDataSourceProxy(pool))}. */
        SPRING_PROXY(pool -> Database.of(new TransactionAwareDataSourceProxy(pool))),
        /** {@code DataSourceUtils.getConnection} and {@code releaseConnection}. */
        SPRING_DATA_SOURCE_UTILS(pool -> Database.onHostConnection(() -> DataSourceUtils.getConnection(pool),
                c -> DataSourceUtils.releaseConnection(c, pool)));

        private final Function<DataSource, Database> build;

        HostStyle(Function<DataSource, Database> build) {
            this.build = build;
        }
    }

    private static final AtomicInteger POOLS = new AtomicInteger();

    DataSource unpooled;
    HikariDataSource pool;
    TransactionTemplate transactions;
    JdbcTemplate host;

    abstract DataSource freshDatabase() throws Exception;

    @BeforeEach
    void startHost() throws Exception {
        unpooled = freshDatabase();
        assertThat(Migrations.migrate(unpooled)).isEqualTo(2);
        try (Connection c = unpooled.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE audit_entry (id INTEGER PRIMARY KEY, what VARCHAR(200) NOT NULL)");
        }
        HikariConfig config = new HikariConfig();
        config.setDataSource(unpooled);
        config.setPoolName("host-" + POOLS.incrementAndGet());
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(4);
        // a leaked connection shows as a failed call after this long, not as a hang
        config.setConnectionTimeout(2_000);
        pool = new HikariDataSource(config);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(pool));
        host = new JdbcTemplate(pool);
    }

    @AfterEach
    void stopHost() {
        pool.close();
    }

    @ParameterizedTest
    @EnumSource(value = HostStyle.class, names = {"SPRING_PROXY", "SPRING_DATA_SOURCE_UTILS"})
    void aHostRollbackLeavesNeitherTheHostsRowNorThePartnership(HostStyle style) {
        DossierRepository dossiers = new DossierRepository(style.build.apply(pool));
        Dossier cheb = SourcePages.cheb();

        var rolledBack = catchThrowable(() -> transactions.executeWithoutResult(status -> {
            audit(1, "Import dossieru: Lokální partnerství Cheb");
            dossiers.saveNew(cheb);
            assertThat(dossiers.findById(cheb.partnership().id())).contains(cheb);
            throw new IllegalStateException("the host's next step failed");
        }));

        assertThat(rolledBack).isInstanceOf(IllegalStateException.class).hasMessage("the host's next step failed");
        assertThat(auditEntries()).isEmpty();
        assertThat(dossiers.findById(cheb.partnership().id())).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM lp_member")).isZero();
        assertEveryConnectionIdle();
    }

    @ParameterizedTest
    @EnumSource(value = HostStyle.class, names = {"SPRING_PROXY", "SPRING_DATA_SOURCE_UTILS"})
    void aHostCommitKeepsTheHostsRowAndThePartnership(HostStyle style) {
        DossierRepository dossiers = new DossierRepository(style.build.apply(pool));
        Dossier decin = SourcePages.decin();

        transactions.executeWithoutResult(status -> {
            audit(1, "Import dossieru: Lokální partnerství Děčín");
            dossiers.saveNew(decin);
        });

        assertThat(auditEntries()).containsExactly("Import dossieru: Lokální partnerství Děčín");
        assertThat(new DossierRepository(Database.of(pool)).findById(decin.partnership().id())).contains(decin);
        assertEveryConnectionIdle();
    }

    @ParameterizedTest
    @EnumSource(value = HostStyle.class, names = {"SPRING_PROXY", "SPRING_DATA_SOURCE_UTILS"})
    void aFailedSaveInsideTheHostsTransactionIsThrownAndLeavesTheHostsEarlierWorkIntactAndCommittable(HostStyle style) {
        Database database = style.build.apply(pool);
        DossierRepository dossiers = new DossierRepository(database);
        PartnershipRepository partnerships = new PartnershipRepository(database);
        Dossier kadan = SourcePages.kadan();
        Dossier jachymov = SourcePages.jachymov();
        refuseThePlanOfJachymov();

        transactions.executeWithoutResult(status -> {
            audit(1, "Import dossieru: Kadaň");
            dossiers.saveNew(kadan);

            // refused by the database after Jáchymov's partnership rows were written; on PostgreSQL this aborts the
            // transaction unless the library rolls back to its savepoint
            var refusedByTheDatabase = catchThrowable(() -> dossiers.saveNew(jachymov));
            assertThat(refusedByTheDatabase).isInstanceOf(ConstraintViolatedException.class)
                    .hasMessageStartingWith("saving the dossier of jachymov failed: ")
                    .hasMessageContaining("(SQLState 235");

            var refused = catchThrowable(() -> partnerships.save(Versioned.of(kadan.partnership())));
            assertThat(refused).isInstanceOf(ConcurrencyConflictException.class).hasMessageContaining("kadan");

            audit(2, "Import dossieru Jáchymov selhal");
            assertThat(status.isRollbackOnly()).isFalse();
        });

        assertThat(auditEntries()).containsExactly("Import dossieru: Kadaň", "Import dossieru Jáchymov selhal");
        DossierRepository after = new DossierRepository(Database.of(pool));
        assertThat(after.findById(kadan.partnership().id())).contains(kadan);
        assertThat(after.findById(jachymov.partnership().id())).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM lp_member WHERE partnership_id = 'jachymov'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM lp_member WHERE partnership_id = 'kadan'"))
                .isEqualTo(kadan.partnership().members().size());
        assertEveryConnectionIdle();
    }

    @ParameterizedTest
    @EnumSource(HostStyle.class)
    void aThousandCallsOutsideATransactionLeaveEveryPooledConnectionIdleAndCommitWhatTheySaved(HostStyle style) {
        Database database = style.build.apply(pool);
        DossierRepository dossiers = new DossierRepository(database);
        PartnershipRepository partnerships = new PartnershipRepository(database);
        List<Dossier> all = SourcePages.all();

        int calls = 0;
        int refused = 0;
        for (Dossier dossier : all) {
            dossiers.saveNew(dossier);
            calls++;
        }
        while (calls < 1_000) {
            Dossier dossier = all.get(calls % all.size());
            switch (calls % 4) {
                case 0 -> assertThat(dossiers.findById(dossier.partnership().id())).contains(dossier);
                case 1 -> assertThat(partnerships.findByMunicipality(dossier.partnership().municipality())).hasSize(1);
                case 2 -> assertThat(partnerships.get(dossier.partnership().id()).version()).isZero();
                default -> {
                    assertThatThrownBy(() -> partnerships.save(Versioned.of(dossier.partnership())))
                            .isInstanceOf(ConcurrencyConflictException.class);
                    refused++;
                }
            }
            calls++;
        }

        assertThat(calls).isEqualTo(1_000);
        assertThat(refused).isEqualTo(249);
        assertEveryConnectionIdle();
        assertThat(new PartnershipRepository(Database.of(unpooled)).findAll()).hasSize(all.size());
    }

    @Test
    void onAPlainJdbcConnectionTheLibraryNeitherEndsTheHostsTransactionNorClosesTheConnection() throws SQLException {
        Dossier kutnaHora = SourcePages.kutnaHora();
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            PartnershipRepository partnerships = new PartnershipRepository(Database.onHostConnection(() -> connection));

            Versioned<Partnership> saved = partnerships.save(Versioned.of(kutnaHora.partnership()));

            assertThat(saved.version()).isZero();
            assertThat(connection.isClosed()).isFalse();
            assertThat(connection.getAutoCommit()).isFalse();
            assertThat(new PartnershipRepository(Database.of(pool)).findById(kutnaHora.partnership().id())).isEmpty();
            connection.rollback();
            assertThat(partnerships.findById(kutnaHora.partnership().id())).isEmpty();
        }
        assertEveryConnectionIdle();
    }

    @Test
    void aConnectionSourceGetsBackEveryConnectionItGaveOnSuccessAndOnFailure() {
        AtomicInteger given = new AtomicInteger();
        AtomicInteger released = new AtomicInteger();
        Database counted = Database.of(ConnectionSource.of(() -> {
            given.incrementAndGet();
            return pool.getConnection();
        }, c -> {
            released.incrementAndGet();
            c.close();
        }));
        PartnershipRepository partnerships = new PartnershipRepository(counted);

        partnerships.save(Versioned.of(SourcePages.cheb().partnership()));
        assertThatThrownBy(() -> partnerships.save(Versioned.of(SourcePages.cheb().partnership())))
                .isInstanceOf(ConcurrencyConflictException.class);
        refuseThePlanOfJachymov();
        assertThatThrownBy(() -> new DossierRepository(counted).saveNew(SourcePages.jachymov()))
                .isInstanceOf(ConstraintViolatedException.class);

        assertThat(given.get()).isEqualTo(3);
        assertThat(released.get()).isEqualTo(3);
        assertEveryConnectionIdle();
    }

    @Test
    void aConnectionThatCannotBeHadIsADataAccessFailureNamingTheCallAndTheSqlState() {
        PartnershipRepository partnerships = new PartnershipRepository(Database.onHostConnection(() -> {
            throw new SQLException("the pool is shut down", "08003");
        }));

        var failed = catchThrowable(partnerships::findAll);

        assertThat(failed).isInstanceOf(DataAccessFailedException.class)
                .hasMessage("loading every partnership: getting a connection failed: the pool is shut down (SQLState 08003)");
        assertThat(((DataAccessFailedException) failed).sqlState()).isEqualTo("08003");
    }

    /** A rule of the host's own, as a DBA might add: the database refuses one plan of the Jáchymov dossier. */
    private void refuseThePlanOfJachymov() {
        host.execute("ALTER TABLE lp_strategic_plan ADD CONSTRAINT host_plan_ck CHECK (id <> 'jachymov-spsz-2011')");
    }

    private void audit(int id, String what) {
        host.update("INSERT INTO audit_entry (id, what) VALUES (?, ?)", id, what);
    }

    private List<String> auditEntries() {
        return host.queryForList("SELECT what FROM audit_entry ORDER BY id", String.class);
    }

    private int count(String sql) {
        try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
    }

    private void assertEveryConnectionIdle() {
        HikariPoolMXBean state = pool.getHikariPoolMXBean();
        assertThat(state.getActiveConnections()).as("active connections").isZero();
        assertThat(state.getIdleConnections()).as("idle connections").isEqualTo(state.getTotalConnections()).isPositive();
        assertThat(state.getThreadsAwaitingConnection()).as("threads awaiting a connection").isZero();
    }
}
