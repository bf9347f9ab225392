package cz.socialinclusion.partnership.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.json.PartnershipJson;
import cz.socialinclusion.partnership.rules.Completeness;
import cz.socialinclusion.partnership.rules.Report;
import cz.socialinclusion.partnership.source.Citation;
import cz.socialinclusion.partnership.source.SourceId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code partnership check}: validates dossier files and evaluates the rules on them. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Reads dossier files, validates them and evaluates the rules.",
                "Exit code 0 when no finding is an error, 1 when some are, 2 when a file cannot be read or is not a valid dossier.",
                "A finding of severity UNKNOWN (the record cannot tell) never raises the exit code.",
                "With --completeness: for each rule, the facts the record lacks to decide it on the day (exit code 0 unless a file cannot be read)."})
final class CheckCommand extends EvaluatingCommand implements Callable<Integer> {

    enum Format { text, json }

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text for people, or json: one JSON object a line for each file; default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--completeness",
            description = "Instead of the findings, print for each rule which facts the record lacks to decide it on the day.")
    boolean completeness;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Dossier files (UTF-8 JSON).")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        LocalDate day = day();
        List<Dossier> dossiers = DossierFiles.readAll(files);
        JsonMapper mapper = PartnershipJson.mapper(evaluation.language);
        boolean errors = false;
        if (completeness) {
            for (int i = 0; i < files.size(); i++) {
                Completeness record = cli.rules.completeness(dossiers.get(i), day);
                if (format == Format.json) {
                    out.println(mapper.writer().with(JsonLineEscapes.INSTANCE).writeValueAsString(completeness(mapper, files.get(i), record)));
                } else {
                    out.println(TerminalText.escape(files.get(i)) + ":");
                    TextOutput.completeness(out, record, evaluation.language);
                    out.println();
                }
            }
            out.flush();
            return 0;
        }
        for (int i = 0; i < files.size(); i++) {
            Report report = cli.rules.evaluate(dossiers.get(i), day);
            errors |= report.hasErrors();
            if (format == Format.json) {
                ObjectNode line = mapper.createObjectNode();
                line.put("file", files.get(i).toString());
                line.setAll((ObjectNode) mapper.valueToTree(report));
                withSources(line, dossiers.get(i), report);
                out.println(mapper.writer().with(JsonLineEscapes.INSTANCE).writeValueAsString(line));
            } else {
                out.println(TerminalText.escape(files.get(i)) + ":");
                TextOutput.partnership(out, dossiers.get(i), evaluation.language);
                TextOutput.findings(out, dossiers.get(i), report, evaluation.language);
                out.println();
            }
        }
        out.flush();
        return errors ? PartnershipCli.ERROR_FINDINGS : 0;
    }

    /** One JSON line: the file, the partnership, the day, and for each rule whether it can decide and the findings of what it lacks. */
    private static ObjectNode completeness(JsonMapper mapper, Path file, Completeness record) {
        ObjectNode line = mapper.createObjectNode();
        line.put("file", file.toString());
        line.put("partnership", record.partnership().value());
        line.put("asOf", record.asOf().toString());
        line.put("complete", record.isComplete());
        ArrayNode rules = line.putArray("rules");
        record.lacking().forEach((rule, lacking) -> {
            ObjectNode entry = rules.addObject();
            entry.put("rule", rule.id());
            entry.put("decides", lacking.isEmpty());
            ArrayNode facts = entry.putArray("lacking");
            lacking.forEach(f -> facts.add((JsonNode) mapper.valueToTree(f)));
        });
        return line;
    }

    /**
     * Adds to each finding of {@code line} the sources of the facts it rests on: for each source once, its id, title,
     * address where recorded, and the words the dossier quotes from it for those facts.
     */
    private static void withSources(ObjectNode line, Dossier dossier, Report report) {
        ArrayNode findings = (ArrayNode) line.get("findings");
        for (int i = 0; i < report.findings().size(); i++) {
            Map<SourceId, ObjectNode> bySource = new LinkedHashMap<>();
            for (Citation citation : report.findings().get(i).citations(dossier)) {
                ObjectNode source = bySource.computeIfAbsent(citation.source(), id -> {
                    ObjectNode node = line.objectNode();
                    node.put("id", id.value());
                    dossier.source(id).ifPresent(s -> {
                        node.put("title", s.title());
                        if (s.address() != null) {
                            node.put("address", s.address().toString());
                        }
                    });
                    node.putArray("quotes");
                    return node;
                });
                if (citation.quote() != null) {
                    ((ArrayNode) source.get("quotes")).add(citation.quote());
                }
            }
            ArrayNode sources = ((ObjectNode) findings.get(i)).putArray("sources");
            bySource.values().forEach(sources::add);
        }
    }
}
