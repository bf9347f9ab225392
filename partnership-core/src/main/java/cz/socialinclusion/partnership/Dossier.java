package cz.socialinclusion.partnership;

import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.internal.Checks;
import cz.socialinclusion.partnership.member.MemberId;
import cz.socialinclusion.partnership.plan.ActionStep;
import cz.socialinclusion.partnership.plan.Measure;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import cz.socialinclusion.partnership.project.Project;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.Comparator;
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
 * Whether a project's measures exist in a plan is reported by the {@code traceability} rule.
 *
 * <p>Immutable and thread-safe.
 *
 * @param partnership the partnership
 * @param plans       its strategic plans
 * @param projects    its project pipeline
 */
public record Dossier(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @Valid Partnership partnership,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") List<@Valid StrategicPlan> plans,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") List<@Valid Project> projects) {

    /**
     * @param partnership the partnership
     * @param plans its strategic plans
     * @param projects its project pipeline
     * @throws NullPointerException if an argument is null
     * @throws InvalidValueException if an invariant listed on the class is broken
     */
    public Dossier {
        Objects.requireNonNull(partnership, "partnership");
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
     * The plan in force on {@code date}: adopted, and the date within its period.
     *
     * @param date the day
     * @return the plan in force on {@code date}: adopted, and the date within its period
     */
    public Optional<StrategicPlan> planInForceOn(LocalDate date) {
        return plansByStart().stream().filter(p -> p.isInForceOn(date)).findFirst();
    }

    /**
     * The day the council first adopted any of the plans, if it has.
     *
     * @return the day the council first adopted any of the plans, if it has
     */
    public Optional<LocalDate> firstAdoption() {
        return plans.stream().flatMap(p -> p.firstAdoption().stream()).min(Comparator.naturalOrder());
    }

    /**
     * The partnership's stage on {@code date}, computed from its dates: before the founding; forming until
     * the working groups are formed or a plan is drafted; planning until a plan is adopted; implementing until the intervention
     * ends; after the intervention from the day after its end.
     *
     * @param date the day
     * @return the partnership's stage on {@code date}, computed from its dates: before the founding; forming until the working groups are formed or a plan is drafted; planning until a plan is adopted; implementing until the intervention ends; after the intervention from the day after its end
     */
    public Stage stageOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (partnership.founded() != null && date.isBefore(partnership.founded())) {
            return Stage.NOT_FOUNDED;
        }
        if (partnership.intervention() != null && date.isAfter(partnership.intervention().end())) {
            return Stage.AFTER_INTERVENTION;
        }
        Optional<LocalDate> adopted = firstAdoption();
        if (adopted.isPresent() && !date.isBefore(adopted.get())) {
            return Stage.IMPLEMENTING;
        }
        Optional<LocalDate> formed = partnership.groupsFormedOn();
        boolean drafted = plans.stream().anyMatch(p -> p.versionOn(date).isPresent());
        if (drafted || formed.isPresent() && !date.isBefore(formed.get())) {
            return Stage.PLANNING;
        }
        return Stage.FORMING;
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
        return new Dossier(partnership, more, projects);
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
        return new Dossier(partnership, plans, more);
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
        return new Dossier(partnership, plans, projects);
    }
}
