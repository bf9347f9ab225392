package cz.socialinclusion.partnership;

import cz.socialinclusion.partnership.base.Answer;
import cz.socialinclusion.partnership.base.InvalidValueException;
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
import org.threeten.extra.LocalDateRange;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

        assertThat(version.isAdoptedOn(LocalDate.of(2010, 12, 31))).isEqualTo(Answer.NO);
        assertThat(version.isAdoptedOn(LocalDate.of(2011, 3, 1))).isEqualTo(Answer.UNDECIDED);
        assertThat(version.isAdoptedOn(LocalDate.of(2011, 6, 30))).isEqualTo(Answer.YES);
        assertThat(plan.isInForceOn(LocalDate.of(2011, 3, 1))).isEqualTo(Answer.UNDECIDED);
        assertThat(plan.isInForceOn(LocalDate.of(2011, 7, 1))).isEqualTo(Answer.YES);
        assertThat(plan.isInForceOn(LocalDate.of(2014, 1, 1))).isEqualTo(Answer.NO);
        assertThat(plan.adoptedVersionOn(LocalDate.of(2011, 3, 1))).isEmpty();
        assertThat(plan.adoptedVersionOn(LocalDate.of(2011, 7, 1))).contains(version);
        assertThat(plan.firstAdoption()).contains(RecordedDate.halfYear(2011, 1));

        Dossier dossier = new Dossier(kutnaHora().build(), List.of(plan), List.of());
        assertThat(dossier.planInForceOn(LocalDate.of(2011, 3, 1))).isEmpty();
        assertThat(dossier.planInForceOn(LocalDate.of(2011, 7, 1))).contains(plan);
        assertThat(dossier.stageOn(LocalDate.of(2011, 3, 1))).isEqualTo(Stage.PLANNING);
        assertThat(dossier.stageOn(LocalDate.of(2011, 7, 1))).isEqualTo(Stage.IMPLEMENTING);
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

        assertThatThrownBy(() -> version(february, List.of(Approval.council(LocalDate.of(2010, 1, 31)))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("approvals: COUNCIL on 2010-01-31 is before version 1 dated 2010-02")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("approvals");
    }

    @Test
    void aRevisionCertainlyBeforeThePreviousVersionIsRefusedAndOneInTheSameMonthIsAccepted() {
        StrategicPlan plan = plan(version(RecordedDate.month(YearMonth.of(2010, 12)), List.of()));
        PlanVersion sameMonth = new PlanVersion(2, RecordedDate.day(LocalDate.of(2010, 12, 1)), "Revize", List.of(),
                List.of(), List.of());
        assertThat(plan.revise(sameMonth).versions()).hasSize(2);

        PlanVersion earlier = new PlanVersion(2, RecordedDate.day(LocalDate.of(2010, 11, 30)), "Revize", List.of(),
                List.of(), List.of());
        assertThatThrownBy(() -> plan.revise(earlier))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("versions[1].date 2010-11-30 of plan kh-plan is before the previous version's date 2010-12")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("versions[1].date");
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
        assertThatThrownBy(() -> kutnaHora().workingGroupsFormed(RecordedDate.month(YearMonth.of(2010, 5))).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("workingGroupsFormed 2010-05 is before the founding on 2010-06-11")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("workingGroupsFormed");
        assertThatThrownBy(() -> kutnaHora().workingGroup(housing.withFormed(RecordedDate.year(2009))).build())
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("workingGroups[kh-bydleni].formed");
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
    void anInterventionStartingInAHalfYearEndsWithinARangeAndRunsUndecidedAtItsEdges() {
        Intervention intervention = Intervention.startingOn(RecordedDate.halfYear(2008, 2));

        assertThat(intervention.plannedEnd()).isEqualTo(RecordedDate.between(LocalDate.of(2011, 6, 30), LocalDate.of(2011, 12, 30)));
        assertThat(intervention.end()).isEqualTo(intervention.plannedEnd());
        assertThat(intervention.isRunningOn(LocalDate.of(2008, 6, 30))).isEqualTo(Answer.NO);
        assertThat(intervention.isRunningOn(LocalDate.of(2008, 9, 1))).isEqualTo(Answer.UNDECIDED);
        assertThat(intervention.isRunningOn(LocalDate.of(2010, 1, 1))).isEqualTo(Answer.YES);
        assertThat(intervention.isRunningOn(LocalDate.of(2011, 9, 1))).isEqualTo(Answer.UNDECIDED);
        assertThat(intervention.isRunningOn(LocalDate.of(2011, 12, 31))).isEqualTo(Answer.NO);
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
        assertThatThrownBy(() -> started.extend(RecordedDate.year(2007), LocalDate.of(2012, 12, 31), "prodloužení"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("extensions[0].decided 2007 is before the start 2008")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("extensions[0].decided");
        // The planned end is 2010-12-31 to 2011-12-30: a new end inside it may be later, one before it is not.
        assertThat(started.extend(RecordedDate.year(2010), LocalDate.of(2011, 6, 30), "prodloužení").extensions()).hasSize(1);
        assertThatThrownBy(() -> started.extend(RecordedDate.year(2010), LocalDate.of(2010, 12, 30), "prodloužení"))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("extensions[0].newEnd");
        assertThatThrownBy(() -> new Extension(RecordedDate.month(YearMonth.of(2011, 2)), LocalDate.of(2011, 1, 31), "prodloužení"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("newEnd 2011-01-31 is before the decision on 2011-02")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("newEnd");
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

        assertThatThrownBy(() -> live.withRecordedUntil(LocalDate.of(2201, 1, 1)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("recordedUntil 2201-01-01 is not between 1900-01-01 and 2200-12-31")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("recordedUntil");
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
