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
                tuple(LocalDate.of(2012, 2, 9), DeadlineKind.PLAN_REVIEW, DeadlineStatus.NOT_RECORDED),
                tuple(LocalDate.of(2013, 2, 9), DeadlineKind.PLAN_REVIEW, DeadlineStatus.UPCOMING),
                tuple(LocalDate.of(2014, 2, 8), DeadlineKind.PLAN_PERIOD_END, DeadlineStatus.UPCOMING));
    }

    /**
     * The pages of Jáchymov and Kutná Hora were written in 2011: a review due in 2012 is after the day their records
     * are complete to, so the schedule says "not recorded", never "overdue", and the findings say the same of it.
     * Kept up to date to the end of 2013 with no revision, the same review is overdue.
     */
    @Test
    void aReviewDueAfterTheRecordEndsIsNotRecordedInTheScheduleAndTheFindingsAlike() {
        LocalDate asOf = LocalDate.of(2012, 8, 1);
        for (Dossier dossier : List.of(SourcePages.jachymov(), SourcePages.kutnaHora())) {
            Schedule schedule = Rules.standard().schedule(dossier, LocalDate.of(2011, 1, 1), asOf, asOf);
            List<Deadline> reviews = schedule.deadlines().stream().filter(d -> d.kind() == DeadlineKind.PLAN_REVIEW).toList();
            assertThat(reviews).as(dossier.partnership().name()).singleElement().satisfies(d -> {
                assertThat(d.status()).isEqualTo(DeadlineStatus.NOT_RECORDED);
                assertThat(d.due()).isAfter(dossier.recordedUntil());
            });
            Report report = Rules.standard().evaluate(dossier, asOf);
            assertThat(report.of(RuleId.REVIEW_CYCLE)).as(dossier.partnership().name()).singleElement().satisfies(f -> {
                assertThat(f.code().id()).isEqualTo("review-cycle.not-recorded");
                assertThat(f.due()).isEqualTo(reviews.get(0).due());
            });
            assertThat(schedule.deadlines()).noneMatch(d -> d.status() == DeadlineStatus.OVERDUE);
        }
        Dossier kept = new Dossier(SourcePages.jachymov().partnership(), SourcePages.jachymov().plans(), List.of(),
                LocalDate.of(2013, 12, 31));
        assertThat(Rules.standard().schedule(kept, LocalDate.of(2011, 1, 1), asOf, asOf).deadlines())
                .filteredOn(d -> d.kind() == DeadlineKind.PLAN_REVIEW).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo(DeadlineStatus.OVERDUE));
    }

    /** Kutná Hora's groups were formed "during August" 2010: its planning deadline falls in August 2011, a range. */
    @Test
    void aDeadlineCountedFromAMonthIsNotRecordedWithinThatMonthAndDoneOnceThePlanIsAdopted() {
        Dossier kutnaHora = SourcePages.kutnaHora();
        Dossier withoutPlan = new Dossier(kutnaHora.partnership(), List.of(), List.of(), null);
        for (int day : new int[] {1, 15, 31}) {
            LocalDate asOf = LocalDate.of(2011, 8, day);
            assertThat(Rules.standard().schedule(withoutPlan, LocalDate.of(2011, 1, 1), asOf.plusYears(1), asOf).deadlines())
                    .filteredOn(d -> d.kind() == DeadlineKind.PLANNING_DEADLINE).singleElement()
                    .satisfies(d -> assertThat(d.status()).isEqualTo(day == 1 ? DeadlineStatus.UPCOMING : DeadlineStatus.NOT_RECORDED));
        }
        LocalDate september = LocalDate.of(2011, 9, 1);
        assertThat(Rules.standard().schedule(withoutPlan, LocalDate.of(2011, 1, 1), september.plusYears(1), september).deadlines())
                .filteredOn(d -> d.kind() == DeadlineKind.PLANNING_DEADLINE).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo(DeadlineStatus.OVERDUE));
        assertThat(Rules.standard().schedule(kutnaHora, LocalDate.of(2011, 1, 1), september.plusYears(1), september).deadlines())
                .filteredOn(d -> d.kind() == DeadlineKind.PLANNING_DEADLINE).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo(DeadlineStatus.DONE));
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
