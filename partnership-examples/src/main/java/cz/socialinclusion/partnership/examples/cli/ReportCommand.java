package cz.socialinclusion.partnership.examples.cli;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.report.PartnershipReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code partnership report}: one self-contained HTML page per dossier file (partnership-report's
 * {@link PartnershipReport}), written as {@code <id>-<day>.html} into a folder. Every file is read before any
 * page is written; each page is written to a temporary file and moved into place in one step.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes a partnership at a glance for each dossier: its timeline, findings, members and plan progress "
                + "as of a day, as one HTML page (<id>-<day>.html) that opens from disk and prints.",
                "An existing page of the same name is replaced."})
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    PartnershipCli cli;

    @Spec
    CommandSpec spec;

    @Option(names = "--output", paramLabel = "DIR", required = true, description = "Folder for the pages (made if missing).")
    Path output;

    @Mixin
    EvaluationOptions evaluation;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Dossier files (UTF-8 JSON).")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new InputProblem(output + " is not a folder; no page was written", null);
        }
        List<Dossier> dossiers = files.stream().map(DossierFiles::read).toList();
        LocalDate day = evaluation.dayOr(cli.today());
        PrintWriter out = spec.commandLine().getOut();
        Files.createDirectories(output);
        for (Dossier dossier : dossiers) {
            Path page = output.resolve(dossier.partnership().id().value() + "-" + day + ".html");
            if (Files.isDirectory(page, LinkOption.NOFOLLOW_LINKS)) {
                throw new InputProblem(page + " is a folder; the page was not written", null);
            }
            write(page, dossier, day);
            out.println("wrote " + TerminalText.escape(page));
        }
        out.flush();
        return 0;
    }

    /** Renders into a temporary file beside {@code page}, then renames it over {@code page} (a link is replaced, not followed). */
    private void write(Path page, Dossier dossier, LocalDate day) throws IOException {
        Path temporary = Files.createTempFile(page.toAbsolutePath().getParent(), "." + page.getFileName() + ".", ".tmp");
        try {
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                PartnershipReport.render(cli.rules, dossier, day, evaluation.language, writer);
            }
            Files.move(temporary, page, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
