package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import cz.socialinclusion.partnership.group.Theme;
import cz.socialinclusion.partnership.plan.Approval;
import cz.socialinclusion.partnership.plan.PlanId;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.threeten.extra.LocalDateRange;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static cz.socialinclusion.partnership.rules.FindingChecks.findings;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules decide on the range of a recorded date: met when its latest possible day meets the deadline, broken when
 * its earliest possible day cannot, otherwise not recorded (severity UNKNOWN, naming the fact); after the day up
 * to which a dossier is complete nothing is overdue; nothing is reported about days before the founding.
 */
class RecordedPrecisionTest {

    /** The groups of {@link Scenario} were formed on 15 September 2010: a plan is due by 15 September 2011. */
    private static final LocalDate DEADLINE = LocalDate.of(2011, 9, 15);

    /** Scenario's partnership with one plan for 2011–2013, its first version drafted on 1 October 2010 and adopted {@code adoption}. */
    private static Dossier adopted(RecordedDate adoption) {
        PlanVersion version = Scenario.version(LocalDate.of(2010, 10, 1), List.of(Approval.council(adoption)),
                Theme.HOUSING, Theme.EDUCATION, Theme.FAMILY);
        return Scenario.dossier().withPlan(StrategicPlan.of(PlanId.of("spsz"), Scenario.ID, "Strategický plán Jáchymov 2011–2013",
                LocalDateRange.of(LocalDate.of(2011, 1, 1), LocalDate.of(2014, 1, 1)), version));
    }

    @ParameterizedTest(name = "adopted {0}: {1}")
    @CsvSource({
            "2011-08, met", "2011-09, not recorded", "2011-10, late",
            "2011-Q2, met", "2011-Q3, not recorded", "2011-Q4, late",
            "2011-H1, met", "2011-H2, not recorded", "2012-H1, late",
            "2010, met", "2011, not recorded", "2012, late",
            "2011-09-01/2011-09-15, met", "2011-09-10/2011-09-20, not recorded", "2011-09-16/2011-09-30, late",
            "../2011-09-15, met", "../2011-09-16, not recorded",
            "2011-09-15, met", "2011-09-16, late",
            "not-recorded, not recorded"})
    void anAdoptionKnownToADayAMonthAQuarterAHalfYearAYearOrARangeMeetsTheDeadlineMissesItOrCannotTell(String adoption, String outcome) {
        RecordedDate day = RecordedDate.parse(adoption);
        List<Finding> found = findings(RuleId.PLANNING_DEADLINE, adopted(day), LocalDate.of(2012, 12, 31));
        switch (outcome) {
            case "met" -> assertThat(found).isEmpty();
            case "late" -> assertThat(found).singleElement().satisfies(f -> {
                assertThat(f.code()).isEqualTo(PlanningDeadlineRule.Code.ADOPTED_LATE);
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.arguments()).containsExactly(day, java.time.temporal.ChronoUnit.DAYS.between(DEADLINE, day.earliest()), DEADLINE);
            });
            default -> assertThat(found).singleElement().satisfies(f -> {
                assertThat(f.code().id()).isEqualTo("planning-deadline.not-recorded");
                assertThat(f.severity()).isEqualTo(Severity.UNKNOWN);
                assertThat(f.arguments()).containsExactly("plans[spsz].versions[0].approvals[0]", day, DEADLINE);
                assertThat(f.message()).isEqualTo("plans[spsz].versions[0].approvals[0] is recorded as " + adoption
                        + ": the record cannot tell whether a strategic plan was adopted by 2011-09-15.");
                assertThat(f.message(Locale.forLanguageTag("cs"))).isEqualTo("plans[spsz].versions[0].approvals[0] je zaznamenáno jako "
                        + adoption + ": ze záznamu nelze určit, zda byl strategický plán přijat do 2011-09-15.");
            });
        }
    }

    @ParameterizedTest(name = "adopted {0}, as of {1}: {2}")
    @CsvSource({
            "2011-09, 2011-08-31, days-left", "2011-09, 2011-09-20, not-recorded", "2011-09, 2011-10-01, not-recorded",
            "2011-Q4, 2011-09-15, days-left", "2011-Q4, 2011-10-01, not-recorded", "2011-Q4, 2012-01-01, adopted-late"})
    void onADayWithinTheAdoptionsRangeTheRecordCannotTellWhetherThePlanWasAdoptedYet(String adoption, LocalDate asOf, String code) {
        assertThat(findings(RuleId.PLANNING_DEADLINE, adopted(RecordedDate.parse(adoption)), asOf)).singleElement()
                .satisfies(f -> assertThat(f.code().id()).isEqualTo("planning-deadline." + code));
    }

    @Test
    void aReviewCountedFromAMonthPreciseAdoptionIsDueWithinAMonth() {
        Dossier dossier = adopted(RecordedDate.parse("2011-02"));
        assertThat(findings(RuleId.REVIEW_CYCLE, dossier, LocalDate.of(2012, 2, 1))).singleElement().satisfies(f -> {
            assertThat(f.code().id()).isEqualTo("review-cycle.next");
            assertThat(f.due()).isEqualTo(LocalDate.of(2012, 2, 1));
        });
        assertThat(findings(RuleId.REVIEW_CYCLE, dossier, LocalDate.of(2012, 2, 15))).singleElement().satisfies(f -> {
            assertThat(f.code().id()).isEqualTo("review-cycle.not-recorded");
            assertThat(f.arguments()).containsExactly("plans[spsz].versions[0].approvals[0]", RecordedDate.parse("2011-02"), LocalDate.of(2012, 2, 1));
        });
        assertThat(findings(RuleId.REVIEW_CYCLE, dossier, LocalDate.of(2012, 3, 1))).singleElement().satisfies(f -> {
            assertThat(f.code().id()).isEqualTo("review-cycle.overdue");
            assertThat(f.arguments()).containsExactly(PlanId.of("spsz"), LocalDate.of(2012, 2, 28), 2L); // 28 February 2011 plus 12 months
        });
        assertThat(ReviewCycleRule.nextReviewDue(dossier.plans().get(0), RulePolicy.DEFAULT, LocalDate.of(2012, 3, 1)))
                .contains(LocalDate.of(2012, 2, 1));
    }

    @Test
    void aPlanAdoptedOnADayNotRecordedIsAdoptedWhileItRuns() {
        Dossier dossier = adopted(RecordedDate.notRecorded());
        for (LocalDate day : List.of(LocalDate.of(2011, 1, 1), LocalDate.of(2012, 6, 30), LocalDate.of(2013, 12, 31))) {
            assertThat(findings(RuleId.PLAN_APPROVAL, dossier, day)).as(day.toString()).isEmpty();
        }
        assertThat(findings(RuleId.PLAN_APPROVAL, Scenario.dossier().withPlan(Scenario.plan("spsz", LocalDate.of(2011, 1, 1), null,
                Theme.HOUSING)), LocalDate.of(2011, 1, 1))).singleElement()
                .satisfies(f -> assertThat(f.code()).isEqualTo(PlanApprovalRule.Code.NOT_ADOPTED));
    }

    @Test
    void afterTheDayTheDossierIsCompleteUntilAMissingReviewIsNotRecordedNotOverdue() {
        Dossier jachymov = SourcePages.jachymov().withRecordedUntil(null);
        Dossier writtenIn2011 = jachymov.withRecordedUntil(LocalDate.of(2011, 6, 30));
        LocalDate day = LocalDate.of(2013, 1, 15);
        assertThat(findings(RuleId.REVIEW_CYCLE, jachymov, day)).extracting(f -> f.code().id()).containsExactly("review-cycle.overdue");
        assertThat(findings(RuleId.REVIEW_CYCLE, writtenIn2011, day)).singleElement().satisfies(f -> {
            assertThat(f.code().id()).isEqualTo("review-cycle.not-recorded");
            assertThat(f.severity()).isEqualTo(Severity.UNKNOWN);
            assertThat(f.arguments()).containsExactly("recordedUntil", RecordedDate.day(LocalDate.of(2011, 6, 30)), LocalDate.of(2012, 2, 9));
        });
        assertThat(Rules.standard().evaluate(writtenIn2011, day).findings())
                .noneMatch(f -> f.severity() == Severity.ERROR && (f.due() == null || f.due().isAfter(LocalDate.of(2011, 6, 30))));
        assertThat(findings(RuleId.REVIEW_CYCLE, writtenIn2011, LocalDate.of(2011, 6, 30))).singleElement()
                .satisfies(f -> assertThat(f.code().id()).isEqualTo("review-cycle.next"));
    }

    @Test
    void nothingIsReportedAboutADayBeforeTheFounding() {
        Dossier jachymov = SourcePages.jachymov();
        LocalDate founded = jachymov.partnership().founded();
        assertThat(Rules.standard().evaluate(jachymov, founded.minusDays(1)).findings()).isEmpty();
        assertThat(findings(RuleId.MEMBERSHIP, jachymov, LocalDate.of(2010, 1, 1))).isEmpty();
        assertThat(findings(RuleId.MEMBERSHIP, jachymov, founded)).extracting(f -> f.code().id())
                .containsExactly("membership.agency-not-listed");
    }

    @Test
    void completenessNamesForEachRuleTheFactsItLacks() {
        Completeness record = Rules.standard().completeness(adopted(RecordedDate.parse("2011-09")), LocalDate.of(2012, 12, 31));
        assertThat(record.isComplete()).isFalse();
        assertThat(record.lacking().keySet()).containsExactlyElementsOf(Rules.standard().ids());
        assertThat(record.lacking(RuleId.PLANNING_DEADLINE)).singleElement()
                .satisfies(f -> assertThat(f.arguments().get(0)).isEqualTo("plans[spsz].versions[0].approvals[0]"));
        assertThat(record.lacking(RuleId.MEMBERSHIP)).isEmpty();
        assertThat(Rules.standard().completeness(adopted(RecordedDate.parse("2011-08")), LocalDate.of(2012, 12, 31)).lacking(RuleId.PLANNING_DEADLINE))
                .isEmpty();
    }
}
