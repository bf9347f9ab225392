package cz.socialinclusion.partnership.benchmarks;

import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Runs every benchmark and writes each figure as a ratio to its baseline measured in the same run, with its
 * target, as Markdown (to standard output and to {@code benchmark-report.md}).
 *
 * <pre>
 * java -jar partnership-benchmarks/target/benchmarks.jar            # full run: 2 forks, about 15 minutes
 * java -jar partnership-benchmarks/target/benchmarks.jar --quick    # 1 fork, 10 s warm-up and 5 s measured each, about 5 minutes
 * java -jar partnership-benchmarks/target/benchmarks.jar --only 'JdbcLoad.*'   # some benchmarks only
 * </pre>
 */
public final class BenchmarkReport {

    private BenchmarkReport() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = Arrays.asList(args);
        boolean quick = arguments.contains("--quick");
        int only = arguments.indexOf("--only");
        String include = only >= 0 && only + 1 < arguments.size() ? arguments.get(only + 1) : ".*Benchmark";
        String loadBefore = LoadAverage.now();
        HeapMeasurement.Result heap = HeapMeasurement.measure(1_000);

        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("cz\\.socialinclusion\\.partnership\\.benchmarks\\." + include)
                .jvmArgsAppend("-Xms1g", "-Xmx1g")
                .shouldFailOnError(true);
        if (quick) {
            // 10 s of warm-up: the rules at 100x and the JSON reader were still being compiled after 3 s on a loaded
            // 2-core machine, and a quick run measured the compiler rather than the code.
            options.forks(1).warmupIterations(5).warmupTime(TimeValue.seconds(2))
                    .measurementIterations(5).measurementTime(TimeValue.seconds(1));
        } else {
            options.forks(2).warmupIterations(6).warmupTime(TimeValue.seconds(2))
                    .measurementIterations(6).measurementTime(TimeValue.seconds(2));
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, Result<?>> scores = new HashMap<>();
        List<String> unsettled = new ArrayList<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            String simple = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            String param = result.getParams().getParam("partnerships");
            if (param == null) {
                param = result.getParams().getParam("scale");
            }
            String key = param == null ? simple : simple + ":" + param;
            scores.put(key, result.getPrimaryResult());
            stillWarmingUp(result).ifPresent(excess -> unsettled.add(String.format(Locale.ROOT, "%s (+%.0f%%)", key, excess * 100)));
        }

        StringBuilder md = new StringBuilder();
        md.append("| figure | ratio | spread of the ratio | target | met | measured (mean ± 99.9% error) |\n|---|---|---|---|---|---|\n");
        faster(md, scores, "JSON read, module vs plain databind", "JsonBenchmark.readWithModule", "JsonBenchmark.readBaseline", 0.8);
        reference(md, scores, "JSON read floor: Jackson streaming, nothing built, vs plain databind",
                "JsonBenchmark.readStreamingFloor", "JsonBenchmark.readBaseline");
        reference(md, scores, "JSON read, the parser path's UTF-8 check of the array alone, vs plain databind",
                "JsonBenchmark.readUtf8Check", "JsonBenchmark.readBaseline");
        faster(md, scores, "JSON write, module vs plain databind", "JsonBenchmark.writeWithModule", "JsonBenchmark.writeBaseline", 0.9);
        faster(md, scores, "JSON write, canonical writeDossier vs plain pretty", "JsonBenchmark.writeCanonical", "JsonBenchmark.writePrettyBaseline", 0.9);
        faster(md, scores, "JDBC save, repositories vs batched inserts", "JdbcSaveBenchmark.saveWithRepositories",
                "JdbcSaveBenchmark.saveBaseline", 1.2);
        faster(md, scores, "JDBC save, repositories vs COPY a table", "JdbcSaveBenchmark.saveWithRepositories",
                "JdbcSaveBenchmark.saveCopyBaseline", 0.8);
        faster(md, scores, "JDBC load, repositories vs one query a table (held connection)", "JdbcLoadBenchmark.loadWithRepositories",
                "JdbcLoadBenchmark.loadBaseline", 0.8);
        flat(md, scores, 10);
        flat(md, scores, 100);
        linear(md, scores, 10);
        linear(md, scores, 100);
        double mib = 1024.0 * 1024.0;
        md.append(String.format(Locale.ROOT, "| heap retained, 1,000 dossiers: model vs plain records | %.2f× | one sample | (none set) | - | %.1f MiB vs %.1f MiB (%.1f MiB of JSON) |%n",
                (double) heap.modelRetained() / heap.plainRetained(), heap.modelRetained() / mib, heap.plainRetained() / mib, heap.bytes() / mib));
        md.append(String.format(Locale.ROOT, "| peak heap loading 1,000 dossiers: model vs plain records | %.2f× | one sample | (none set) | - | %.1f MiB vs %.1f MiB |%n",
                (double) heap.modelPeak() / heap.plainPeak(), heap.modelPeak() / mib, heap.plainPeak() / mib));
        md.append(unsettled.isEmpty()
                ? String.format(Locale.ROOT, "%nWarm-up check: in every fork, the first measured iteration is within %.0f%% of the fork's median.%n", SETTLED * 100)
                : String.format(Locale.ROOT, "%nWarm-up check: the first measured iteration is more than %.0f%% slower than the fork's median in %s: "
                        + "%s%n", SETTLED * 100, String.join(", ", unsettled), quick
                                ? "still compiling or disturbed by load; the full run's longer warm-up settles the first."
                                : "after 12 s of warm-up, most likely disturbed by load: read its figure with that in mind."));
        md.append(System.lineSeparator()).append(LoadAverage.sentence(loadBefore, LoadAverage.now()));
        String report = md.toString();
        System.out.println();
        System.out.println(quick ? "Quick run (1 fork, 5 × 2 s warm-up, 5 × 1 s measured): wide errors; use the full run for BENCHMARKS.md."
                : "Full run (2 forks, 6 × 2 s warm-up, 6 × 2 s measured).");
        System.out.println(report);
        Files.writeString(Path.of("benchmark-report.md"), report, StandardCharsets.UTF_8);
    }

    /** How much slower than its fork's median a first measured iteration may be for the warm-up to count as done. */
    private static final double SETTLED = 0.10;

    /**
     * How much slower than the median of its fork the first measured iteration of a benchmark was, if more than
     * {@link #SETTLED} in some fork: a sign that the code was still being compiled when measuring began.
     */
    private static Optional<Double> stillWarmingUp(RunResult result) {
        double worst = 0;
        for (BenchmarkResult fork : result.getBenchmarkResults()) {
            double[] scores = fork.getIterationResults().stream().mapToDouble(i -> i.getPrimaryResult().getScore()).toArray();
            if (scores.length < 3) {
                continue;
            }
            double[] sorted = scores.clone();
            Arrays.sort(sorted);
            double median = sorted[sorted.length / 2];
            worst = Math.max(worst, scores[0] / median - 1);
        }
        return worst > SETTLED ? Optional.of(worst) : Optional.empty();
    }

    /** Throughput of the library as a share of the baseline's: baseline time / library time. */
    private static void faster(StringBuilder md, Map<String, Result<?>> scores, String figure, String library, String baseline,
                               double target) {
        Result<?> lib = scores.get(library);
        Result<?> base = scores.get(baseline);
        if (lib == null || base == null) {
            return;
        }
        double ratio = base.getScore() / lib.getScore();
        boolean set = !Double.isNaN(target);
        md.append(String.format(Locale.ROOT, "| %s | %s× | %s | %s | %s | %.3f ± %.3f vs %.3f ± %.3f %s |%n", figure,
                shown(ratio, target), spread(base, lib), set ? String.format(Locale.ROOT, "≥ %.1f×", target) : "(none set)",
                !set ? "-" : ratio >= target ? "yes" : "**no**", lib.getScore(), lib.getScoreError(), base.getScore(),
                base.getScoreError(), lib.getScoreUnit()));
    }

    /**
     * A ratio with two decimals, or three where two would round it onto its target (0.898 is not 0.90, and a
     * reader should not see "0.90×" beside "no" under "≥ 0.9×"); two with no target (NaN).
     */
    private static String shown(double ratio, double target) {
        String two = String.format(Locale.ROOT, "%.2f", ratio);
        return Double.parseDouble(two) == target && ratio != target ? String.format(Locale.ROOT, "%.3f", ratio) : two;
    }

    /** A figure with no target: how fast {@code reference} runs against {@code baseline}, for comparison. */
    private static void reference(StringBuilder md, Map<String, Result<?>> scores, String figure, String reference,
                                  String baseline) {
        faster(md, scores, figure, reference, baseline, Double.NaN);
    }

    /** The range of {@code top / bottom} when each lies anywhere within its 99.9% error. */
    private static String spread(Result<?> top, Result<?> bottom) {
        return spread(top, bottom, 1);
    }

    /** The range of {@code (top / n) / bottom} when each lies anywhere within its 99.9% error. */
    private static String spread(Result<?> top, Result<?> bottom, int n) {
        double topError = Double.isNaN(top.getScoreError()) ? 0 : top.getScoreError();
        double bottomError = Double.isNaN(bottom.getScoreError()) ? 0 : bottom.getScoreError();
        double low = (top.getScore() - topError) / n / (bottom.getScore() + bottomError);
        double high = bottom.getScore() - bottomError <= 0 ? Double.POSITIVE_INFINITY
                : (top.getScore() + topError) / n / (bottom.getScore() - bottomError);
        return String.format(Locale.ROOT, "%.2f–%.2f", Math.max(0, low), high);
    }

    /** Time per unit of scale of one partnership {@code n} times the 1× one, against the 1× time: at most 1.2. */
    private static void linear(StringBuilder md, Map<String, Result<?>> scores, int n) {
        perUnit(md, scores, "RulesScalingBenchmark.evaluate", "rules, one partnership, time per unit, " + n + "× vs 1×", n, 1.2);
    }

    /** Time a partnership with {@code n} partnerships against the time with one: at most 1.1. */
    private static void flat(StringBuilder md, Map<String, Result<?>> scores, int n) {
        perUnit(md, scores, "RulesBenchmark.evaluate", "rules, time a partnership, " + n + " vs 1 partnership", n, 1.1);
    }

    /** The time of {@code benchmark} at parameter {@code n}, divided by {@code n}, against its time at 1. */
    private static void perUnit(StringBuilder md, Map<String, Result<?>> scores, String benchmark, String figure, int n,
                                double target) {
        Result<?> one = scores.get(benchmark + ":1");
        Result<?> many = scores.get(benchmark + ":" + n);
        if (one == null || many == null) {
            return;
        }
        double ratio = (many.getScore() / n) / one.getScore();
        md.append(String.format(Locale.ROOT, "| %s | %s× | %s | ≤ %.1f× | %s | %.1f ± %.1f vs %.1f ± %.1f %s (whole: %.1f) |%n",
                figure, shown(ratio, target), spread(many, one, n), target, ratio <= target ? "yes" : "**no**", many.getScore() / n,
                many.getScoreError() / n, one.getScore(), one.getScoreError(), one.getScoreUnit(), many.getScore()));
    }
}
