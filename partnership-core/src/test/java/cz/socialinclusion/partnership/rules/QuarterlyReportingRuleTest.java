package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.Partnership;
import cz.socialinclusion.partnership.intervention.Intervention;
import cz.socialinclusion.partnership.meeting.Meeting;
import org.junit.jupiter.api.Test;
import org.threeten.extra.YearQuarter;

import java.time.LocalDate;
import java.util.List;

import static cz.socialinclusion.partnership.rules.FindingChecks.isFinding;
import static cz.socialinclusion.partnership.rules.Scenario.EDUCATION;
import static cz.socialinclusion.partnership.rules.Scenario.HOUSING;
import static org.assertj.core.api.Assertions.assertThat;

/** Groups formed on 15 September 2010 (2010-Q3) first report for 2010-Q4, due by 31 December 2010. */
class QuarterlyReportingRuleTest {

    private static final YearQuarter Q4 = YearQuarter.of(2010, 4);
    private static final LocalDate Q4_DUE = LocalDate.of(2010, 12, 31);

    private static List<Finding> findings(Rules rules, Partnership partnership, LocalDate asOf) {
        return rules.evaluate(Dossier.of(partnership), asOf).of(RuleId.QUARTERLY_REPORTING);
    }

    private static List<Finding> findings(Partnership partnership, LocalDate asOf) {
        return findings(Rules.standard(), partnership, asOf);
    }

    private static Partnership with(Meeting... meetings) {
        Partnership p = Scenario.partnership();
        for (Meeting m : meetings) {
            p = p.withMeeting(m);
        }
        return p;
    }

    @Test
    void theQuarterInWhichTheGroupsWereFormedIsNotDue() {
        assertThat(findings(Scenario.partnership(), LocalDate.of(2010, 9, 30))).isEmpty();
    }

    @Test
    void theCurrentQuarterIsUpcomingOnItsLastDayAndMissingTheDayAfter() {
        assertThat(findings(Scenario.partnership(), Q4_DUE)).singleElement().satisfies(f -> {
            assertThat(f.code().id()).isEqualTo("quarterly-reporting.meeting-upcoming");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.quarter()).isEqualTo(Q4);
            assertThat(f.due()).isEqualTo(Q4_DUE);
        });
        assertThat(findings(Scenario.partnership(), Q4_DUE.plusDays(1))).extracting(f -> f.code().id(), Finding::quarter)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("quarterly-reporting.meeting-missing", Q4),
                        org.assertj.core.groups.Tuple.tuple("quarterly-reporting.meeting-upcoming", YearQuarter.of(2011, 1)));
        assertThat(findings(Scenario.partnership(), Q4_DUE.plusDays(1)).get(0).message())
                .isEqualTo("No partnership meeting was held in 2010-Q4 (due by 2010-12-31).");
    }

    @Test
    void aMeetingWithEveryGroupsReportSatisfiesTheQuarter() {
        Partnership p = with(Scenario.meeting("lp-1", LocalDate.of(2010, 11, 30), HOUSING, EDUCATION));
        assertThat(findings(p, Q4_DUE.plusDays(1))).extracting(Finding::quarter).containsOnly(YearQuarter.of(2011, 1));
    }

    @Test
    void aGroupThatDidNotReportIsMissingAfterTheDueDay() {
        Partnership p = with(Scenario.meeting("lp-1", LocalDate.of(2010, 11, 30), HOUSING));
        assertThat(findings(p, Q4_DUE)).singleElement().satisfies(f -> {
            assertThat(f.code().id()).isEqualTo("quarterly-reporting.report-upcoming");
            assertThat(f.subject()).isEqualTo(Subject.of(SubjectKind.WORKING_GROUP, EDUCATION));
        });
        assertThat(findings(p, Q4_DUE.plusDays(1))).first()
                .satisfies(isFinding("quarterly-reporting.report-missing", Severity.WARNING,
                        "Working group Vzdělávání presented no report for 2010-Q4 at a partnership meeting (due by 2010-12-31)."));
    }

    @Test
    void aReportPresentedInAnotherQuarterDoesNotCount() {
        Partnership p = with(Scenario.meeting("lp-1", LocalDate.of(2011, 1, 3), HOUSING, EDUCATION));
        assertThat(findings(p, LocalDate.of(2011, 1, 4))).extracting(f -> f.code().id())
                .containsExactly("quarterly-reporting.meeting-missing");
    }

    @Test
    void graceDaysMoveTheDueDay() {
        Rules grace = Rules.of(RulePolicy.DEFAULT.withReportingGraceDays(15));
        assertThat(findings(grace, Scenario.partnership(), LocalDate.of(2011, 1, 15))).extracting(f -> f.code().id())
                .containsExactly("quarterly-reporting.meeting-upcoming", "quarterly-reporting.meeting-upcoming");
        assertThat(findings(grace, Scenario.partnership(), LocalDate.of(2011, 1, 16))).extracting(f -> f.code().id())
                .containsExactly("quarterly-reporting.meeting-missing", "quarterly-reporting.meeting-upcoming");
    }

    @Test
    void nothingIsDueAfterTheInterventionEnds() {
        Partnership p = Scenario.partnership().withIntervention(Intervention.startingOn(LocalDate.of(2008, 7, 1)));
        List<Finding> findings = findings(p, LocalDate.of(2015, 1, 1));
        assertThat(findings).extracting(Finding::quarter).last().isEqualTo(YearQuarter.of(2011, 2));
        assertThat(findings).hasSize(3);
    }

    @Test
    void theActivePeriodIsConfigurable() {
        Partnership p = Scenario.partnership().withIntervention(Intervention.startingOn(LocalDate.of(2008, 7, 1)));
        Rules open = Rules.of(RulePolicy.DEFAULT.withActiveUntil(ActiveUntil.OPEN_ENDED));
        assertThat(findings(open, p, LocalDate.of(2012, 1, 1))).extracting(Finding::quarter).last()
                .isEqualTo(YearQuarter.of(2012, 1));
    }

    @Test
    void projectsGroupsDoNotReportAndGroupsFormedLaterStartLater() {
        Partnership p = Scenario.partnership().withWorkingGroup(
                Scenario.partnership().workingGroup(EDUCATION).orElseThrow().withFormed(RecordedDate.day(LocalDate.of(2011, 2, 1))));
        p = p.withMeeting(Scenario.meeting("lp-1", LocalDate.of(2010, 12, 1), HOUSING));
        assertThat(findings(p, LocalDate.of(2011, 1, 1))).extracting(f -> f.code().id()).containsExactly("quarterly-reporting.meeting-upcoming");
    }
}
