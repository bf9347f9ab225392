package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import cz.socialinclusion.partnership.group.Theme;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import cz.socialinclusion.partnership.plan.PlanId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static cz.socialinclusion.partnership.rules.FindingChecks.isFinding;
import static cz.socialinclusion.partnership.rules.FindingChecks.findings;
import static org.assertj.core.api.Assertions.assertThat;

class ReviewCycleRuleTest {

    /** Jáchymov's dossier as if the partnership kept it up to date, not only until its page was written. */
    private static final Dossier KEPT_UP_TO_DATE = SourcePages.jachymov().withRecordedUntil(null);

    private static final LocalDate ADOPTED = LocalDate.of(2011, 2, 9);
    private static final LocalDate DUE = LocalDate.of(2012, 2, 9);

    @Test
    void jachymovsFirstReviewIsDueBy9February2012() {
        assertThat(findings(RuleId.REVIEW_CYCLE, KEPT_UP_TO_DATE, ADOPTED)).singleElement().satisfies(f -> {
            assertThat(f.code().id()).isEqualTo("review-cycle.next");
            assertThat(f.due()).isEqualTo(DUE);
            assertThat(f.message()).isEqualTo("Plan jachymov-spsz-2011 is due for review by 2012-02-09: 365 days left.");
        });
    }

    @Test
    void onTheDueDayTheReviewIsStillAheadAndTheDayAfterItIsOverdue() {
        assertThat(findings(RuleId.REVIEW_CYCLE, KEPT_UP_TO_DATE, DUE)).extracting(f -> f.code().id()).containsExactly("review-cycle.next");
        assertThat(findings(RuleId.REVIEW_CYCLE, KEPT_UP_TO_DATE, DUE.plusDays(1))).singleElement().satisfies(f -> {
            assertThat(f.code().id()).isEqualTo("review-cycle.overdue");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.arguments()).containsExactly(PlanId.of("jachymov-spsz-2011"), LocalDate.of(2012, 2, 9), 1L);
            assertThat(f.argumentTexts()).containsExactly("jachymov-spsz-2011", "2012-02-09", "1");
        });
    }

    @Test
    void aRevisionResetsTheClock() {
        StrategicPlan plan = KEPT_UP_TO_DATE.plans().get(0);
        PlanVersion v1 = plan.latestVersion();
        StrategicPlan revised = plan.revise(new PlanVersion(2, RecordedDate.day(LocalDate.of(2012, 1, 20)), "Roční revize", v1.needs(), v1.priorities(), List.of()));
        Dossier dossier = KEPT_UP_TO_DATE.withPlan(revised);
        assertThat(findings(RuleId.REVIEW_CYCLE, dossier, DUE.plusDays(1))).singleElement()
                .satisfies(f -> assertThat(f.due()).isEqualTo(LocalDate.of(2013, 1, 20)));
    }

    @Test
    void aLateRevisionIsReportedAsLate() {
        StrategicPlan plan = KEPT_UP_TO_DATE.plans().get(0);
        PlanVersion v1 = plan.latestVersion();
        StrategicPlan revised = plan.revise(new PlanVersion(2, RecordedDate.day(LocalDate.of(2012, 3, 1)), "Revize", v1.needs(), v1.priorities(), List.of()));
        assertThat(findings(RuleId.REVIEW_CYCLE, KEPT_UP_TO_DATE.withPlan(revised), LocalDate.of(2012, 3, 1)))
                .extracting(f -> f.code().id()).containsExactly("review-cycle.late", "review-cycle.next");
    }

    @Test
    void noReviewIsDueAfterThePlanPeriodEnds() {
        Dossier dossier = Scenario.dossier().withPlan(Scenario.plan("spsz", LocalDate.of(2011, 1, 1), LocalDate.of(2011, 1, 1), Theme.HOUSING));
        assertThat(findings(RuleId.REVIEW_CYCLE, dossier, LocalDate.of(2013, 6, 1))).extracting(f -> f.code().id()).containsExactly("review-cycle.overdue");
        Rules twoYears = Rules.of(RulePolicy.DEFAULT.withReviewInterval(Period.ofYears(4)));
        assertThat(twoYears.evaluate(dossier, LocalDate.of(2013, 6, 1)).of(RuleId.REVIEW_CYCLE)).isEmpty();
    }

    @Test
    void aReviewMissedBeforeThePlanEndedIsAWarningNotARunningOverdue() {
        assertThat(findings(RuleId.REVIEW_CYCLE, KEPT_UP_TO_DATE, LocalDate.of(2014, 2, 8))).extracting(f -> f.code().id())
                .containsExactly("review-cycle.overdue");
        assertThat(findings(RuleId.REVIEW_CYCLE, KEPT_UP_TO_DATE, LocalDate.of(2014, 2, 9))).singleElement()
                .satisfies(isFinding("review-cycle.missed", Severity.WARNING,
                        "The review of plan jachymov-spsz-2011 due by 2012-02-09 was not made before the plan ended on 2014-02-08."));
    }

    @Test
    void aPlanNotYetAdoptedHasNoReview() {
        assertThat(findings(RuleId.REVIEW_CYCLE, KEPT_UP_TO_DATE, ADOPTED.minusDays(1))).isEmpty();
        assertThat(findings(RuleId.REVIEW_CYCLE, SourcePages.cheb(), LocalDate.of(2010, 12, 31))).isEmpty();
        // Cheb's plan was adopted on a day its page does not give: whether it was reviewed cannot be told
        assertThat(findings(RuleId.REVIEW_CYCLE, SourcePages.cheb(), LocalDate.of(2011, 6, 1))).singleElement()
                .satisfies(f -> assertThat(f.code().id()).isEqualTo("review-cycle.not-recorded"));
    }
}
