package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import org.junit.jupiter.api.Test;
import org.threeten.extra.YearQuarter;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

class ScheduleTest {

    @Test
    void jachymovsReviewsFallDueYearlyUntilThePlanEnds() {
        Schedule schedule = Rules.standard().schedule(SourcePages.jachymov(), LocalDate.of(2011, 1, 1),
                LocalDate.of(2015, 12, 31), LocalDate.of(2012, 3, 1));
        assertThat(schedule.deadlines()).extracting(Deadline::due, Deadline::kind, Deadline::status).containsExactly(
                tuple(LocalDate.of(2012, 2, 9), DeadlineKind.PLAN_REVIEW, DeadlineStatus.OVERDUE),
                tuple(LocalDate.of(2013, 2, 9), DeadlineKind.PLAN_REVIEW, DeadlineStatus.UPCOMING),
                tuple(LocalDate.of(2014, 2, 8), DeadlineKind.PLAN_PERIOD_END, DeadlineStatus.UPCOMING));
    }

    @Test
    void aRevisionMarksItsReviewDoneAndStartsTheNextYear() {
        StrategicPlan plan = SourcePages.jachymov().plans().get(0);
        PlanVersion v1 = plan.latestVersion();
        Dossier revised = SourcePages.jachymov().withPlan(
                plan.revise(new PlanVersion(2, RecordedDate.day(LocalDate.of(2012, 1, 30)), "Revize", v1.needs(), v1.priorities(), List.of())));
        Schedule schedule = Rules.standard().schedule(revised, LocalDate.of(2011, 1, 1), LocalDate.of(2013, 12, 31),
                LocalDate.of(2012, 3, 1));
        assertThat(schedule.deadlines()).extracting(Deadline::due, Deadline::status).containsExactly(
                tuple(LocalDate.of(2012, 2, 9), DeadlineStatus.DONE),
                tuple(LocalDate.of(2013, 1, 30), DeadlineStatus.UPCOMING));
    }

    @Test
    void chebsScheduleShowsTheInterventionsEndAndThePlansEnd() {
        Schedule schedule = Rules.standard().schedule(SourcePages.cheb(), LocalDate.of(2012, 1, 1),
                LocalDate.of(2013, 12, 31), LocalDate.of(2012, 7, 1));
        assertThat(schedule.deadlines()).extracting(Deadline::kind, Deadline::due).containsExactly(
                tuple(DeadlineKind.INTERVENTION_END, LocalDate.of(2012, 12, 31)),
                tuple(DeadlineKind.PLAN_PERIOD_END, LocalDate.of(2012, 12, 31)));
        assertThat(schedule.withStatus(DeadlineStatus.UPCOMING)).hasSize(2);
    }

    @Test
    void quarterlyMeetingsAreDoneUpcomingOrOverdueAndTheWindowIsInclusive() {
        Dossier dossier = Dossier.of(Scenario.partnership()
                .withMeeting(Scenario.meeting("lp-1", LocalDate.of(2010, 11, 30), Scenario.HOUSING, Scenario.EDUCATION))
                .withMeeting(Scenario.meeting("lp-2", LocalDate.of(2011, 2, 1), Scenario.HOUSING)));
        Schedule schedule = Rules.standard().schedule(dossier, LocalDate.of(2010, 12, 31), LocalDate.of(2011, 9, 30),
                LocalDate.of(2011, 4, 1));
        assertThat(schedule.deadlines()).filteredOn(d -> d.kind() == DeadlineKind.QUARTERLY_MEETING)
                .extracting(Deadline::quarter, Deadline::status).containsExactly(
                        tuple(YearQuarter.of(2010, 4), DeadlineStatus.DONE),
                        tuple(YearQuarter.of(2011, 1), DeadlineStatus.OVERDUE),
                        tuple(YearQuarter.of(2011, 2), DeadlineStatus.UPCOMING),
                        tuple(YearQuarter.of(2011, 3), DeadlineStatus.UPCOMING));
        assertThat(schedule.deadlines()).extracting(Deadline::kind).contains(DeadlineKind.PLANNING_DEADLINE);
        assertThat(schedule.deadlines()).isSortedAccordingTo(Comparator.comparing(Deadline::due));
    }

    @Test
    void aWindowEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> Rules.standard().schedule(SourcePages.cheb(), LocalDate.of(2012, 1, 2),
                LocalDate.of(2012, 1, 1), LocalDate.of(2012, 1, 1)))
                .isInstanceOf(cz.socialinclusion.partnership.base.InvalidValueException.class)
                .hasMessage("to 2012-01-01 is before from 2012-01-02");
    }
}
