package cz.socialinclusion.partnership.benchmarks;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs every benchmark and writes each figure as a ratio to its baseline measured in the same run, with its
 * target, as Markdown (to standard output and to {@code benchmark-report.md}).
 *
 * <pre>
 * java -jar partnership-benchmarks/target/benchmarks.jar            # full run: 2 forks, about 12 minutes
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
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
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
            options.forks(2).warmupIterations(4).warmupTime(TimeValue.seconds(2))
                    .measurementIterations(6).measurementTime(TimeValue.seconds(2));
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, Result<?>> scores = new HashMap<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            String simple = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            String param = result.getParams().getParam("partnerships");
            if (param == null) {
                param = result.getParams().getParam("scale");
            }
            scores.put(param == null ? simple : simple + ":" + param, result.getPrimaryResult());
        }

        StringBuilder md = new StringBuilder();
        md.append("| figure | ratio | spread of the ratio | target | met | measured (mean ± 99.9% error) |\n|---|---|---|---|---|---|\n");
        faster(md, scores, "JSON read, module vs plain databind", "JsonBenchmark.readWithModule", "JsonBenchmark.readBaseline", 0.9);
        faster(md, scores, "JSON write, module vs plain databind", "JsonBenchmark.writeWithModule", "JsonBenchmark.writeBaseline", 0.9);
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
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        md.append(String.format(Locale.ROOT, "%nLoad average (1 minute) on %d processors: %.2f before the run, %.2f after.%n",
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter));
        String report = md.toString();
        System.out.println();
        System.out.println(quick ? "Quick run (1 fork, 5 × 2 s warm-up, 5 × 1 s measured): wide errors; use the full run for BENCHMARKS.md."
                : "Full run (2 forks, 4 × 2 s warm-up, 6 × 2 s measured).");
        System.out.println(report);
        Files.writeString(Path.of("benchmark-report.md"), report, StandardCharsets.UTF_8);
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
        md.append(String.format(Locale.ROOT, "| %s | %.2f× | %s | ≥ %.1f× | %s | %.3f ± %.3f vs %.3f ± %.3f %s |%n", figure, ratio,
                spread(base, lib), target, ratio >= target ? "yes" : "**no**", lib.getScore(), lib.getScoreError(), base.getScore(), base.getScoreError(), lib.getScoreUnit()));
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
        Result<?> one = scores.get("RulesScalingBenchmark.evaluate:1");
        Result<?> many = scores.get("RulesScalingBenchmark.evaluate:" + n);
        if (one == null || many == null) {
            return;
        }
        double ratio = (many.getScore() / n) / one.getScore();
        md.append(String.format(Locale.ROOT, "| rules, one partnership, time per unit, %d× vs 1× | %.2f× | %s | ≤ 1.2× | %s | %.1f ± %.1f vs %.1f ± %.1f %s (whole: %.1f) |%n",
                n, ratio, spread(many, one, n), ratio <= 1.2 ? "yes" : "**no**", many.getScore() / n, many.getScoreError() / n, one.getScore(), one.getScoreError(),
                one.getScoreUnit(), many.getScore()));
    }

    /** Time a partnership with {@code n} partnerships against the time with one: at most 1.1. */
    private static void flat(StringBuilder md, Map<String, Result<?>> scores, int n) {
        Result<?> one = scores.get("RulesBenchmark.evaluate:1");
        Result<?> many = scores.get("RulesBenchmark.evaluate:" + n);
        if (one == null || many == null) {
            return;
        }
        double ratio = (many.getScore() / n) / one.getScore();
        md.append(String.format(Locale.ROOT, "| rules, time a partnership, %d vs 1 partnership | %.2f× | %s | ≤ 1.1× | %s | %.1f ± %.1f vs %.1f ± %.1f %s |%n",
                n, ratio, spread(many, one, n), ratio <= 1.1 ? "yes" : "**no**", many.getScore() / n, many.getScoreError() / n, one.getScore(), one.getScoreError(),
                one.getScoreUnit()));
    }
}
