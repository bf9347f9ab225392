package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.plan.Goal;
import cz.socialinclusion.partnership.plan.Measure;
import cz.socialinclusion.partnership.plan.MeasureId;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.Priority;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.project.Project;
import cz.socialinclusion.partnership.project.ProjectStatus;
import cz.socialinclusion.partnership.project.StatusChange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static cz.socialinclusion.partnership.rules.ArgumentType.MEASURE_ID;
import static cz.socialinclusion.partnership.rules.ArgumentType.NAME;

/**
 * traceability: each priority addresses an identified need (potřeba); each measure (opatření) has a
 * responsible member; each project submitted (podaný projekt) implements measures that a plan of the partnership
 * has. A project idea or a project in preparation has no measure yet and is not checked.
 *
 * <p>A priority whose needs, or a measure whose responsible member, the record does not name gives a not-recorded
 * finding: the record cannot tell whether there is none.
 *
 * <p>Immutable and thread-safe.
 */
public final class TraceabilityRule extends MethodRule<TraceabilityRule.Code> {

    /** The statuses of a project that has been submitted. */
    private static final Set<ProjectStatus> SUBMITTED = EnumSet.of(ProjectStatus.SUBMITTED, ProjectStatus.APPROVED,
            ProjectStatus.REJECTED, ProjectStatus.IN_IMPLEMENTATION, ProjectStatus.COMPLETED);

    TraceabilityRule() {
        super(RuleId.TRACEABILITY, Code.class);
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        var asOf = context.asOf();
        var dossier = context.dossier();
        for (StrategicPlan plan : dossier.plans()) {
            Optional<PlanVersion> current = plan.versionOn(asOf);
            if (current.isEmpty()) {
                continue;
            }
            String version = Facts.version(plan, current.get());
            for (Priority priority : current.get().priorities()) {
                String at = version + ".priorities[" + priority.id() + "]";
                if (priority.addresses().isEmpty()) {
                    findings.add(notRecorded(Subject.priority(priority.id()), asOf, at + ".addresses", RecordedDate.notRecorded()));
                }
                for (Goal goal : priority.goals()) {
                    for (Measure measure : goal.measures()) {
                        if (measure.responsible() == null) {
                            findings.add(notRecorded(Subject.measure(measure.id()), asOf,
                                    at + ".goals[" + goal.id() + "].measures[" + measure.id() + "].responsible", RecordedDate.notRecorded()));
                        }
                    }
                }
            }
            for (Measure measure : current.get().measuresWithoutGoal()) {
                if (measure.responsible() == null) {
                    findings.add(notRecorded(Subject.measure(measure.id()), asOf,
                            version + ".measuresWithoutGoal[" + measure.id() + "].responsible", RecordedDate.notRecorded()));
                }
            }
        }
        Set<MeasureId> unknown = unknownMeasures(dossier, asOf);
        for (Project project : dossier.projects()) {
            if (!isSubmitted(project, asOf)) {
                continue;
            }
            Subject subject = Subject.project(project.id());
            if (project.measures().isEmpty()) {
                findings.add(Finding.of(Code.PROJECT_WITHOUT_MEASURE, subject, null, null, project.title())
                        .withFacts(Facts.project(project) + ".measures"));
            }
            for (MeasureId measure : project.measures()) {
                if (unknown.contains(measure)) {
                    findings.add(Finding.of(Code.PROJECT_UNKNOWN_MEASURE, subject, null, null, project.title(), measure)
                            .withFacts(Facts.project(project) + ".measures", "plans"));
                }
            }
        }
        return findings;
    }

    /** Whether the project had been submitted by {@code asOf}: an idea or a project in preparation has no measure yet. */
    private static boolean isSubmitted(Project project, LocalDate asOf) {
        for (StatusChange change : project.history()) {
            if (!change.on().isAfter(asOf) && SUBMITTED.contains(change.status())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The measures that projects in the pipeline on {@code asOf} implement and that no version of any plan has.
     * Linear in the plans' measures, without a set of them all: the projects' measures (far fewer) are collected,
     * then struck off while the versions are walked, stopping when none is left; a revision that kept its
     * predecessor's priorities (the same list) is not walked again.
     */
    private static Set<MeasureId> unknownMeasures(Dossier dossier, LocalDate asOf) {
        Set<MeasureId> wanted = new HashSet<>();
        for (Project project : dossier.projects()) {
            if (isSubmitted(project, asOf)) {
                wanted.addAll(project.measures());
            }
        }
        if (wanted.isEmpty()) {
            return wanted;
        }
        for (StrategicPlan plan : dossier.plans()) {
            List<Priority> walked = null;
            for (PlanVersion version : plan.versions()) {
                for (Measure measure : version.measuresWithoutGoal()) {
                    if (wanted.remove(measure.id()) && wanted.isEmpty()) {
                        return wanted;
                    }
                }
                if (version.priorities() == walked) {
                    continue;
                }
                walked = version.priorities();
                for (Priority priority : walked) {
                    for (Goal goal : priority.goals()) {
                        for (Measure measure : goal.measures()) {
                            if (wanted.remove(measure.id()) && wanted.isEmpty()) {
                                return wanted;
                            }
                        }
                    }
                }
            }
        }
        return wanted;
    }

    /** What traceability finds. */
    public enum Code implements DefinedCode {
        /** A project implements no measure: the project's title. */
        PROJECT_WITHOUT_MEASURE(Severity.ERROR, NAME),
        /** A project implements a measure no plan has: the project's title, the measure. */
        PROJECT_UNKNOWN_MEASURE(Severity.ERROR, NAME, MEASURE_ID);

        private final CodeDefinition definition;

        Code(Severity severity, ArgumentType<?>... arguments) { definition = CodeDefinition.of(RuleId.TRACEABILITY, this, severity, arguments); }

        @Override public CodeDefinition definition() { return definition; }
    }
}
