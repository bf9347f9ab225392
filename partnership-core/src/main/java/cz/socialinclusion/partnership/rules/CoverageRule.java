package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.Partnership;
import cz.socialinclusion.partnership.base.Answer;
import cz.socialinclusion.partnership.base.RecordedDate;
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
 * the plan in force. A group whose formation the record cannot place before the day, or a plan whose record
 * names measures but no priorities, gives a not-recorded finding for a theme not shown covered.
 *
 * <p>Immutable and thread-safe.
 */
public final class CoverageRule extends MethodRule<CoverageRule.Code> {

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
            Optional<Facts.Dated> formed = Facts.formation(partnership, group);
            Answer working = formed.map(f -> f.date().isOnOrBefore(asOf)).orElse(Answer.YES);
            if (!group.isThematic() || working == Answer.NO) {
                continue;
            }
            for (Theme theme : group.themes()) {
                if (covered.contains(theme)) {
                    continue;
                }
                Subject subject = Subject.workingGroup(group.id());
                if (version.priorities().isEmpty()) {
                    findings.add(notRecorded(subject, asOf, Facts.version(plan.get(), version) + ".priorities", RecordedDate.notRecorded()));
                } else {
                    findings.add(working == Answer.YES
                            ? Finding.of(Code.THEME_NOT_COVERED, subject, null, null, group.name(), theme, plan.get().id())
                                    .withFacts(Facts.group(group) + ".themes", Facts.version(plan.get(), version) + ".priorities")
                            : notRecorded(subject, asOf, formed.get().path(), formed.get().date()));
                }
            }
        }
        return asRecorded(context, findings);
    }

    /** What coverage finds. */
    public enum Code implements DefinedCode {
        /** A group's theme is addressed by no priority: the group's name, the theme, the plan. */
        THEME_NOT_COVERED(Severity.WARNING, NAME, THEME, PLAN_ID);

        private final CodeDefinition definition;

        Code(Severity severity, ArgumentType<?>... arguments) { definition = CodeDefinition.of(RuleId.COVERAGE, this, severity, arguments); }

        @Override public CodeDefinition definition() { return definition; }
    }
}
