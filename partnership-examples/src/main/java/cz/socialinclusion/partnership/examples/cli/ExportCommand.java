package cz.socialinclusion.partnership.examples.cli;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.jdbc.Database;
import cz.socialinclusion.partnership.jdbc.DossierRepository;
import cz.socialinclusion.partnership.json.PartnershipJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code partnership export}: writes the dossiers of a municipality's partnerships from a database to files.
 * Each file is written to a temporary file in the same folder and moved into place in one step, so a failed
 * export leaves no half-written file; an existing file or symbolic link is replaced only with {@code --force},
 * and a link is then replaced itself, never written through.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the dossier of each partnership of a municipality, as stored in a database, to <id>.json in a folder.",
                "An existing file is not overwritten unless --force is given; a symbolic link in the way is never followed: "
                        + "--force replaces the link itself with the file. Each file appears whole or not at all."})
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

    @Option(names = "--force", description = "Replace existing files (and symbolic links, not what they point to).")
    boolean force;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Dossier> dossiers;
        try (Store.Open store = Store.open(url, user, password)) {
            dossiers = new DossierRepository(Database.of(store.dataSource())).findByMunicipality(municipality);
        }
        if (dossiers.isEmpty()) {
            spec.commandLine().getErr().println("partnership: no partnership of the municipality '"
                    + TerminalText.escape(municipality) + "' is stored");
            spec.commandLine().getErr().flush();
            return PartnershipCli.ERROR_FINDINGS;
        }
        Files.createDirectories(output);
        for (Dossier dossier : dossiers) {
            refuseWhatIsInTheWay(target(dossier));
        }
        for (Dossier dossier : dossiers) {
            Path file = target(dossier);
            write(file, PartnershipJson.writeDossier(dossier));
            out.println("exported " + dossier.partnership().id() + " to " + TerminalText.escape(file));
        }
        out.flush();
        return 0;
    }

    private Path target(Dossier dossier) {
        return output.resolve(dossier.partnership().id().value() + ".json");
    }

    private void refuseWhatIsInTheWay(Path file) {
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new InputProblem(file + " is a folder; nothing was exported", null);
        }
        if (!force && Files.isSymbolicLink(file)) {
            throw new InputProblem(file + " is a symbolic link; --force replaces the link (not what it points to); nothing was exported", null);
        }
        if (!force && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new InputProblem(file + " exists; --force replaces it; nothing was exported", null);
        }
    }

    /**
     * Writes {@code bytes} to a temporary file next to {@code file}, forces them to the disk, then puts the
     * temporary file in place in one step: renamed over {@code file} (replacing a file or the link itself)
     * with {@code --force}; else linked under the name, which fails if anything took it meanwhile.
     */
    private void write(Path file, byte[] bytes) throws IOException {
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (force) {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                placeWithoutReplacing(temporary, file);
            }
        } catch (FileAlreadyExistsException e) {
            throw new InputProblem(file + " appeared while exporting; --force replaces it", e);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void placeWithoutReplacing(Path temporary, Path file) throws IOException {
        try {
            Files.createLink(file, temporary);
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
            if (e instanceof FileAlreadyExistsException exists) {
                throw exists;
            }
            Files.move(temporary, file);
        }
    }
}
