package cz.socialinclusion.partnership;

import cz.socialinclusion.partnership.base.Answer;
import cz.socialinclusion.partnership.base.WithinLimits;
import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.internal.Checks;
import cz.socialinclusion.partnership.member.MemberId;
import cz.socialinclusion.partnership.plan.ActionStep;
import cz.socialinclusion.partnership.plan.Measure;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import cz.socialinclusion.partnership.project.Project;
import cz.socialinclusion.partnership.source.Citation;
import cz.socialinclusion.partnership.source.FactPaths;
import cz.socialinclusion.partnership.source.Source;
import cz.socialinclusion.partnership.source.SourceId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything about one partnership: the partnership, its strategic plans and its project pipeline. This is
 * what the rules evaluate and what the JSON module writes as one document.
 *
 * <p>Invariants: every plan and project belongs to the partnership; plan and project ids are unique; every
 * member a plan or project names (responsible for a measure or step, applicant) is a partnership member.
 * Whether a project's measures exist in a plan is reported by the {@code traceability} rule. Every citation names a
 * listed source and a path that is a fact of the dossier or a part holding facts.
 *
 * <p><b>Sources of facts.</b> {@link #facts()} lists the path of every fact the dossier holds, in the syntax of
 * {@link Citation} and of {@link InvalidValueException#field()} ({@code partnership.workingGroups[kh-bydleni].formed});
 * {@link #citationsOf(String)} and {@link #sourcesOf(String)} tell where a fact comes from, a citation of a part
 * covering every fact under it; {@link #uncitedFacts()} lists the facts no citation covers. A rule's finding names the
 * paths of the facts it rests on, and a host asks {@link #sourcesOf(String)} for each.
 *
 * <p>Immutable and thread-safe.
 *
 * @param partnership   the partnership
 * @param plans         its strategic plans
 * @param projects      its project pipeline
 * @param recordedUntil the day up to which the record is complete (záznam úplný ke dni): a dossier made from pages
 *                      written in 2011 cannot tell what happened after them, and rules report later days as not
 *                      recorded rather than overdue; {@code null} for a record kept up to date (a host's live record)
 * @param sources       where its facts come from (zdroje): pages, resolutions, minutes…; ids unique
 * @param citations     which fact comes from which source ({@link Citation}); each names a listed source and a fact
 *                      or part of this dossier ({@link #facts()})
 */
public record Dossier(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @Valid Partnership partnership,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") List<@Valid StrategicPlan> plans,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") List<@Valid Project> projects,
        @WithinLimits LocalDate recordedUntil,
        List<@Valid Source> sources,
        List<@Valid Citation> citations) {

    /**
     * @param partnership the partnership
     * @param plans its strategic plans
     * @param projects its project pipeline
     * @param recordedUntil the day up to which the record is complete, or {@code null} for a record kept up to date
     * @param sources where its facts come from; {@code null} is read as none
     * @param citations which fact comes from which source; {@code null} is read as none
     * @throws NullPointerException if a required argument is null
     * @throws InvalidValueException if an invariant listed on the class is broken, or {@code recordedUntil} is
     *         outside {@link cz.socialinclusion.partnership.base.Limits}
     */
    public Dossier {
        Objects.requireNonNull(partnership, "partnership");
        Checks.optionalDay("recordedUntil", recordedUntil);
        sources = Checks.uniqueList("sources", sources == null ? List.of() : sources, Source::id);
        citations = Checks.list("citations", citations == null ? List.of() : citations);
        plans = Checks.uniqueList("plans", plans, StrategicPlan::id);
        projects = Checks.uniqueList("projects", projects, Project::id);
        Set<MemberId> members = partnership.memberships().stream().map(Membership::memberId).collect(Collectors.toSet());
        for (StrategicPlan plan : plans) {
            if (!plan.partnership().equals(partnership.id())) {
                throw new InvalidValueException("plans[" + plan.id() + "].partnership", plan.partnership(),
                        "plans[" + plan.id() + "].partnership " + plan.partnership() + " is not " + partnership.id());
            }
            for (PlanVersion version : plan.versions()) {
                for (Measure measure : (Iterable<Measure>) version.measures()::iterator) {
                    if (measure.responsible() != null && !members.contains(measure.responsible())) {
                        throw notAMember("plans[" + plan.id() + "].measures[" + measure.id() + "].responsible", measure.responsible());
                    }
                    for (ActionStep step : measure.steps()) {
                        if (!members.contains(step.responsible())) {
                            throw notAMember("plans[" + plan.id() + "].measures[" + measure.id() + "].steps.responsible",
                                    step.responsible());
                        }
                    }
                }
            }
        }
        for (Project project : projects) {
            if (!project.partnership().equals(partnership.id())) {
                throw new InvalidValueException("projects[" + project.id() + "].partnership", project.partnership(),
                        "projects[" + project.id() + "].partnership " + project.partnership() + " is not " + partnership.id());
            }
            if (!members.contains(project.applicant())) {
                throw notAMember("projects[" + project.id() + "].applicant", project.applicant());
            }
        }
        if (!citations.isEmpty()) {
            checkCitations(sources, citations, facts(partnership, plans, projects));
        }
    }

    /** Refuses a citation of a source not listed or of a path that names no fact of the dossier. */
    private static void checkCitations(List<Source> sources, List<Citation> citations, List<String> facts) {
        Set<SourceId> listed = new HashSet<>();
        sources.forEach(s -> listed.add(s.id()));
        Set<String> parts = null;
        for (int i = 0; i < citations.size(); i++) {
            Citation citation = citations.get(i);
            if (!listed.contains(citation.source())) {
                throw new InvalidValueException("citations[" + i + "].source", citation.source(),
                        "citations[" + i + "].source " + citation.source() + " is not a source of the dossier");
            }
            if (parts == null) {
                parts = new HashSet<>();
                for (String fact : facts) {
                    parts.addAll(FactPaths.coveringPaths(fact));
                }
            }
            if (!parts.contains(citation.fact())) {
                throw new InvalidValueException("citations[" + i + "].fact", citation.fact(),
                        "citations[" + i + "].fact " + citation.fact() + " names no fact of the dossier");
            }
        }
    }

    /**
     * A dossier with no source cited.
     *
     * @param partnership the partnership
     * @param plans its strategic plans
     * @param projects its project pipeline
     * @param recordedUntil the day up to which the record is complete, or {@code null} for a record kept up to date
     * @throws NullPointerException if a required argument is null
     * @throws InvalidValueException if an invariant listed on the class is broken
     */
    public Dossier(Partnership partnership, List<StrategicPlan> plans, List<Project> projects, LocalDate recordedUntil) {
        this(partnership, plans, projects, recordedUntil, List.of(), List.of());
    }

    /**
     * A dossier kept up to date ({@link #recordedUntil()} is {@code null}).
     *
     * @param partnership the partnership
     * @param plans its strategic plans
     * @param projects its project pipeline
     * @throws NullPointerException if an argument is null
     * @throws InvalidValueException if an invariant listed on the class is broken
     */
    public Dossier(Partnership partnership, List<StrategicPlan> plans, List<Project> projects) {
        this(partnership, plans, projects, null, List.of(), List.of());
    }

    private static InvalidValueException notAMember(String field, MemberId member) {
        return new InvalidValueException(field, member, field + " " + member + " is not a member of the partnership");
    }

    /**
     * A dossier of a partnership with no plan and no project.
     *
     * @param partnership the partnership
     * @return a dossier of a partnership with no plan and no project
     */
    public static Dossier of(Partnership partnership) {
        return new Dossier(partnership, List.of(), List.of());
    }

    /**
     * The plans in order of their start.
     *
     * @return the plans in order of their start
     */
    public List<StrategicPlan> plansByStart() {
        return plans.stream().sorted(Comparator.comparing(StrategicPlan::start).thenComparing(StrategicPlan::id)).toList();
    }

    /**
     * The plan the record shows was in force on {@code date}: adopted by then, and the date within its period
     * ({@link StrategicPlan#isInForceOn(LocalDate)} is yes).
     *
     * @param date the day
     * @return the first plan by start certainly in force on {@code date}, if any
     */
    public Optional<StrategicPlan> planInForceOn(LocalDate date) {
        return plansByStart().stream().filter(p -> p.isInForceOn(date) == Answer.YES).findFirst();
    }

    /**
     * When the council first adopted any of the plans, as precise as the record tells, if it has.
     *
     * @return the earliest of the plans' first adoptions ({@link RecordedDate#earlierOf(RecordedDate)}), or empty
     */
    public Optional<RecordedDate> firstAdoption() {
        return plans.stream().flatMap(p -> p.firstAdoption().stream()).reduce(RecordedDate::earlierOf);
    }

    /**
     * The partnership's stage on {@code date}, computed from its dates: before the founding; forming until
     * the working groups are formed or a plan is drafted; planning until a plan is adopted; implementing until the
     * intervention ends; after the intervention from the day after its end. A stage is reached only once the record
     * shows its start certainly happened: with an adoption known only to the first half of 2011, 2011-03-01 is still
     * planning and 2011-07-01 implementing. What the record holds happened by its {@code recordedUntil}: an adoption
     * whose day is not recorded counts as made by then.
     *
     * @param date the day
     * @return the latest stage the record shows the partnership certainly reached by {@code date}
     */
    public Stage stageOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (partnership.founded() != null && date.isBefore(partnership.founded())) {
            return Stage.NOT_FOUNDED;
        }
        if (partnership.intervention() != null && partnership.intervention().end().isBefore(date) == Answer.YES) {
            return Stage.AFTER_INTERVENTION;
        }
        if (firstAdoption().map(a -> isOnOrBefore(a, date)).orElse(false)) {
            return Stage.IMPLEMENTING;
        }
        boolean formed = partnership.groupsFormedOn().map(f -> f.isOnOrBefore(date) == Answer.YES).orElse(false);
        boolean drafted = plans.stream().anyMatch(p -> p.versionOn(date).isPresent());
        if (drafted || formed) {
            return Stage.PLANNING;
        }
        return Stage.FORMING;
    }

    /**
     * Whether what is recorded as {@code recorded} certainly happened by {@code date}. What the dossier records
     * happened by the day it is complete to ({@code recordedUntil}), so an approval the record holds without its date
     * (Cheb's plan, "approved", not said when) certainly happened by any day from then on.
     */
    private boolean isOnOrBefore(RecordedDate recorded, LocalDate date) {
        return recorded.isOnOrBefore(date) == Answer.YES || recordedUntil != null && !date.isBefore(recordedUntil)
                && recorded.isAfter(recordedUntil) != Answer.YES;
    }

    /**
     * A copy with this plan added, or replacing the plan of the same id.
     *
     * @param plan the plan; its partnership must be this dossier's
     * @return a copy with this plan added, or replacing the plan of the same id
     */
    public Dossier withPlan(StrategicPlan plan) {
        List<StrategicPlan> more = new java.util.ArrayList<>(plans);
        more.removeIf(p -> p.id().equals(plan.id()));
        more.add(plan);
        return new Dossier(partnership, more, projects, recordedUntil, sources, citations);
    }

    /**
     * A copy with this project added, or replacing the project of the same id.
     *
     * @param project the project; its partnership must be this dossier's
     * @return a copy with this project added, or replacing the project of the same id
     */
    public Dossier withProject(Project project) {
        List<Project> more = new java.util.ArrayList<>(projects);
        more.removeIf(p -> p.id().equals(project.id()));
        more.add(project);
        return new Dossier(partnership, plans, more, recordedUntil, sources, citations);
    }

    /**
     * A copy in which the natural person {@code member} is erased, as
     * {@link Partnership#eraseNaturalPerson(MemberId, LocalDate)} does; plans and projects refer to members by id
     * and stay as they are.
     *
     * @param member   the natural person to erase
     * @param erasedOn the day of the erasure
     * @return the dossier without the person's names
     * @throws NullPointerException if an argument is null
     * @throws InvalidValueException if {@code member} is not a listed natural person, or the day is out of range
     */
    public Dossier eraseNaturalPerson(MemberId member, LocalDate erasedOn) {
        return withPartnership(partnership.eraseNaturalPerson(member, erasedOn));
    }

    /**
     * A copy with this partnership.
     *
     * @param partnership the partnership
     * @return a copy with this partnership
     */
    public Dossier withPartnership(Partnership partnership) {
        return new Dossier(partnership, plans, projects, recordedUntil, sources, citations);
    }

    /**
     * A copy complete up to this day.
     *
     * @param recordedUntil the day up to which the record is complete, or {@code null} for a record kept up to date
     * @return a copy complete up to this day
     * @throws InvalidValueException if the day is outside {@link cz.socialinclusion.partnership.base.Limits}
     */
    public Dossier withRecordedUntil(LocalDate recordedUntil) {
        return new Dossier(partnership, plans, projects, recordedUntil, sources, citations);
    }

    /**
     * A copy with these sources and citations.
     *
     * @param sources where its facts come from
     * @param citations which fact comes from which source
     * @return a copy with these sources and citations
     * @throws InvalidValueException if a citation names a source not listed or a path that is no fact of the dossier
     */
    public Dossier withSources(List<Source> sources, List<Citation> citations) {
        return new Dossier(partnership, plans, projects, recordedUntil, sources, citations);
    }

    /**
     * The path of every fact the dossier holds: the partnership's under {@code partnership}, each plan's under
     * {@code plans[<id>]}, each project's under {@code projects[<id>]} (the syntax {@link Citation} describes). The
     * dossier's own {@code recordedUntil}, sources and citations are about the record, not facts of it.
     *
     * @return the paths, in the order of the components and elements
     */
    public List<String> facts() {
        return facts(partnership, plans, projects);
    }

    private static List<String> facts(Partnership partnership, List<StrategicPlan> plans, List<Project> projects) {
        List<String> facts = new ArrayList<>(FactPaths.of("partnership", partnership));
        facts.addAll(FactPaths.of("plans", plans));
        facts.addAll(FactPaths.of("projects", projects));
        return List.copyOf(facts);
    }

    /**
     * The citations that cover the fact at {@code path}: those of the path itself and of every part that holds it.
     *
     * @param path a fact's path, such as {@code partnership.workingGroups[kh-bydleni].formed}
     * @return the covering citations, in the order listed
     */
    public List<Citation> citationsOf(String path) {
        Objects.requireNonNull(path, "path");
        return citations.stream().filter(c -> c.covers(path)).toList();
    }

    /**
     * The sources of the fact at {@code path}: the sources of {@link #citationsOf(String)}, each once.
     *
     * @param path a fact's path, such as {@code partnership.workingGroups[kh-bydleni].formed}
     * @return the sources, in the order of the citations
     */
    public List<Source> sourcesOf(String path) {
        return citationsOf(path).stream().map(Citation::source).distinct()
                .map(id -> source(id).orElseThrow()).toList();
    }

    /**
     * The source with this id, if listed.
     *
     * @param id the source's id
     * @return the source, if listed
     */
    public Optional<Source> source(SourceId id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * The facts no citation covers.
     *
     * @return their paths, in the order of {@link #facts()}
     */
    public List<String> uncitedFacts() {
        Set<String> cited = new HashSet<>();
        citations.forEach(c -> cited.add(c.fact()));
        return facts().stream()
                .filter(f -> FactPaths.coveringPaths(f).stream().noneMatch(cited::contains)).toList();
    }
}
