package cz.socialinclusion.partnership.jdbc;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/**
 * What the contract tests start from: a fresh database of the subclass's kind, migrated with Flyway from
 * {@link Migrations#LOCATION}, on a data source that counts the statements prepared, and the four repositories on it.
 */
abstract class OnFreshDatabase {

    ProbedDataSource dataSource;
    Database database;
    PartnershipRepository partnerships;
    PlanRepository plans;
    ProjectRepository projects;
    DossierRepository dossiers;

    /** A fresh, empty database. */
    abstract DataSource freshDatabase() throws Exception;

    /** Migrates a fresh database and opens the repositories on it. */
    final void openFreshDatabase() throws Exception {
        DataSource fresh = freshDatabase();
        Flyway.configure().dataSource(fresh).locations(Migrations.LOCATION).load().migrate();
        dataSource = new ProbedDataSource(fresh);
        database = Database.of(dataSource);
        partnerships = new PartnershipRepository(database);
        plans = new PlanRepository(database);
        projects = new ProjectRepository(database);
        dossiers = new DossierRepository(database);
    }
}
