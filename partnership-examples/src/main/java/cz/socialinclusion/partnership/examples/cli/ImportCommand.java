package cz.socialinclusion.partnership.examples.cli;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.Partnership;
import cz.socialinclusion.partnership.base.PartnershipException;
import cz.socialinclusion.partnership.base.PartnershipId;
import cz.socialinclusion.partnership.jdbc.Database;
import cz.socialinclusion.partnership.jdbc.PartnershipDataException;
import cz.socialinclusion.partnership.jdbc.DossierRepository;
import cz.socialinclusion.partnership.jdbc.PartnershipRepository;
import cz.socialinclusion.partnership.jdbc.PlanRepository;
import cz.socialinclusion.partnership.jdbc.ProjectRepository;
import cz.socialinclusion.partnership.jdbc.Versioned;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import cz.socialinclusion.partnership.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * {@code partnership import}: stores dossier files in a database, adding what is new and updating what is
 * stored, all files in one transaction.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Reads dossier files and stores each (partnership, plans, projects) in a database, which it first "
                + "migrates to the library's schema.",
                "A partnership, plan or project stored already is updated to what the file holds, from the version stored "
                        + "(a change another program makes meanwhile is refused, not lost); plans and projects of the "
                        + "partnership that the file no longer holds are removed (an adopted plan never is).",
                "All files are read before anything is stored, and stored in one transaction: either every file is "
                        + "imported, or (with a message naming the file) none and the database is as it was."})
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
        List<Dossier> dossiers = DossierFiles.readAll(files);
        Map<String, Path> fileOf = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            Path other = fileOf.putIfAbsent(dossiers.get(i).partnership().id().value(), file);
            if (other != null) {
                throw new InputProblem(file + ": partnership " + dossiers.get(i).partnership().id() + " is also in " + other
                        + "; nothing was imported", null);
            }
        }
        List<String> done = new ArrayList<>();
        try (Store.Open store = Store.open(url, user, password); Connection connection = store.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            Database database = Database.onHostConnection(() -> connection);
            int i = 0;
            try {
                for (; i < dossiers.size(); i++) {
                    done.add("imported " + files.get(i) + ": " + store(database, dossiers.get(i), files.get(i)));
                }
                connection.commit();
            } catch (PartnershipDataException e) {
                rollBack(connection, e);
                throw new StoreProblem(files.get(i) + ": " + e.getMessage() + "; nothing was imported", e);
            } catch (PartnershipException e) {
                rollBack(connection, e);
                throw new InputProblem(files.get(i) + ": " + e.getMessage() + "; nothing was imported", e);
            } catch (RuntimeException | SQLException e) {
                rollBack(connection, e);
                throw e;
            }
        }
        for (String line : done) {
            out.println(TerminalText.escape(line));
        }
        out.flush();
        return 0;
    }

    private static void rollBack(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Stores one dossier on the command's transaction: what is stored of the partnership is read first, then
     * each aggregate saved over the version read (or as new), so that a change another writer commits meanwhile
     * is refused ({@link cz.socialinclusion.partnership.jdbc.ConcurrencyConflictException}), never overwritten;
     * an unchanged aggregate is left as it is, and plans and projects of the partnership the dossier no longer
     * holds are removed.
     * Returns what was done, for the line the command prints.
     */
    private static String store(Database database, Dossier dossier, Path file) {
        Partnership partnership = dossier.partnership();
        PartnershipRepository partnerships = new PartnershipRepository(database);
        PlanRepository plans = new PlanRepository(database);
        ProjectRepository projects = new ProjectRepository(database);

        Optional<Versioned<Partnership>> storedPartnership = partnerships.findById(partnership.id());
        List<Versioned<StrategicPlan>> storedPlans = plans.findByPartnership(partnership.id());
        List<Versioned<Project>> storedProjects = projects.findByPartnership(partnership.id());

        Saved what = save(storedPartnership, partnership, partnerships::save);
        Counts<StrategicPlan> planCounts = storeAll(new Aggregates<>("plan", StrategicPlan::id, StrategicPlan::partnership,
                plans::findById, plans::save, plans::delete), dossier.plans(), storedPlans, file);
        Counts<Project> projectCounts = storeAll(new Aggregates<>("project", Project::id, Project::partnership,
                projects::findById, projects::save, projects::delete), dossier.projects(), storedProjects, file);
        projectCounts.removeTheRest();
        planCounts.removeTheRest();
        new DossierRepository(database).saveRecord(dossier);
        return partnership.id() + " (" + partnership.name() + ", " + dossier.plans().size() + " plans, "
                + dossier.projects().size() + " projects): partnership " + what + "; plans " + planCounts
                + "; projects " + projectCounts;
    }

    /** What importing did to one aggregate. */
    private enum Outcome { NEW, UPDATED, UNCHANGED }

    /** The outcome for one aggregate, and the version stored now. */
    private record Saved(Outcome outcome, long version) {
        @Override
        public String toString() {
            return switch (outcome) {
                case NEW -> "new at version " + version;
                case UPDATED -> "updated to version " + version;
                case UNCHANGED -> "unchanged at version " + version;
            };
        }
    }

    /** Saves {@code value} over the stored copy, or as new; an unchanged value is not written. */
    private static <T> Saved save(Optional<Versioned<T>> stored, T value, UnaryOperator<Versioned<T>> repository) {
        if (stored.isEmpty()) {
            return new Saved(Outcome.NEW, repository.apply(Versioned.of(value)).version());
        }
        if (stored.get().value().equals(value)) {
            return new Saved(Outcome.UNCHANGED, stored.get().version());
        }
        return new Saved(Outcome.UPDATED, repository.apply(stored.get().with(value)).version());
    }

    /** How a kind of aggregate the partnership owns (plans, projects) is found, owned, saved and removed. */
    private record Aggregates<I, T>(String kind, Function<T, I> id, Function<T, PartnershipId> partnership,
                                    Function<I, Optional<Versioned<T>>> findById, UnaryOperator<Versioned<T>> save,
                                    Consumer<Versioned<T>> delete) {
    }

    /**
     * Saves each of {@code values} over the partnership's stored copy of it, or as new; one stored for another
     * partnership is refused. The stored ones the dossier no longer holds are left for
     * {@link Counts#removeTheRest()}, so that plans are removed only after the projects that may implement them.
     */
    private static <I, T> Counts<T> storeAll(Aggregates<I, T> aggregates, List<T> values, List<Versioned<T>> stored, Path file) {
        Map<I, Versioned<T>> rest = new LinkedHashMap<>();
        for (Versioned<T> each : stored) {
            rest.put(aggregates.id().apply(each.value()), each);
        }
        Counts<T> counts = new Counts<>(rest.values(), aggregates.delete());
        for (T value : values) {
            I id = aggregates.id().apply(value);
            Optional<Versioned<T>> mine = Optional.ofNullable(rest.remove(id));
            if (mine.isEmpty()) {
                aggregates.findById().apply(id).ifPresent(elsewhere -> {
                    throw new InputProblem(file + ": " + aggregates.kind() + " " + id + " is stored for partnership "
                            + aggregates.partnership().apply(elsewhere.value()) + "; nothing was imported", null);
                });
            }
            counts.add(save(mine, value, aggregates.save()));
        }
        return counts;
    }

    /** How many plans or projects of a dossier were new, updated, unchanged and removed. */
    private static final class Counts<T> {
        private final Map<Outcome, Integer> saved = new java.util.EnumMap<>(Outcome.class);
        private final Collection<Versioned<T>> rest;
        private final Consumer<Versioned<T>> delete;
        private int removed;

        Counts(Collection<Versioned<T>> rest, Consumer<Versioned<T>> delete) {
            this.rest = rest;
            this.delete = delete;
        }

        void add(Saved what) {
            saved.merge(what.outcome(), 1, Integer::sum);
        }

        /** Removes the stored ones the dossier no longer holds. */
        void removeTheRest() {
            for (Versioned<T> gone : rest) {
                delete.accept(gone);
                removed++;
            }
        }

        @Override
        public String toString() {
            return saved.getOrDefault(Outcome.NEW, 0) + " new, " + saved.getOrDefault(Outcome.UPDATED, 0) + " updated, "
                    + saved.getOrDefault(Outcome.UNCHANGED, 0) + " unchanged, " + removed + " removed";
        }
    }
}
