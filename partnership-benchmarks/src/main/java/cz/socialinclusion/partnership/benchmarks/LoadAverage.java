package cz.socialinclusion.partnership.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The machine's load average, recorded with every run: on a shared machine it says how far the absolute times
 * can be trusted (the ratios, measured under the same load, hold better).
 */
final class LoadAverage {

    private LoadAverage() {
    }

    /** The 1, 5 and 15 minute load averages from {@code /proc/loadavg}, or the 1 minute one the JVM gives elsewhere. */
    static String now() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** The sentence of a report: the load before and after a run, and the number of processors. */
    static String sentence(String before, String after) {
        return String.format(Locale.ROOT, "Load average (1, 5, 15 minutes) on %d processors: %s before the run, %s after.%n",
                Runtime.getRuntime().availableProcessors(), before, after);
    }
}
