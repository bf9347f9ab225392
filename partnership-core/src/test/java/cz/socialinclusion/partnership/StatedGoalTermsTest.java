package cz.socialinclusion.partnership;

import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import cz.socialinclusion.partnership.group.Theme;
import cz.socialinclusion.partnership.plan.Goal;
import cz.socialinclusion.partnership.plan.GoalId;
import cz.socialinclusion.partnership.plan.GoalTerm;
import cz.socialinclusion.partnership.plan.Measure;
import cz.socialinclusion.partnership.plan.MeasureId;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.Priority;
import cz.socialinclusion.partnership.plan.PriorityId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A plan version states the horizons of its goals where the record names them without listing the goals: Jáchymov's
 * plan "zahrnuje dlouhodobé i krátkodobé cíle", Cheb's priorities were "rozpracovány do konkrétních dlouhodobých
 * krátkodobých cílů". No goal is invented for it.
 */
class StatedGoalTermsTest {

    private static final RecordedDate MADE = RecordedDate.day(LocalDate.of(2011, 2, 9));

    @Test
    void jachymovsAndChebsPlansStateLongAndShortTermGoalsAndListNone() {
        for (Dossier dossier : List.of(SourcePages.jachymov(), SourcePages.cheb())) {
            PlanVersion version = dossier.plans().get(0).latestVersion();
            assertThat(version.statedGoalTerms()).as(dossier.partnership().name())
                    .containsExactly(GoalTerm.LONG_TERM, GoalTerm.SHORT_TERM);
            assertThat(version.priorities()).isEmpty();
            assertThat(dossier.citationsOf(dossier.facts().stream().filter(f -> f.contains("statedGoalTerms")).findFirst()
                    .orElseThrow())).singleElement().satisfies(c -> assertThat(c.quote()).contains("krátkodob"));
        }
        assertThat(SourcePages.kutnaHora().plans().get(0).latestVersion().statedGoalTerms()).isEmpty();
    }

    @Test
    void whereGoalsAreListedAStatedHorizonMustBeOneOfTheirs() {
        Priority priority = new Priority(PriorityId.of("bydleni"), "Bydlení", Set.of(Theme.HOUSING), List.of(),
                List.of(Goal.of(GoalId.of("prostupne-bydleni"), "Systém prostupného bydlení", GoalTerm.LONG_TERM,
                        List.of(Measure.of(MeasureId.of("ubytovna"), "Ubytovna pro matky s dětmi")))));
        PlanVersion listed = new PlanVersion(1, MADE, "Strategický plán", List.of(), List.of(priority), List.of(), List.of(),
                Set.of(GoalTerm.LONG_TERM));
        assertThat(listed.statedGoalTerms()).containsExactly(GoalTerm.LONG_TERM);
        assertThatThrownBy(() -> new PlanVersion(1, MADE, "Strategický plán", List.of(), List.of(priority), List.of(),
                List.of(), Set.of(GoalTerm.SHORT_TERM))).isInstanceOf(InvalidValueException.class)
                .hasMessage("statedGoalTerms names SHORT_TERM, but no goal listed in version 1 has that horizon");
        assertThat(new PlanVersion(1, MADE, "Strategický plán", List.of(), List.of(), List.of(), List.of(), null)
                .statedGoalTerms()).isEmpty();
    }
}
