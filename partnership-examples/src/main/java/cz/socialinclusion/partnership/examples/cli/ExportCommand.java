package cz.socialinclusion.partnership.examples.cli;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.jdbc.Database;
import cz.socialinclusion.partnership.jdbc.DossierRepository;
import cz.socialinclusion.partnership.json.PartnershipJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code partnership export}: writes the dossiers of a municipality's partnerships from a database to files. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the dossier of each partnership of a municipality, as stored in a database, to <id>.json in a folder.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--jdbc-url", paramLabel = "URL", description = "The database; default: the embedded H2 file .partnership/partnership.")
    String url = Store.DEFAULT_URL;

    @Option(names = "--user", paramLabel = "NAME", description = "Database user, if the URL does not give one.")
    String user;

    @Option(names = "--password", paramLabel = "SECRET", interactive = true, arity = "0..1", description = "Database password.")
    String password;

    @Option(names = "--municipality", paramLabel = "NAME", required = true, description = "The municipality, exactly as stored (Děčín).")
    String municipality;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = ".", description = "Folder for the files; default: the current one.")
    Path output;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Dossier> dossiers;
        try (Store.Open store = Store.open(url, user, password)) {
            dossiers = new DossierRepository(Database.of(store.dataSource())).findByMunicipality(municipality);
        }
        if (dossiers.isEmpty()) {
            spec.commandLine().getErr().println("partnership: no partnership of the municipality '" + municipality + "' is stored");
            spec.commandLine().getErr().flush();
            return PartnershipCli.ERROR_FINDINGS;
        }
        Files.createDirectories(output);
        for (Dossier dossier : dossiers) {
            Path file = output.resolve(dossier.partnership().id().value() + ".json");
            Files.write(file, PartnershipJson.writeDossier(dossier));
            out.println("exported " + dossier.partnership().id() + " to " + file);
        }
        out.flush();
        return 0;
    }
}
