package cz.socialinclusion.partnership.examples.cli;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.rules.Deadline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code partnership schedule}: the deadlines of dossier files in a window, as text or iCalendar. */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = {"Lists the deadlines of the dossiers between two days (both included), in date order, each done, "
                + "upcoming or overdue as of a day.", "Days are between 1900-01-01 and 2200-12-31. ics writes an iCalendar file that calendar programs import."})
final class ScheduleCommand extends EvaluatingCommand implements Callable<Integer> {

    enum Format { text, ics }

    @Option(names = "--from", paramLabel = "DATE", required = true, description = "First day of the window.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", required = true, description = "Last day of the window.")
    LocalDate to;

    @Option(names = "--format", paramLabel = "text|ics", defaultValue = "text", description = "Default: ${DEFAULT-VALUE}.")
    Format format;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Dossier files (UTF-8 JSON).")
    List<Path> files;

    /** A deadline with the partnership it belongs to. */
    record Entry(Deadline deadline, Dossier dossier) {
    }

    @Override
    public Integer call() {
        if (to.isBefore(from)) {
            throw new InputProblem("--to " + to + " is before --from " + from + ": the window is empty", null);
        }
        PrintWriter out = out();
        LocalDate day = day();
        List<Entry> entries = new ArrayList<>();
        for (Path file : files) {
            Dossier dossier = DossierFiles.read(file);
            for (Deadline d : cli.rules.schedule(dossier, from, to, day).deadlines()) {
                entries.add(new Entry(d, dossier));
            }
        }
        entries.sort(Comparator.comparing((Entry e) -> e.deadline().due())
                .thenComparing(e -> e.dossier().partnership().id().value()).thenComparing(e -> e.deadline().kind()));
        if (format == Format.ics) {
            out.print(Calendar.of(entries, day));
        } else {
            DeadlineTable table = new DeadlineTable(evaluation.language);
            for (Entry e : entries) {
                table.row(out, "", e.deadline(), e.dossier().partnership().municipality(), true);
            }
        }
        out.flush();
        return 0;
    }
}
