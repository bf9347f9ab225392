package cz.socialinclusion.partnership.benchmarks;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.fixtures.RandomDossiers;
import cz.socialinclusion.partnership.rules.Report;
import cz.socialinclusion.partnership.rules.Rules;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

/**
 * Evaluating every rule on <em>one</em> partnership of ten years whose every dimension is 1, 10 and 100 times the
 * 1× partnership of {@link RandomDossiers#scaled}: the plan (needs, priorities, goals, measures, steps, indicators),
 * the meetings, the members and the projects. The time per unit of scale (the 10× run's time divided by 10, the
 * 100× run's by 100) must stay within 1.2 times the 1× run's time, measured in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RulesScalingBenchmark {

    @Param({"1", "10", "100"})
    public int scale;

    private Dossier dossier;
    private LocalDate asOf;

    @Setup
    public void setUp() {
        dossier = RandomDossiers.scaled(2026, scale);
        asOf = dossier.partnership().founded().plusYears(10);
        if (dossier.plans().isEmpty() || dossier.plans().stream().noneMatch(plan -> plan.versionOn(asOf).isPresent())) {
            throw new IllegalStateException("the scaled partnership has no plan in force on " + asOf);
        }
    }

    @Benchmark
    public Report evaluate() {
        return Rules.standard().evaluate(dossier, asOf);
    }
}
