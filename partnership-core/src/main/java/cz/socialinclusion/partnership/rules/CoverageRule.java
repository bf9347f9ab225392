package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.Partnership;
import cz.socialinclusion.partnership.group.Theme;
import cz.socialinclusion.partnership.group.WorkingGroup;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.StrategicPlan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static cz.socialinclusion.partnership.rules.ArgumentType.NAME;
import static cz.socialinclusion.partnership.rules.ArgumentType.PLAN_ID;
import static cz.socialinclusion.partnership.rules.ArgumentType.THEME;

/**
 * coverage: every theme (oblast) of a thematic working group formed by the day is addressed by a priority of
 * the plan in force.
 *
 * <p>Immutable and thread-safe.
 */
public final class CoverageRule extends MethodRule<CoverageRule.Code> {

    /** What coverage finds. */
    public enum Code implements DefinedCode {
        /** A group's theme is addressed by no priority: the group's name, the theme, the plan. */
        THEME_NOT_COVERED("theme-not-covered", Severity.WARNING, NAME, THEME, PLAN_ID);

        private final CodeDefinition definition;

        Code(String name, Severity severity, ArgumentType<?>... arguments) {
            this.definition = CodeDefinition.of(RuleId.COVERAGE, name, severity, arguments);
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

    CoverageRule() {
        super(RuleId.COVERAGE, Code.class);
    }

    @Override
    public List<Finding> check(RuleContext context) {
        LocalDate asOf = context.asOf();
        Optional<StrategicPlan> plan = context.dossier().planInForceOn(asOf);
        if (plan.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        Partnership partnership = context.partnership();
        PlanVersion version = plan.get().adoptedVersionOn(asOf).orElseThrow();
        Set<Theme> covered = EnumSet.noneOf(Theme.class);
        version.priorities().forEach(p -> covered.addAll(p.themes()));
        for (WorkingGroup group : partnership.workingGroups()) {
            Optional<LocalDate> formed = partnership.formationOf(group).flatMap(RecordedDate::latestDay);
            if (!group.isThematic() || formed.isPresent() && formed.get().isAfter(asOf)) {
                continue;
            }
            for (Theme theme : group.themes()) {
                if (!covered.contains(theme)) {
                    findings.add(Finding.of(Code.THEME_NOT_COVERED, Subject.workingGroup(group.id()),
                            null, null, group.name(), theme, plan.get().id()));
                }
            }
        }
        return findings;
    }
}
