package cz.socialinclusion.partnership.benchmarks;

import cz.socialinclusion.partnership.jdbc.Database;
import cz.socialinclusion.partnership.jdbc.DossierRepository;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Saving the large dossier on embedded PostgreSQL with {@link DossierRepository#saveNew} (one transaction)
 * against two baselines: the very same rows inserted with one batched statement a table in one transaction, and
 * the same rows sent with one {@code COPY} a table in one transaction.
 * All three run on one connection held for the whole trial, in auto-commit mode, as a host holds it
 * ({@link Database#onHostConnection}), each save one transaction of its own on it, so that opening a connection
 * (about 25 ms) is measured by none. The tables are emptied before each invocation, outside the measurement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JdbcSaveBenchmark extends OnHeldConnection {

    private List<Postgres.Table> rows;

    @Override
    void stored() throws Exception {
        rows = postgres.capture();
    }

    @Setup(Level.Invocation)
    public void empty() throws Exception {
        postgres.truncate();
    }

    @Benchmark
    public void saveWithRepositories() {
        repository.saveNew(dossier);
    }

    @Benchmark
    public void saveBaseline() throws Exception {
        Postgres.insertBaseline(held, rows);
    }

    @Benchmark
    public void saveCopyBaseline() throws Exception {
        Postgres.copyBaseline(held, rows);
    }
}
