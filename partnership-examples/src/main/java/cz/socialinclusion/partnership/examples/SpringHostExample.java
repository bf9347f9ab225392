package cz.socialinclusion.partnership.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.base.PartnershipId;
import cz.socialinclusion.partnership.jdbc.Database;
import cz.socialinclusion.partnership.jdbc.DossierRepository;
import cz.socialinclusion.partnership.jdbc.Migrations;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Shows the repositories inside a Spring host's transactions (Spring's JDBC and transaction support, no Spring Boot):
 * a HikariCP pool, a {@link DataSourceTransactionManager} and a {@link TransactionTemplate}, the host's own table
 * written with a {@link JdbcTemplate}, and the library's {@link Database} built over
 * {@code new TransactionAwareDataSourceProxy(pool)}. Inside {@code transactions.execute(…)} a save joins the host's
 * transaction: when the host's callback throws, neither the host's row nor the dossier is stored; when it returns,
 * both are. Outside a transaction each repository call runs in a transaction of its own and gives its connection
 * back to the pool: after a hundred reads every pooled connection is idle. A {@code @Transactional} method of a
 * Spring Boot application behaves the same (README, "Inside a host's transactions").
 *
 * <p>The database is H2 in memory; the library's migrations are applied with {@link Migrations#migrate}.
 */
public final class SpringHostExample {

    private SpringHostExample() {
    }

    public static void main(String[] args) {
        run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    /**
     * Runs the example.
     *
     * @param out where the example prints what it shows
     * @return whether the rollback left nothing, the commit kept both and the pool ended with every connection idle
     */
    public static boolean run(PrintStream out) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        HikariConfig config = new HikariConfig();
        config.setDataSource(h2);
        config.setMaximumPoolSize(4);
        config.setPoolName("spring-host-example");
        try (HikariDataSource pool = new HikariDataSource(config)) {
            Migrations.migrate(pool);
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            jdbc.execute("CREATE TABLE audit_entry (what VARCHAR(200) NOT NULL)");
            TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(pool));
            DossierRepository dossiers = new DossierRepository(Database.of(new TransactionAwareDataSourceProxy(pool)));
            Dossier cheb = BuildPartnershipExample.cheb();
            PartnershipId id = cheb.partnership().id();

            try {
                transactions.executeWithoutResult(status -> {
                    jdbc.update("INSERT INTO audit_entry (what) VALUES (?)", "Import dossieru: Lokální partnerství Cheb");
                    dossiers.saveNew(cheb);
                    throw new IllegalStateException("the host's next step failed");
                });
            } catch (IllegalStateException e) {
                out.println("The host's callback threw: " + e.getMessage());
            }
            boolean storedAfterRollback = dossiers.findById(id).isPresent();
            int auditAfterRollback = audit(jdbc);
            out.println("After the host's rollback: dossier stored " + storedAfterRollback + ", audit rows " + auditAfterRollback);

            transactions.executeWithoutResult(status -> {
                jdbc.update("INSERT INTO audit_entry (what) VALUES (?)", "Import dossieru: Lokální partnerství Cheb");
                dossiers.saveNew(cheb);
            });
            boolean storedAfterCommit = dossiers.findById(id).map(cheb::equals).orElse(false);
            int auditAfterCommit = audit(jdbc);
            out.println("After the host's commit: dossier stored and equal " + storedAfterCommit + ", audit rows " + auditAfterCommit);

            int read = 0;
            for (int i = 0; i < 100; i++) {
                read += dossiers.findByMunicipality("Cheb").size();
            }
            HikariPoolMXBean state = pool.getHikariPoolMXBean();
            boolean allIdle = state.getActiveConnections() == 0 && state.getIdleConnections() == state.getTotalConnections();
            out.println("After " + read + " dossiers read outside a transaction: connections in use "
                    + state.getActiveConnections() + ", every connection idle " + allIdle);
            return !storedAfterRollback && auditAfterRollback == 0 && storedAfterCommit && auditAfterCommit == 1 && allIdle;
        }
    }

    private static int audit(JdbcTemplate jdbc) {
        Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Integer.class);
        return rows == null ? 0 : rows;
    }
}
