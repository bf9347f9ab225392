package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.plan.IllegalPlanChangeException;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import cz.socialinclusion.partnership.group.Theme;
import cz.socialinclusion.partnership.plan.Approval;
import cz.socialinclusion.partnership.plan.PlanId;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link StrategicPlan#requireAdoptedVersionsKept}: the guard a repository calls before it saves a changed plan. */
class AdoptedVersionsKeptTest {

    private static final LocalDate START = LocalDate.of(2011, 5, 10);

    private static StrategicPlan stored(List<Approval> approvals) {
        return StrategicPlan.of(PlanId.of("jachymov-spsz"), Scenario.ID, "Strategický plán sociálního začleňování Jáchymov",
                LocalDateRange.of(START, START.plusYears(3)), Scenario.version(LocalDate.of(2011, 4, 1), approvals, Theme.HOUSING));
    }

    private static StrategicPlan withVersions(StrategicPlan plan, PlanVersion... versions) {
        return new StrategicPlan(plan.id(), plan.partnership(), plan.title(), plan.period(), List.of(versions));
    }

    @Test
    void anAdoptedVersionWithOtherPrioritiesIsRefusedNamingThePlanTheVersionAndWhatChanged() {
        StrategicPlan stored = stored(List.of(Approval.council(START)));
        PlanVersion edited = Scenario.version(LocalDate.of(2011, 4, 1), List.of(Approval.council(START)), Theme.EDUCATION);
        StrategicPlan changed = withVersions(stored, edited);
        assertThatThrownBy(() -> changed.requireAdoptedVersionsKept(stored))
                .isInstanceOf(IllegalPlanChangeException.class)
                .hasMessage("version 1 of plan jachymov-spsz, adopted on 2011-05-10, was changed in place (needs, priorities):"
                        + " an adopted plan changes only through a new revision");
        assertThat(Rules.standard().changesInPlace(stored, changed)).extracting(f -> f.code().id())
                .containsExactly("plan-approval.changed-in-place");
    }

    @Test
    void anAdoptedVersionWithAnotherDateNamesBothDates() {
        StrategicPlan stored = stored(List.of(Approval.council(START)));
        PlanVersion v1 = stored.latestVersion();
        PlanVersion redated = new PlanVersion(1, RecordedDate.day(LocalDate.of(2011, 4, 2)), v1.summary(), v1.needs(), v1.priorities(), v1.approvals());
        assertThatThrownBy(() -> withVersions(stored, redated).requireAdoptedVersionsKept(stored))
                .isInstanceOf(IllegalPlanChangeException.class)
                .hasMessageContaining("version 1 of plan jachymov-spsz")
                .hasMessageContaining("(date 2011-04-01 is now 2011-04-02)");
    }

    @Test
    void aPlanThatDropsAnAdoptedRevisionIsRefused() {
        StrategicPlan stored = SourcePages.jachymov().plans().get(0);
        PlanVersion v1 = stored.latestVersion();
        PlanVersion v2 = new PlanVersion(2, RecordedDate.day(LocalDate.of(2012, 1, 30)), "Revize plánu", v1.needs(), v1.priorities(),
                List.of(Approval.council(LocalDate.of(2012, 2, 2))));
        StrategicPlan revised = stored.revise(v2);
        assertThatThrownBy(() -> stored.requireAdoptedVersionsKept(revised))
                .isInstanceOf(IllegalPlanChangeException.class)
                .hasMessageStartingWith("version 2 of plan " + stored.id() + ", adopted on 2012-02-02, is missing");
    }

    @Test
    void aRevisionADraftChangeAndTheSamePlanPass() {
        StrategicPlan stored = stored(List.of(Approval.council(START)));
        PlanVersion v1 = stored.latestVersion();
        StrategicPlan revised = stored.revise(new PlanVersion(2, RecordedDate.day(LocalDate.of(2012, 5, 1)), "Revize", v1.needs(), v1.priorities(), List.of()));
        assertThatCode(() -> revised.requireAdoptedVersionsKept(stored)).doesNotThrowAnyException();
        assertThatCode(() -> stored.requireAdoptedVersionsKept(stored)).doesNotThrowAnyException();
        StrategicPlan draft = stored(List.of());
        StrategicPlan redrafted = draft.replaceDraft(Scenario.version(LocalDate.of(2011, 4, 1), List.of(), Theme.EDUCATION));
        assertThatCode(() -> redrafted.requireAdoptedVersionsKept(draft)).doesNotThrowAnyException();
        StrategicPlan revisedDraft = revised.replaceDraft(new PlanVersion(2, RecordedDate.day(LocalDate.of(2012, 5, 2)), "Revize 2",
                v1.needs(), v1.priorities(), List.of()));
        assertThatCode(() -> revisedDraft.requireAdoptedVersionsKept(revised)).doesNotThrowAnyException();
    }
}
