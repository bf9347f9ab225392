package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.plan.MeasureId;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.Priority;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import cz.socialinclusion.partnership.project.Project;

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
        Set<MeasureId> measures = new HashSet<>();
        for (StrategicPlan plan : dossier.plans()) {
            if (!dossier.projects().isEmpty()) {
                plan.versions().forEach(v -> v.measures().forEach(m -> measures.add(m.id())));
            }
            Optional<PlanVersion> current = plan.versionOn(asOf);
            if (current.isEmpty()) {
                continue;
            }
            for (Priority priority : current.get().priorities()) {
                if (priority.addresses().isEmpty()) {
                    findings.add(Finding.of(Code.PRIORITY_WITHOUT_NEED, Subject.priority(priority.id()),
                            null, null, plan.id(), priority.title()));
                }
            }
            current.get().measures().forEach(measure -> {
                if (measure.responsible() == null) {
                    findings.add(Finding.of(Code.MEASURE_WITHOUT_RESPONSIBLE, Subject.measure(measure.id()),
                            null, null, plan.id(), measure.title()));
                }
            });
        }
        for (Project project : dossier.projects()) {
            if (project.statusOn(asOf).isEmpty()) {
                continue;
            }
            Subject subject = Subject.project(project.id());
            if (project.measures().isEmpty()) {
                findings.add(Finding.of(Code.PROJECT_WITHOUT_MEASURE, subject, null, null, project.title()));
            }
            for (MeasureId measure : project.measures()) {
                if (!measures.contains(measure)) {
                    findings.add(Finding.of(Code.PROJECT_UNKNOWN_MEASURE, subject, null, null, project.title(), measure));
                }
            }
        }
        return findings;
    }
}
