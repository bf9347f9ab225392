package cz.socialinclusion.partnership.benchmarks;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.fixtures.RandomDossiers;
import cz.socialinclusion.partnership.rules.Rules;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Evaluating every rule on 1, 10 and 100 generated partnerships of ten years each (separate instances of
 * the same partnership, so that only the number changes). The time a partnership must stay flat: the
 * baseline of the 10 and 100 runs is the run of 1.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RulesBenchmark {

    @Param({"1", "10", "100"})
    public int partnerships;

    private final List<Dossier> dossiers = new ArrayList<>();
    private LocalDate asOf;

    @Setup
    public void setUp() {
        for (int i = 0; i < partnerships; i++) {
            dossiers.add(RandomDossiers.generate(2026, 40, 10));
        }
        asOf = dossiers.get(0).partnership().founded().plusYears(10);
    }

    @Benchmark
    public void evaluate(Blackhole hole) {
        for (Dossier dossier : dossiers) {
            hole.consume(Rules.standard().evaluate(dossier, asOf));
        }
    }
}
