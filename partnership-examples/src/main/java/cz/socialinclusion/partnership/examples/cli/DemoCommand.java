package cz.socialinclusion.partnership.examples.cli;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.base.Limits;
import cz.socialinclusion.partnership.jdbc.Database;
import cz.socialinclusion.partnership.jdbc.DossierRepository;
import cz.socialinclusion.partnership.rules.Deadline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code partnership demo}: the five source-page partnerships, stored in H2, read back and evaluated. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Stores the five source-page partnerships (Kadaň, Jáchymov, Kutná Hora, Cheb, Děčín) in the embedded "
                + "H2 database, reads them back, evaluates the rules and prints each partnership with its findings, "
                + "then the next deadlines.", "The demo database is recreated on every run."})
final class DemoCommand extends EvaluatingCommand implements Callable<Integer> {

    @Option(names = "--database", paramLabel = "DIR", defaultValue = ".partnership",
            description = "Folder of the demo's H2 database file demo.mv.db; default: ${DEFAULT-VALUE}.")
    Path folder;

    /** How many of the next deadlines the demo shows. */
    static final int NEXT_DEADLINES = 12;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        LocalDate day = day();
        Files.createDirectories(folder);
        Path file = folder.resolve("demo").toAbsolutePath();
        String url = Store.h2Url(file);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP ALL OBJECTS");
        }
        try (Store.Open store = Store.open(url, null, null)) {
            show(out, day, file, new DossierRepository(Database.of(store.dataSource())));
        }
        return 0;
    }

    private void show(PrintWriter out, LocalDate day, Path file, DossierRepository repository) {
        List<Dossier> stored = new ArrayList<>();
        for (String name : DossierFiles.SOURCE_PAGES) {
            Dossier dossier = DossierFiles.sourcePage(name);
            repository.saveNew(dossier);
            stored.add(dossier);
        }
        out.println("Stored " + stored.size() + " partnerships in the H2 database " + TerminalText.escape(file) + ".mv.db and read them back.");
        out.println();
        List<Deadline> next = new ArrayList<>();
        List<String> where = new ArrayList<>();
        for (Dossier original : stored) {
            Dossier dossier = repository.findById(original.partnership().id()).orElseThrow();
            TextOutput.partnership(out, dossier, evaluation.language);
            TextOutput.findings(out, dossier, cli.rules.evaluate(dossier, day), evaluation.language);
            out.println();
            LocalDate yearOn = day.plusYears(1).isAfter(Limits.LATEST_DAY) ? Limits.LATEST_DAY : day.plusYears(1);
            for (Deadline d : cli.rules.schedule(dossier, day, yearOn, day).deadlines()) {
                next.add(d);
                where.add(dossier.partnership().municipality());
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < next.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> next.get(i).due()).thenComparing(where::get));
        DeadlineTable table = new DeadlineTable(evaluation.language);
        out.println(table.text("deadlines.next", day.toString()));
        if (order.isEmpty()) {
            out.println("  " + table.text("deadlines.none"));
        }
        for (int i : order.subList(0, Math.min(NEXT_DEADLINES, order.size()))) {
            table.row(out, "  ", next.get(i), where.get(i), false);
        }
        out.flush();
    }
}
