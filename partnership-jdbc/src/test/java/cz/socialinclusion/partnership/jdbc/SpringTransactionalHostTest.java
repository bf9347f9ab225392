package cz.socialinclusion.partnership.jdbc;

import cz.socialinclusion.partnership.fixtures.SourcePages;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import cz.socialinclusion.partnership.Dossier;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The README's Spring configuration in a Spring application context (no Spring Boot): the host's own Flyway
 * migrations first, then {@link Migrations#migrate(DataSource)}, a {@link Database} over a
 * {@code TransactionAwareDataSourceProxy}, and the repositories called from the host's {@code @Transactional}
 * methods, on H2 over HikariCP.
 */
class SpringTransactionalHostTest {

    /**
     * The host's application: its own table {@code member} and an import that also records who imported. A
     * repository is a bean made by a {@code @Bean} method, as in the README, or imported as a class: Spring
     * passes its one constructor the {@link Database}.
     */
    @Configuration
    @EnableTransactionManagement
    @Import({PartnershipRepository.class, DossierImport.class})
    static class HostApplication {

        @Bean(destroyMethod = "close")
        HikariDataSource dataSource() {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
            config.setMaximumPoolSize(3);
            return new HikariDataSource(config);
        }

        @Bean
        Flyway hostMigrations(DataSource dataSource) {
            Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/host").load();
            flyway.migrate();
            return flyway;
        }

        @Bean
        PlatformTransactionManager transactionManager(DataSource dataSource) {
            return new DataSourceTransactionManager(dataSource);
        }

        @Bean
        JdbcTemplate jdbcTemplate(DataSource dataSource) {
            return new JdbcTemplate(dataSource);
        }

        @Bean
        @DependsOn("hostMigrations")
        Database partnershipDatabase(DataSource dataSource) {
            Migrations.migrate(dataSource);
            return Database.of(new TransactionAwareDataSourceProxy(dataSource));
        }

        @Bean
        DossierRepository dossierRepository(Database partnershipDatabase) {
            return new DossierRepository(partnershipDatabase);
        }
    }

    /** The host's service (the README's {@code @Service}): each method is one Spring transaction. */
    static class DossierImport {

        private final JdbcTemplate jdbc;
        private final DossierRepository dossiers;
        private final PartnershipRepository partnerships;

        DossierImport(JdbcTemplate jdbc, DossierRepository dossiers, PartnershipRepository partnerships) {
            this.jdbc = jdbc;
            this.dossiers = dossiers;
            this.partnerships = partnerships;
        }

        @Transactional
        public void importBy(int memberId, String memberName, Dossier dossier) {
            jdbc.update("INSERT INTO member (id, name) VALUES (?, ?)", memberId, memberName);
            dossiers.saveNew(dossier);
        }

        @Transactional
        public void importByThenFail(int memberId, String memberName, Dossier dossier) {
            importBy(memberId, memberName, dossier);
            throw new IllegalStateException("the host's next step failed");
        }

        @Transactional
        public String importTwiceBy(int memberId, String memberName, Dossier dossier) {
            importBy(memberId, memberName, dossier);
            try {
                partnerships.save(Versioned.of(dossier.partnership()));
                return "saved twice";
            } catch (ConcurrencyConflictException e) {
                jdbc.update("UPDATE member SET name = ? WHERE id = ?", memberName + " (import opakován)", memberId);
                return e.getMessage();
            }
        }
    }

    private AnnotationConfigApplicationContext application;
    private DossierImport imports;
    private DossierRepository dossiers;
    private JdbcTemplate jdbc;

    @BeforeEach
    void start() {
        application = new AnnotationConfigApplicationContext(HostApplication.class);
        imports = application.getBean(DossierImport.class);
        dossiers = application.getBean(DossierRepository.class);
        jdbc = application.getBean(JdbcTemplate.class);
    }

    @AfterEach
    void stop() {
        application.close();
    }

    @Test
    void aTransactionalMethodThatReturnsCommitsTheHostsRowAndTheDossier() {
        imports.importBy(4, "Ondřej Černý", SourcePages.decin());

        assertThat(members()).endsWith("Ondřej Černý");
        assertThat(dossiers.findById(SourcePages.decin().partnership().id())).contains(SourcePages.decin());
    }

    @Test
    void aTransactionalMethodThatThrowsRollsBackTheHostsRowAndTheDossier() {
        assertThatThrownBy(() -> imports.importByThenFail(4, "Ondřej Černý", SourcePages.decin()))
                .isInstanceOf(IllegalStateException.class);

        assertThat(members()).containsExactly("Jana Nováková", "Zdeněk Šťastný", "Růžena Dvořáková");
        assertThat(dossiers.findById(SourcePages.decin().partnership().id())).isEmpty();
    }

    @Test
    void aRefusedSaveInsideATransactionalMethodIsThrownToItAndTheRestOfTheMethodCommits() {
        String outcome = imports.importTwiceBy(4, "Ondřej Černý", SourcePages.cheb());

        assertThat(outcome).isEqualTo("Partnership cheb was saved from version new but the stored version is 0");
        assertThat(members()).endsWith("Ondřej Černý (import opakován)");
        assertThat(dossiers.findById(SourcePages.cheb().partnership().id())).contains(SourcePages.cheb());
    }

    @Test
    void outsideATransactionalMethodEachCallCommitsOnItsOwn() {
        dossiers.saveNew(SourcePages.kadan());

        assertThat(dossiers.findById(SourcePages.kadan().partnership().id())).contains(SourcePages.kadan());
        HikariDataSource pool = application.getBean(HikariDataSource.class);
        assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isZero();
    }

    private List<String> members() {
        return jdbc.queryForList("SELECT name FROM member ORDER BY id", String.class);
    }
}
