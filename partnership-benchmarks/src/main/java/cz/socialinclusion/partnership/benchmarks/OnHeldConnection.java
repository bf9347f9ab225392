package cz.socialinclusion.partnership.benchmarks;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.jdbc.Database;
import cz.socialinclusion.partnership.jdbc.DossierRepository;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.sql.Connection;

/**
 * What the JDBC benchmarks share for a trial: an embedded PostgreSQL that holds the large dossier, one connection
 * held for the whole trial in auto-commit mode, as a host holds it, and a repository on it
 * ({@link Database#onHostConnection}).
 */
@State(Scope.Benchmark)
public abstract class OnHeldConnection {

    Postgres postgres;
    Dossier dossier;
    Connection held;
    DossierRepository repository;

    @Setup(Level.Trial)
    public void start() throws Exception {
        postgres = new Postgres();
        dossier = LargeDossier.of("lp");
        new DossierRepository(Database.of(postgres.dataSource)).saveNew(dossier);
        held = postgres.dataSource.getConnection();
        repository = new DossierRepository(Database.onHostConnection(() -> held));
        stored();
    }

    /**
     * What the benchmark does once the dossier is stored, before the trial.
     *
     * @throws Exception if it fails
     */
    abstract void stored() throws Exception;

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        held.close();
        postgres.close();
    }
}
