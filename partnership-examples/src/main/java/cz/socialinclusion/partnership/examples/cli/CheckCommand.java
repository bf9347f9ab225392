package cz.socialinclusion.partnership.examples.cli;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.json.PartnershipJson;
import cz.socialinclusion.partnership.rules.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code partnership check}: validates dossier files and evaluates the rules on them. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Reads dossier files, validates them and evaluates the rules.",
                "Exit code 0 when no finding is an error, 1 when some are, 2 when a file cannot be read or is not a valid dossier."})
final class CheckCommand extends EvaluatingCommand implements Callable<Integer> {

    enum Format { text, json }

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text for people, or json: one JSON object a line for each file; default: ${DEFAULT-VALUE}.")
    Format format;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Dossier files (UTF-8 JSON).")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        LocalDate day = day();
        List<Dossier> dossiers = DossierFiles.readAll(files);
        JsonMapper mapper = PartnershipJson.mapper(evaluation.language);
        boolean errors = false;
        for (int i = 0; i < files.size(); i++) {
            Report report = cli.rules.evaluate(dossiers.get(i), day);
            errors |= report.hasErrors();
            if (format == Format.json) {
                ObjectNode line = mapper.createObjectNode();
                line.put("file", files.get(i).toString());
                line.setAll((ObjectNode) mapper.valueToTree(report));
                out.println(mapper.writer().with(JsonLineEscapes.INSTANCE).writeValueAsString(line));
            } else {
                out.println(TerminalText.escape(files.get(i)) + ":");
                TextOutput.partnership(out, dossiers.get(i), evaluation.language);
                TextOutput.findings(out, report, evaluation.language);
                out.println();
            }
        }
        out.flush();
        return errors ? PartnershipCli.ERROR_FINDINGS : 0;
    }
}
