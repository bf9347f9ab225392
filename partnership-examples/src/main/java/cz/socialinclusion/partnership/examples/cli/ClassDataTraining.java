package cz.socialinclusion.partnership.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The training run of the tool's class-data archive ({@code target/partnership.jsa}): the build runs this class
 * once with {@code -XX:ArchiveClassesAtExit}, on the executable jar alone, so that the JVM records every class the
 * tool's commands load, already parsed and verified; the launcher {@code target/partnership} maps the archive and
 * starts without loading those classes again.
 *
 * <p>It runs each command the way a user does, in a scratch folder it removes afterwards: {@code check} (text and
 * JSON) and {@code schedule} (text and iCalendar) on the five source-page dossiers written out as files,
 * {@code import} and {@code export} on an H2 file, {@code demo}, and the help. Their output is discarded; a
 * command that does not end as it should fails the build, since an archive of a broken run would hide the fault.
 */
final class ClassDataTraining {

    /** A command that succeeded. */
    private static final Set<Integer> DONE = Set.of(0);

    /** {@code check} that read every file: with or without error findings. */
    private static final Set<Integer> CHECKED = Set.of(0, PartnershipCli.ERROR_FINDINGS);

    private ClassDataTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path scratch = Files.createTempDirectory("partnership-training");
        try {
            train(scratch);
        } finally {
            removeAll(scratch);
        }
    }

    private static void train(Path scratch) throws IOException {
        List<String> files = new ArrayList<>();
        for (String name : DossierFiles.SOURCE_PAGES) {
            Path file = scratch.resolve(name);
            try (InputStream in = cz.socialinclusion.partnership.json.PartnershipJson.class
                    .getResourceAsStream("dossiers/" + name)) {
                Files.copy(in, file);
            }
            files.add(file.toString());
        }
        String database = Store.h2Url(scratch.resolve("training"));
        run(DONE, "--help");
        run(DONE, "check", "--help");
        run(CHECKED, concat(List.of("check", "--as-of", "2011-06-30"), files));
        run(CHECKED, concat(List.of("check", "--as-of", "2011-06-30", "--format", "json", "--lang", "cs"), files));
        run(DONE, concat(List.of("schedule", "--from", "2011-01-01", "--to", "2012-12-31"), files));
        run(DONE, concat(List.of("schedule", "--from", "2011-01-01", "--to", "2012-12-31", "--format", "ics"), files));
        run(Set.of(PartnershipCli.BAD_INPUT), "check", scratch.resolve("missing.json").toString());
        run(DONE, concat(List.of("import", "--jdbc-url", database), files));
        run(DONE, "export", "--jdbc-url", database, "--municipality", "Cheb", "--output", scratch.resolve("out").toString());
        run(DONE, "demo", "--as-of", "2011-06-01", "--database", scratch.resolve("demo").toString());
    }

    private static String[] concat(List<String> options, List<String> files) {
        return Stream.concat(options.stream(), files.stream()).toArray(String[]::new);
    }

    /** Runs one command line of the tool, its output discarded; an exit code not in {@code expected} fails. */
    private static void run(Set<Integer> expected, String... args) {
        PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        int exit = PartnershipCli.commandLine(Clock.systemDefaultZone(), nowhere, nowhere).execute(args);
        if (!expected.contains(exit)) {
            throw new IllegalStateException("training run 'partnership " + String.join(" ", args) + "' exited " + exit
                    + ", not one of " + expected);
        }
    }

    private static void removeAll(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
