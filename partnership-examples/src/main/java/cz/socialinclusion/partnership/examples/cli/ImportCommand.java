package cz.socialinclusion.partnership.examples.cli;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.jdbc.Database;
import cz.socialinclusion.partnership.jdbc.DossierRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code partnership import}: stores dossier files in a database. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Reads dossier files and stores each (partnership, plans, projects) in a database, which it first "
                + "migrates to the library's schema.", "Every file is read before anything is stored."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--jdbc-url", paramLabel = "URL", description = "The database: jdbc:postgresql://… or jdbc:h2:…; "
            + "default: the embedded H2 file .partnership/partnership.")
    String url = Store.DEFAULT_URL;

    @Option(names = "--user", paramLabel = "NAME", description = "Database user, if the URL does not give one.")
    String user;

    @Option(names = "--password", paramLabel = "SECRET", interactive = true, arity = "0..1", description = "Database password.")
    String password;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Dossier files (UTF-8 JSON).")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Dossier> dossiers = new ArrayList<>();
        for (Path file : files) {
            dossiers.add(DossierFiles.read(file));
        }
        try (Store.Open store = Store.open(url, user, password)) {
            DossierRepository repository = new DossierRepository(Database.of(store.dataSource()));
            for (int i = 0; i < dossiers.size(); i++) {
                Dossier dossier = dossiers.get(i);
                repository.saveNew(dossier);
                out.println("imported " + files.get(i) + ": " + dossier.partnership().id() + " (" + dossier.partnership().name()
                        + ", " + dossier.plans().size() + " plans, " + dossier.projects().size() + " projects)");
            }
        }
        out.flush();
        return 0;
    }
}
