package cz.socialinclusion.partnership.jdbc;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/**
 * The four repositories over a fresh database migrated with Flyway from {@link Migrations#LOCATION}, on a data
 * source that counts the statements prepared: what the contract tests start from.
 *
 * @param dataSource   the probed data source
 * @param database     the library's database on it
 * @param partnerships the partnerships
 * @param plans        the plans
 * @param projects     the projects
 * @param dossiers     the dossiers
 */
record Repositories(ProbedDataSource dataSource, Database database, PartnershipRepository partnerships,
                    PlanRepository plans, ProjectRepository projects, DossierRepository dossiers) {

    /** Migrates {@code fresh} and opens the repositories on it. */
    static Repositories migrated(DataSource fresh) {
        Flyway.configure().dataSource(fresh).locations(Migrations.LOCATION).load().migrate();
        ProbedDataSource probed = new ProbedDataSource(fresh);
        Database database = Database.of(probed);
        return new Repositories(probed, database, new PartnershipRepository(database), new PlanRepository(database),
                new ProjectRepository(database), new DossierRepository(database));
    }
}
