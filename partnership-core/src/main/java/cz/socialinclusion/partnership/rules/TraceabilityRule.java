package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.plan.Goal;
import cz.socialinclusion.partnership.plan.Measure;
import cz.socialinclusion.partnership.plan.MeasureId;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.Priority;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import cz.socialinclusion.partnership.project.Project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static cz.socialinclusion.partnership.rules.ArgumentType.MEASURE_ID;
import static cz.socialinclusion.partnership.rules.ArgumentType.NAME;
import static cz.socialinclusion.partnership.rules.ArgumentType.PLAN_ID;

/**
 * traceability: each priority addresses an identified need (potřeba); each measure (opatření) has a
 * responsible member; each project in the pipeline implements measures that a plan of the partnership has.
 *
 * <p>Immutable and thread-safe.
 */
public final class TraceabilityRule extends MethodRule<TraceabilityRule.Code> {

    /** What traceability finds. */
    public enum Code implements DefinedCode {
        /** A priority addresses no need: the plan, the priority's title. */
        PRIORITY_WITHOUT_NEED("priority-without-need", Severity.WARNING, PLAN_ID, NAME),
        /** A measure has no responsible member: the plan, the measure's title. */
        MEASURE_WITHOUT_RESPONSIBLE("measure-without-responsible", Severity.WARNING, PLAN_ID, NAME),
        /** A project implements no measure: the project's title. */
        PROJECT_WITHOUT_MEASURE("project-without-measure", Severity.ERROR, NAME),
        /** A project implements a measure no plan has: the project's title, the measure. */
        PROJECT_UNKNOWN_MEASURE("project-unknown-measure", Severity.ERROR, NAME, MEASURE_ID);

        private final CodeDefinition definition;

        Code(String name, Severity severity, ArgumentType<?>... arguments) {
            this.definition = CodeDefinition.of(RuleId.TRACEABILITY, name, severity, arguments);
        }

        @Override
        public CodeDefinition definition() {
            return definition;
        }

        /** The id, such as {@code "review-cycle.overdue"}. */
        @Override
        public String toString() {
            return definition.id();
        }
    }

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
            List<Priority> priorities = current.get().priorities();
            for (Priority priority : priorities) {
                if (priority.addresses().isEmpty()) {
                    findings.add(Finding.of(Code.PRIORITY_WITHOUT_NEED, Subject.priority(priority.id()),
                            null, null, plan.id(), priority.title()));
                }
            }
            for (Priority priority : priorities) {
                for (Goal goal : priority.goals()) {
                    for (Measure measure : goal.measures()) {
                        if (measure.responsible() == null) {
                            findings.add(Finding.of(Code.MEASURE_WITHOUT_RESPONSIBLE, Subject.measure(measure.id()),
                                    null, null, plan.id(), measure.title()));
                        }
                    }
                }
            }
        }
        Set<MeasureId> unknown = unknownMeasures(dossier, asOf);
        for (Project project : dossier.projects()) {
            if (project.statusOn(asOf).isEmpty()) {
                continue;
            }
            Subject subject = Subject.project(project.id());
            if (project.measures().isEmpty()) {
                findings.add(Finding.of(Code.PROJECT_WITHOUT_MEASURE, subject, null, null, project.title()));
            }
            for (MeasureId measure : project.measures()) {
                if (unknown.contains(measure)) {
                    findings.add(Finding.of(Code.PROJECT_UNKNOWN_MEASURE, subject, null, null, project.title(), measure));
                }
            }
        }
        return findings;
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
            if (project.statusOn(asOf).isPresent()) {
                wanted.addAll(project.measures());
            }
        }
        if (wanted.isEmpty()) {
            return wanted;
        }
        for (StrategicPlan plan : dossier.plans()) {
            List<Priority> walked = null;
            for (PlanVersion version : plan.versions()) {
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
}
