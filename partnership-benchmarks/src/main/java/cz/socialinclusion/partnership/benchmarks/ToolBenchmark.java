package cz.socialinclusion.partnership.benchmarks;

import cz.socialinclusion.partnership.fixtures.RandomDossiers;
import cz.socialinclusion.partnership.json.PartnershipJson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The {@code partnership} tool measured whole-process, as a user runs it: each command started afresh a number of
 * times under GNU {@code /usr/bin/time}, which gives its wall time, CPU time and peak resident memory, beside
 * {@code jq .} on the same files as the floor of reading them at all.
 *
 * <pre>
 * mvn -B -q package -DskipTests
 * java -cp partnership-benchmarks/target/benchmarks.jar cz.socialinclusion.partnership.benchmarks.ToolBenchmark
 * </pre>
 *
 * <p>Options: {@code --tool DIR}, the folder of the launcher {@code partnership} and {@code partnership.jar}
 * (default {@code partnership-examples/target}); {@code --runs N} (default 10) runs of each short command, after
 * one unmeasured run; {@code --import-runs N} (default 3) runs of the launcher's import, and one of
 * {@code java -jar}'s. The five source-page dossiers are written out from the
 * JSON module; the large dossier is {@code RandomDossiers.scaled(2026, 260)} in its canonical form, about 30 MB,
 * written to a scratch folder and removed afterwards. Each import starts on an empty H2 database.
 * The rows are printed and written to {@code tool-report.md}.
 */
public final class ToolBenchmark {

    /** The scale of {@link RandomDossiers#scaled} whose canonical dossier is about 30 MB. */
    static final int LARGE_SCALE = 260;

    private ToolBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = Arrays.asList(args);
        Path tool = Path.of(option(arguments, "--tool", "partnership-examples/target")).toAbsolutePath();
        int runs = Integer.parseInt(option(arguments, "--runs", "10"));
        int importRuns = Integer.parseInt(option(arguments, "--import-runs", "3"));
        Path launcher = tool.resolve("partnership");
        Path jar = tool.resolve("partnership.jar");
        if (!Files.isExecutable(launcher) || !Files.isRegularFile(jar) || !Files.isExecutable(Path.of(TIME))) {
            throw new IllegalStateException("needs " + launcher + " and " + jar + " (mvn package) and GNU " + TIME);
        }
        String loadBefore = LoadAverage.now();
        Path scratch = Files.createTempDirectory("partnership-tool-benchmark");
        try {
            List<String> five = sourcePages(scratch);
            Path large = scratch.resolve("large.json");
            Files.write(large, PartnershipJson.writeDossier(RandomDossiers.scaled(2026, LARGE_SCALE)));
            long largeBytes = Files.size(large);

            Sample jqFive = measure(runs, scratch, SUCCESS, () -> concat(List.of("jq", "."), five));
            Sample checkFast = measure(runs, scratch, CHECKED, () -> concat(List.of(launcher.toString(), "check"), five));
            Sample checkJar = measure(runs, scratch, CHECKED, () -> concat(List.of("java", "-jar", jar.toString(), "check"), five));
            Sample jqLarge = measure(importRuns, scratch, SUCCESS, () -> List.of("jq", ".", large.toString()));
            // An import takes long enough that the file cache, which the unmeasured run fills, matters little.
            Sample importFast = measureOnce(importRuns, scratch, () -> List.of(launcher.toString(), "import",
                    "--jdbc-url", freshDatabase(scratch), large.toString()));
            Sample importJar = measureOnce(1, scratch, () -> List.of("java", "-jar", jar.toString(), "import",
                    "--jdbc-url", freshDatabase(scratch), large.toString()));
            String loadAfter = LoadAverage.now();

            StringBuilder md = new StringBuilder();
            md.append("| command | runs | wall, median (min–max) | CPU, median | peak memory, max | target | met |\n")
                    .append("|---|---|---|---|---|---|---|\n");
            row(md, "`jq .` on the five dossiers (the floor)", jqFive, "-", "-");
            row(md, "`partnership check` on the five dossiers (launcher)", checkFast, "≤ 0.8 s wall",
                    checkFast.medianWall() <= 0.8 ? "yes" : "**no**");
            row(md, "`java -jar partnership.jar check` on the five dossiers", checkJar, "-", "-");
            row(md, String.format(Locale.ROOT, "`jq .` on the large dossier (%.1f MB)", largeBytes / 1e6), jqLarge, "-", "-");
            row(md, String.format(Locale.ROOT, "`partnership import` of the large dossier (%.1f MB, launcher)", largeBytes / 1e6),
                    importFast, "≤ 400 MB peak", importFast.maxMemoryMb() <= 400 ? "yes" : "**no**");
            row(md, "`java -jar partnership.jar import` of the large dossier", importJar, "-", "-");
            md.append(String.format(Locale.ROOT, "%n`check` (launcher) takes %.1f× the wall time of `jq .` on the same files (medians).%n",
                    checkFast.medianWall() / jqFive.medianWall()));
            md.append(LoadAverage.sentence(loadBefore, loadAfter));
            String report = md.toString();
            System.out.println(report);
            Files.writeString(Path.of("tool-report.md"), report, StandardCharsets.UTF_8);
        } finally {
            removeAll(scratch);
        }
    }

    private static final String TIME = "/usr/bin/time";

    /** Wall and CPU seconds and peak resident memory of each measured run of one command. */
    record Sample(List<double[]> runs) {
        private double median(int field) {
            double[] values = runs.stream().mapToDouble(r -> r[field]).sorted().toArray();
            int middle = values.length / 2;
            return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
        }

        double medianWall() {
            return median(0);
        }

        double medianCpu() {
            return median(1);
        }

        double minWall() {
            return runs.stream().mapToDouble(r -> r[0]).min().orElseThrow();
        }

        double maxWall() {
            return runs.stream().mapToDouble(r -> r[0]).max().orElseThrow();
        }

        double maxMemoryMb() {
            return runs.stream().mapToDouble(r -> r[2]).max().orElseThrow() / 1000;
        }
    }

    /** A command line to run; made anew for each run where each needs its own database. */
    private interface CommandLine {
        List<String> words() throws IOException;
    }

    /** The exit code of a command that succeeded. */
    private static final Set<Integer> SUCCESS = Set.of(0);

    /** The exit codes of {@code check} that read every file: no finding is an error, or some are. */
    private static final Set<Integer> CHECKED = Set.of(0, 1);

    /**
     * One unmeasured run (to fill the file cache), then {@code runs} runs under {@code /usr/bin/time}; a run that
     * ends with another exit code than {@code exits} stops the benchmark.
     */
    private static Sample measure(int runs, Path scratch, Set<Integer> exits, CommandLine command) throws Exception {
        run(scratch, exits, command.words());
        return measureOnce(runs, scratch, exits, command);
    }

    /** {@code runs} runs under {@code /usr/bin/time} with no unmeasured run before them; each must succeed. */
    private static Sample measureOnce(int runs, Path scratch, CommandLine command) throws Exception {
        return measureOnce(runs, scratch, SUCCESS, command);
    }

    private static Sample measureOnce(int runs, Path scratch, Set<Integer> exits, CommandLine command) throws Exception {
        List<double[]> samples = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            samples.add(run(scratch, exits, command.words()));
        }
        return new Sample(samples);
    }

    /** Runs the command, its output discarded, and reads what {@code time} wrote: wall s, user + system s, peak kB. */
    private static double[] run(Path scratch, Set<Integer> exits, List<String> command) throws Exception {
        Path times = scratch.resolve("time.txt");
        List<String> timed = new ArrayList<>(List.of(TIME, "-o", times.toString(), "-f", "%e %U %S %M"));
        timed.addAll(command);
        Process process = new ProcessBuilder(timed).directory(scratch.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int exit = process.waitFor();
        if (!exits.contains(exit)) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + exit);
        }
        String[] fields = Files.readString(times).strip().split(" ");
        return new double[] {Double.parseDouble(fields[0]), Double.parseDouble(fields[1]) + Double.parseDouble(fields[2]),
                Double.parseDouble(fields[3])};
    }

    private static void row(StringBuilder md, String command, Sample sample, String target, String met) {
        md.append(String.format(Locale.ROOT, "| %s | %d | %.3f s (%.3f–%.3f) | %.3f s | %.0f MB | %s | %s |%n", command,
                sample.runs().size(), sample.medianWall(), sample.minWall(), sample.maxWall(), sample.medianCpu(),
                sample.maxMemoryMb(), target, met));
    }

    /** The five source-page dossiers as files in {@code folder}, in the order of the pages. */
    private static List<String> sourcePages(Path folder) throws IOException {
        List<String> files = new ArrayList<>();
        for (String name : List.of("kadan.json", "jachymov.json", "kutna-hora.json", "cheb.json", "decin.json")) {
            Path file = folder.resolve(name);
            try (InputStream in = PartnershipJson.class.getResourceAsStream("dossiers/" + name)) {
                Files.copy(in, file);
            }
            files.add(file.toString());
        }
        return files;
    }

    /** The URL of an empty H2 database file in {@code scratch}, removing the one of the previous run. */
    private static String freshDatabase(Path scratch) throws IOException {
        Path folder = scratch.resolve("database");
        if (Files.exists(folder)) {
            removeAll(folder);
        }
        Files.createDirectories(folder);
        return "jdbc:h2:file:" + folder.resolve("partnership") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    }

    private static List<String> concat(List<String> command, List<String> files) {
        return Stream.concat(command.stream(), files.stream()).toList();
    }

    private static String option(List<String> arguments, String name, String otherwise) {
        int at = arguments.indexOf(name);
        return at >= 0 && at + 1 < arguments.size() ? arguments.get(at + 1) : otherwise;
    }

    private static void removeAll(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
