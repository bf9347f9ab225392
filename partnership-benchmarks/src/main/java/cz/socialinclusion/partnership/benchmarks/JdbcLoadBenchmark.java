package cz.socialinclusion.partnership.benchmarks;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.jdbc.Database;
import cz.socialinclusion.partnership.jdbc.DossierRepository;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * Loading the large dossier from embedded PostgreSQL with {@link DossierRepository#findById} (37 queries,
 * building the immutable model with every invariant checked) against the baseline: one query a table into
 * plain arrays. Both run on one connection held for the whole trial, in auto-commit mode, as a host holds it
 * ({@link Database#onHostConnection}); each operation is one transaction of its own on it, so that opening a
 * connection (about 25 ms) is measured by neither.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JdbcLoadBenchmark extends OnHeldConnection {

    @Override
    void stored() {
        if (!repository.findById(dossier.partnership().id()).orElseThrow().equals(dossier)) {
            throw new IllegalStateException("the dossier did not load back equal");
        }
    }

    @Benchmark
    public Dossier loadWithRepositories() {
        return repository.findById(dossier.partnership().id()).orElseThrow();
    }

    @Benchmark
    public int loadBaseline() throws Exception {
        return Postgres.loadBaseline(held, dossier.partnership().id().value());
    }
}
