package cz.socialinclusion.partnership;

import cz.socialinclusion.partnership.base.Answer;
import cz.socialinclusion.partnership.base.PartnershipId;
import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.group.Theme;
import cz.socialinclusion.partnership.group.WorkingGroup;
import cz.socialinclusion.partnership.group.WorkingGroupId;
import cz.socialinclusion.partnership.group.WorkingGroupKind;
import cz.socialinclusion.partnership.intervention.Extension;
import cz.socialinclusion.partnership.intervention.Intervention;
import cz.socialinclusion.partnership.plan.Approval;
import cz.socialinclusion.partnership.plan.PlanId;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.threeten.extra.LocalDateRange;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import static cz.socialinclusion.partnership.Refused.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dates the pages give imprecisely, as a host records them: the model keeps each as precise as the page,
 * refuses only what is certainly wrong, and answers questions about a day with yes, no or undecided.
 */
class ImpreciseDatesTest {

    private static final PartnershipId KUTNA_HORA = PartnershipId.of("kutna-hora");
    private static final LocalDate KUTNA_HORA_FOUNDED = LocalDate.of(2010, 6, 11);

    private static StrategicPlan plan(PlanVersion first) {
        return StrategicPlan.of(PlanId.of("kh-plan"), KUTNA_HORA, "Strategický plán sociálního začleňování Kutná Hora",
                LocalDateRange.ofClosed(LocalDate.of(2011, 1, 1), LocalDate.of(2013, 12, 31)), first);
    }

    private static PlanVersion version(RecordedDate date, List<Approval> approvals) {
        return new PlanVersion(1, date, "Původní plán", List.of(), List.of(), approvals);
    }

    private static Partnership.Builder kutnaHora() {
        return Partnership.builder(KUTNA_HORA, "Lokální partnerství Kutná Hora", "Kutná Hora").founded(KUTNA_HORA_FOUNDED);
    }

    @Test
    void anAdoptionDuringTheFirstHalfOf2011IsUndecidedWithinTheHalfYearAndCertainAfterIt() {
        // "Strategický plán … byl schválen zastupitelstvem během první poloviny roku 2011"
        PlanVersion version = version(RecordedDate.month(YearMonth.of(2010, 12)),
                List.of(Approval.council(RecordedDate.halfYear(2011, 1))));
        StrategicPlan plan = plan(version);

        assertThat(plan.adoptedVersionOn(LocalDate.of(2011, 3, 1))).isEmpty();
        assertThat(plan.adoptedVersionOn(LocalDate.of(2011, 7, 1))).contains(version);
        assertThat(plan.firstAdoption()).contains(RecordedDate.halfYear(2011, 1));

        Dossier dossier = new Dossier(kutnaHora().build(), List.of(plan), List.of());
        assertThat(dossier.planInForceOn(LocalDate.of(2011, 3, 1))).isEmpty();
        assertThat(dossier.planInForceOn(LocalDate.of(2011, 7, 1))).contains(plan);
        assertThat(dossier.stageOn(LocalDate.of(2011, 3, 1))).isEqualTo(Stage.PLANNING);
        assertThat(dossier.stageOn(LocalDate.of(2011, 7, 1))).isEqualTo(Stage.IMPLEMENTING);
    }

    @ParameterizedTest(name = "on {0}: adopted {1}, in force {2}")
    @CsvSource({"2010-12-31, NO, NO", "2011-03-01, UNDECIDED, UNDECIDED", "2011-06-30, YES, YES", "2014-01-01, YES, NO"})
    void aPlanAdoptedDuringTheFirstHalfOf2011IsInForceAsFarAsTheRecordTells(LocalDate day, Answer adopted, Answer inForce) {
        PlanVersion version = version(RecordedDate.month(YearMonth.of(2010, 12)),
                List.of(Approval.council(RecordedDate.halfYear(2011, 1))));
        assertThat(version.isAdoptedOn(day)).isEqualTo(adopted);
        assertThat(plan(version).isInForceOn(day)).isEqualTo(inForce);
    }

    @Test
    void anApprovalKnownToHaveBeenGivenOnADayNotRecordedNeverCountsAsCertainlyAdoptedByADay() {
        // Cheb: "Schválením strategického plánu intervence … nekončí" — approved, the day not recorded.
        PlanVersion version = version(RecordedDate.month(YearMonth.of(2010, 2)),
                List.of(Approval.council(RecordedDate.notRecorded())));

        assertThat(version.adoption()).hasValueSatisfying(a -> assertThat(a.date().isRecorded()).isFalse());
        assertThat(version.isAdoptedOn(LocalDate.of(2030, 1, 1))).isEqualTo(Answer.UNDECIDED);
        assertThat(plan(version).firstAdoption()).contains(RecordedDate.notRecorded());
    }

    @Test
    void anApprovalCertainlyBeforeItsVersionIsRefusedAndOneThatMayFollowItIsAccepted() {
        RecordedDate february = RecordedDate.month(YearMonth.of(2010, 2));
        assertThat(version(february, List.of(Approval.board(LocalDate.of(2010, 2, 1)))).boardApproval()).isPresent();
        assertThat(version(february, List.of(Approval.council(RecordedDate.year(2010)))).adoption()).isPresent();

        assertRefused(() -> version(february, List.of(Approval.council(LocalDate.of(2010, 1, 31)))),
                "approvals", "approvals: COUNCIL on 2010-01-31 is before version 1 dated 2010-02");
    }

    @Test
    void aRevisionCertainlyBeforeThePreviousVersionIsRefusedAndOneInTheSameMonthIsAccepted() {
        StrategicPlan plan = plan(version(RecordedDate.month(YearMonth.of(2010, 12)), List.of()));
        PlanVersion sameMonth = new PlanVersion(2, RecordedDate.day(LocalDate.of(2010, 12, 1)), "Revize", List.of(),
                List.of(), List.of());
        assertThat(plan.revise(sameMonth).versions()).hasSize(2);

        PlanVersion earlier = new PlanVersion(2, RecordedDate.day(LocalDate.of(2010, 11, 30)), "Revize", List.of(),
                List.of(), List.of());
        assertRefused(() -> plan.revise(earlier),
                "versions[1].date", "versions[1].date 2010-11-30 of plan kh-plan is before the previous version's date 2010-12");
    }

    @Test
    void workingGroupsFormedDuringAugustAreAcceptedAndAMonthCertainlyBeforeTheFoundingIsRefused() {
        // Kutná Hora: founded 2010-06-11, "Během srpna se … rozdělili do pracovních skupin".
        RecordedDate august = RecordedDate.month(YearMonth.of(2010, 8));
        WorkingGroup housing = WorkingGroup.of(WorkingGroupId.of("kh-bydleni"), "Bydlení", WorkingGroupKind.THEMATIC,
                Set.of(Theme.HOUSING)).withFormed(august);
        Partnership partnership = kutnaHora().workingGroup(housing).workingGroupsFormed(august).build();
        assertThat(partnership.groupsFormedOn()).contains(august);
        assertThat(partnership.formationOf(housing)).contains(august);

        // June 2010 holds the founding day: it may be on or after it, so it is accepted.
        assertThat(kutnaHora().workingGroupsFormed(RecordedDate.month(YearMonth.of(2010, 6))).build().workingGroupsFormed())
                .isEqualTo(RecordedDate.month(YearMonth.of(2010, 6)));
        assertRefused(() -> kutnaHora().workingGroupsFormed(RecordedDate.month(YearMonth.of(2010, 5))).build(),
                "workingGroupsFormed", "workingGroupsFormed 2010-05 is before the founding on 2010-06-11");
        assertRefused(() -> kutnaHora().workingGroup(housing.withFormed(RecordedDate.year(2009))).build(),
                "workingGroups[kh-bydleni].formed");
    }

    @Test
    void theGroupsAreFormedWhenTheEarliestGroupIsAsPreciseAsTheRecordsTogetherTell() {
        WorkingGroup housing = WorkingGroup.of(WorkingGroupId.of("kh-bydleni"), "Bydlení", WorkingGroupKind.THEMATIC,
                Set.of(Theme.HOUSING)).withFormed(RecordedDate.month(YearMonth.of(2010, 8)));
        WorkingGroup employment = WorkingGroup.of(WorkingGroupId.of("kh-zamestnanost"), "Zaměstnanost",
                WorkingGroupKind.THEMATIC, Set.of(Theme.EMPLOYMENT)).withFormed(RecordedDate.day(LocalDate.of(2010, 8, 20)));
        WorkingGroup education = WorkingGroup.of(WorkingGroupId.of("kh-vzdelavani"), "Vzdělávání",
                WorkingGroupKind.THEMATIC, Set.of(Theme.EDUCATION));

        Partnership partnership = kutnaHora().workingGroup(housing).workingGroup(employment).workingGroup(education).build();

        assertThat(partnership.groupsFormedOn()).contains(RecordedDate.between(LocalDate.of(2010, 8, 1), LocalDate.of(2010, 8, 20)));
        assertThat(partnership.formationOf(education)).contains(RecordedDate.between(LocalDate.of(2010, 8, 1), LocalDate.of(2010, 8, 20)));
        assertThat(kutnaHora().build().groupsFormedOn()).isEmpty();
    }

    @Test
    void anInterventionStartingInAHalfYearEndsWithinARange() {
        Intervention intervention = Intervention.startingOn(RecordedDate.halfYear(2008, 2));

        assertThat(intervention.plannedEnd()).isEqualTo(RecordedDate.between(LocalDate.of(2011, 6, 30), LocalDate.of(2011, 12, 30)));
        assertThat(intervention.end()).isEqualTo(intervention.plannedEnd());
    }

    @ParameterizedTest(name = "on {0}: {1}")
    @CsvSource({"2008-06-30, NO", "2008-09-01, UNDECIDED", "2010-01-01, YES", "2011-09-01, UNDECIDED", "2011-12-31, NO"})
    void anInterventionStartingInTheSecondHalfOf2008RunsUndecidedAtItsEdges(LocalDate day, Answer running) {
        assertThat(Intervention.startingOn(RecordedDate.halfYear(2008, 2)).isRunningOn(day)).isEqualTo(running);
    }

    @Test
    void chebsExtensionAtTheBeginningOfFebruary2011CountsOnceItIsCertainlyDecided() {
        // Cheb: "na začátku února 2011 … prodloužení o rok a půl, do konce roku 2012".
        RecordedDate beginningOfFebruary = RecordedDate.between(LocalDate.of(2011, 2, 1), LocalDate.of(2011, 2, 10));
        Intervention intervention = Intervention.startingOn(RecordedDate.month(YearMonth.of(2008, 7)))
                .extend(beginningOfFebruary, LocalDate.of(2012, 12, 31), "prodloužení o rok a půl");

        assertThat(intervention.end()).isEqualTo(RecordedDate.day(LocalDate.of(2012, 12, 31)));
        assertThat(intervention.endBefore(0)).isEqualTo(RecordedDate.between(LocalDate.of(2011, 6, 30), LocalDate.of(2011, 7, 30)));
        assertThat(intervention.endAsKnownOn(LocalDate.of(2011, 2, 5))).isEqualTo(intervention.plannedEnd());
        assertThat(intervention.endAsKnownOn(LocalDate.of(2011, 2, 10))).isEqualTo(RecordedDate.day(LocalDate.of(2012, 12, 31)));
        assertThat(intervention.isRunningOn(LocalDate.of(2012, 12, 31))).isEqualTo(Answer.YES);
        assertThat(intervention.isRunningOn(LocalDate.of(2013, 1, 1))).isEqualTo(Answer.NO);
    }

    @Test
    void anExtensionIsRefusedOnlyWhenItsDatesAreCertainlyOutOfOrder() {
        Intervention started = Intervention.startingOn(RecordedDate.year(2008));

        assertThat(started.extend(RecordedDate.year(2008), LocalDate.of(2012, 12, 31), "prodloužení").extensions()).hasSize(1);
        assertRefused(() -> started.extend(RecordedDate.year(2007), LocalDate.of(2012, 12, 31), "prodloužení"),
                "extensions[0].decided", "extensions[0].decided 2007 is before the start 2008");
        // The planned end is 2010-12-31 to 2011-12-30: a new end inside it may be later, one before it is not.
        assertThat(started.extend(RecordedDate.year(2010), LocalDate.of(2011, 6, 30), "prodloužení").extensions()).hasSize(1);
        assertRefused(() -> started.extend(RecordedDate.year(2010), LocalDate.of(2010, 12, 30), "prodloužení"),
                "extensions[0].newEnd");
        assertRefused(() -> new Extension(RecordedDate.month(YearMonth.of(2011, 2)), LocalDate.of(2011, 1, 31), "prodloužení"),
                "newEnd", "newEnd 2011-01-31 is before the decision on 2011-02");
        assertThat(new Extension(RecordedDate.notRecorded(), LocalDate.of(2011, 1, 31), "prodloužení").decided().isRecorded())
                .isFalse();
    }

    @Test
    void anInterventionWhoseStartIsNotRecordedHasAnEndNotRecordedUntilExtendedToADay() {
        Intervention intervention = new Intervention(RecordedDate.notRecorded(), Period.ofYears(3), List.of());
        assertThat(intervention.plannedEnd()).isEqualTo(RecordedDate.notRecorded());
        assertThat(intervention.isRunningOn(LocalDate.of(2011, 1, 1))).isEqualTo(Answer.UNDECIDED);

        Intervention extended = intervention.extend(RecordedDate.notRecorded(), LocalDate.of(2012, 12, 31), "prodloužení");
        assertThat(extended.end()).isEqualTo(RecordedDate.day(LocalDate.of(2012, 12, 31)));
        assertThat(extended.isRunningOn(LocalDate.of(2013, 1, 1))).isEqualTo(Answer.NO);
    }

    @Test
    void aDossierStatesTheDayUpToWhichItIsCompleteWithinTheModelsRange() {
        Partnership partnership = kutnaHora().build();
        Dossier live = Dossier.of(partnership);
        assertThat(live.recordedUntil()).isNull();

        Dossier fromPages = live.withRecordedUntil(LocalDate.of(2011, 6, 30));
        assertThat(fromPages.recordedUntil()).isEqualTo(LocalDate.of(2011, 6, 30));
        assertThat(fromPages.withPartnership(partnership).recordedUntil()).isEqualTo(LocalDate.of(2011, 6, 30));
        assertThat(fromPages.withPlan(plan(version(RecordedDate.year(2010), List.of()))).recordedUntil())
                .isEqualTo(LocalDate.of(2011, 6, 30));

        assertRefused(() -> live.withRecordedUntil(LocalDate.of(2201, 1, 1)),
                "recordedUntil", "recordedUntil 2201-01-01 is not between 1900-01-01 and 2200-12-31");
    }

    @Test
    void theEarlierOfTwoRecordedDatesKeepsWhatEachTells() {
        RecordedDate august = RecordedDate.month(YearMonth.of(2010, 8));
        RecordedDate day = RecordedDate.day(LocalDate.of(2010, 7, 15));

        assertThat(august.earlierOf(day)).isSameAs(day);
        assertThat(day.earlierOf(august)).isSameAs(day);
        assertThat(RecordedDate.notRecorded().earlierOf(day)).isEqualTo(RecordedDate.onOrBefore(LocalDate.of(2010, 7, 15)));
        assertThat(RecordedDate.notRecorded().earlierOf(RecordedDate.notRecorded())).isEqualTo(RecordedDate.notRecorded());
        assertThat(RecordedDate.spanning(LocalDate.of(2010, 8, 1), LocalDate.of(2010, 8, 1))).isEqualTo(RecordedDate.day(LocalDate.of(2010, 8, 1)));
        assertThat(august.isBefore(RecordedDate.month(YearMonth.of(2010, 9)))).isEqualTo(Answer.YES);
        assertThat(august.isBefore(RecordedDate.day(LocalDate.of(2010, 8, 15)))).isEqualTo(Answer.UNDECIDED);
        assertThat(august.isBefore(RecordedDate.day(LocalDate.of(2010, 8, 1)))).isEqualTo(Answer.NO);
        assertThat(august.isBefore(RecordedDate.notRecorded())).isEqualTo(Answer.UNDECIDED);
    }

    @Test
    void answersCombineAsTheRecordAllows() {
        assertThat(Answer.YES.and(Answer.UNDECIDED)).isEqualTo(Answer.UNDECIDED);
        assertThat(Answer.NO.and(Answer.UNDECIDED)).isEqualTo(Answer.NO);
        assertThat(Answer.YES.and(Answer.YES)).isEqualTo(Answer.YES);
        assertThat(Answer.YES.or(Answer.UNDECIDED)).isEqualTo(Answer.YES);
        assertThat(Answer.NO.or(Answer.UNDECIDED)).isEqualTo(Answer.UNDECIDED);
        assertThat(Answer.NO.or(Answer.NO)).isEqualTo(Answer.NO);
        assertThat(Answer.YES.isYes()).isTrue();
        assertThat(Answer.UNDECIDED.isYes()).isFalse();
    }
}
