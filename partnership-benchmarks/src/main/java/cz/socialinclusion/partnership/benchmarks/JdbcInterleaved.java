package cz.socialinclusion.partnership.benchmarks;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.jdbc.Database;
import cz.socialinclusion.partnership.jdbc.DossierRepository;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The JDBC ratios measured in one loop that alternates library and baseline, operation by operation, on one held
 * connection, so that both meet the same load of this shared machine:
 * {@code java -Xms1g -Xmx1g -cp benchmarks.jar …JdbcInterleaved load 60} (or {@code save}; seconds measured, after
 * as many again of warm-up; the heap of the JMH forks). Each side also meets the garbage the other left, so the
 * library's collections are shared with the baseline: read it beside the JMH figure, which runs each side alone. Prints, for each side, the mean time an operation, and each ratio (baseline time over
 * library time: above 1 the library is faster) as the ratio of the sums with the 10th–90th percentile of the
 * ratios of rounds as its spread. The CPU time of the calling thread is given beside each mean: the rest is
 * waiting for the database (or for a core).
 */
public final class JdbcInterleaved {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private JdbcInterleaved() {
    }

    /** One side of the comparison. */
    @FunctionalInterface
    private interface Operation {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        String what = args[0];
        long seconds = Long.parseLong(args[1]);
        Dossier dossier = LargeDossier.of("lp");
        try (Postgres postgres = new Postgres()) {
            new DossierRepository(Database.of(postgres.dataSource)).saveNew(dossier);
            try (Connection held = postgres.dataSource.getConnection()) {
                DossierRepository repository = new DossierRepository(Database.onHostConnection(() -> held));
                List<String> names;
                List<Operation> sides;
                Operation before;
                if (what.equals("load")) {
                    String id = dossier.partnership().id().value();
                    names = List.of("findById", "one query a table");
                    sides = List.of(() -> repository.findById(dossier.partnership().id()).orElseThrow(),
                            () -> Postgres.loadBaseline(held, id));
                    before = () -> { };
                } else if (what.equals("save")) {
                    List<Postgres.Table> rows = postgres.capture();
                    names = List.of("saveNew", "batched inserts", "COPY a table");
                    sides = List.of(() -> repository.saveNew(dossier), () -> Postgres.insertBaseline(held, rows),
                            () -> Postgres.copyBaseline(held, rows));
                    before = postgres::truncate;
                } else {
                    throw new IllegalArgumentException("load or save, not " + what);
                }
                run(sides, before, seconds, null);
                List<long[]> times = new ArrayList<>();
                run(sides, before, seconds, times);
                report(names, times);
            }
        }
    }

    /** Alternates the sides for {@code seconds}, each round in a rotated order; records each round's times. */
    private static void run(List<Operation> sides, Operation before, long seconds, List<long[]> times) throws Exception {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        for (int round = 0; System.nanoTime() < until; round++) {
            long[] took = new long[sides.size() * 2];
            for (int k = 0; k < sides.size(); k++) {
                int side = (round + k) % sides.size();
                before.run();
                long start = System.nanoTime();
                long cpu = THREADS.getCurrentThreadCpuTime();
                sides.get(side).run();
                took[side] = System.nanoTime() - start;
                took[sides.size() + side] = THREADS.getCurrentThreadCpuTime() - cpu;
            }
            if (times != null) {
                times.add(took);
            }
        }
    }

    private static void report(List<String> names, List<long[]> times) {
        double[] sums = new double[names.size() * 2];
        for (long[] round : times) {
            for (int side = 0; side < round.length; side++) {
                sums[side] += round[side];
            }
        }
        System.out.printf(Locale.ROOT, "%d rounds; load average %s%n", times.size(), LoadAverage.now());
        for (int side = 0; side < names.size(); side++) {
            System.out.printf(Locale.ROOT, "%-20s %8.2f ms an operation, %.2f ms of it CPU of this thread%n", names.get(side),
                    sums[side] / times.size() / 1e6, sums[names.size() + side] / times.size() / 1e6);
        }
        for (int side = 1; side < names.size(); side++) {
            double[] ratios = new double[times.size()];
            for (int i = 0; i < ratios.length; i++) {
                ratios[i] = (double) times.get(i)[side] / times.get(i)[0];
            }
            Arrays.sort(ratios);
            System.out.printf(Locale.ROOT, "%s vs %s: %.2fx (rounds' 10th-90th percentile %.2f-%.2f)%n", names.get(0),
                    names.get(side), sums[side] / sums[0], ratios[ratios.length / 10], ratios[ratios.length * 9 / 10]);
        }
    }
}
