package cz.socialinclusion.partnership;

import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.base.Limits;
import cz.socialinclusion.partnership.base.PartnershipId;
import cz.socialinclusion.partnership.plan.IllegalPlanChangeException;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import cz.socialinclusion.partnership.group.Guest;
import cz.socialinclusion.partnership.group.Seat;
import cz.socialinclusion.partnership.group.Theme;
import cz.socialinclusion.partnership.group.WorkingGroup;
import cz.socialinclusion.partnership.group.WorkingGroupId;
import cz.socialinclusion.partnership.group.WorkingGroupKind;
import cz.socialinclusion.partnership.intervention.Intervention;
import cz.socialinclusion.partnership.meeting.GroupReport;
import cz.socialinclusion.partnership.meeting.Meeting;
import cz.socialinclusion.partnership.meeting.MeetingId;
import cz.socialinclusion.partnership.meeting.MeetingKind;
import cz.socialinclusion.partnership.member.Ico;
import cz.socialinclusion.partnership.member.MemberId;
import cz.socialinclusion.partnership.member.NaturalPerson;
import cz.socialinclusion.partnership.member.Organisation;
import cz.socialinclusion.partnership.member.OrganisationKind;
import cz.socialinclusion.partnership.plan.Approval;
import cz.socialinclusion.partnership.plan.Indicator;
import cz.socialinclusion.partnership.plan.IndicatorId;
import cz.socialinclusion.partnership.plan.IndicatorTarget;
import cz.socialinclusion.partnership.plan.Measure;
import cz.socialinclusion.partnership.plan.MeasureId;
import cz.socialinclusion.partnership.plan.Measurement;
import cz.socialinclusion.partnership.plan.Money;
import cz.socialinclusion.partnership.plan.NeedId;
import cz.socialinclusion.partnership.plan.PlanId;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.Priority;
import cz.socialinclusion.partnership.plan.PriorityId;
import cz.socialinclusion.partnership.plan.Resource;
import cz.socialinclusion.partnership.plan.ResourceKind;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import cz.socialinclusion.partnership.project.FundingSource;
import cz.socialinclusion.partnership.project.Project;
import cz.socialinclusion.partnership.project.ProjectId;
import cz.socialinclusion.partnership.project.ProjectStatus;
import cz.socialinclusion.partnership.project.StatusChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Currency;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each invariant of the model refuses a bad value with a message naming the field and the value. */
class InvariantsTest {

    private static final LocalDate D = LocalDate.of(2011, 2, 9);

    @Test
    void aPlanPeriodEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> LocalDateRange.ofClosed(LocalDate.of(2012, 12, 31), LocalDate.of(2010, 1, 1)))
                .isInstanceOf(java.time.DateTimeException.class);
        LocalDateRange empty = LocalDateRange.of(D, D);
        assertThatThrownBy(() -> StrategicPlan.of(PlanId.of("p"), PartnershipId.of("x"), "Plán", empty, version(1, D)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("period " + empty)
                .hasMessageContaining("is empty")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("period");
    }

    @Test
    void aWorkingGroupMemberWhoIsNeitherAPartnershipMemberNorAGuestIsRefused() {
        Partnership jachymov = SourcePages.jachymov().partnership();
        WorkingGroup group = jachymov.workingGroups().get(0).withParticipant(Seat.of(MemberId.of("cizinec")));
        assertThatThrownBy(() -> jachymov.withWorkingGroup(group))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("member cizinec of working group jachymov-ps-vzdelavani is neither a partnership member nor a guest")
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("workingGroups[jachymov-ps-vzdelavani].participants");
    }

    @Test
    void aNamedGuestInAnExpertRoleMaySitInAGroupWithoutBeingAMember() {
        Partnership jachymov = SourcePages.jachymov().partnership();
        WorkingGroup group = jachymov.workingGroups().get(0)
                .withParticipant(new Guest("Jana Nováková", "speciální pedagožka"));
        assertThat(jachymov.withWorkingGroup(group).workingGroups()).contains(group);
    }

    @Test
    void theSameMemberTwiceInAGroupIsRefused() {
        MemberId m = MemberId.of("decin-policie-cr");
        assertThatThrownBy(() -> new WorkingGroup(WorkingGroupId.of("ps"), "Zaměstnanost", WorkingGroupKind.THEMATIC,
                Set.of(Theme.EMPLOYMENT), List.of(Seat.of(m), Seat.of(m)), null, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("participants of working group ps list member decin-policie-cr twice");
    }

    @Test
    void aThematicGroupWithoutThemesIsRefused() {
        assertThatThrownBy(() -> WorkingGroup.of(WorkingGroupId.of("ps"), "Bez oblasti", WorkingGroupKind.THEMATIC, Set.of()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("themes of thematic working group ps");
    }

    @Test
    void anExtensionThatMovesTheEndEarlierIsRefused() {
        Intervention cheb = SourcePages.cheb().partnership().intervention();
        assertThatThrownBy(() -> cheb.extend(LocalDate.of(2012, 1, 10), LocalDate.of(2012, 6, 30), "zkrácení"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("extensions[1].newEnd 2012-06-30 moves the end earlier than 2012-12-31");
    }

    @Test
    void anExtensionDecidedBeforeThePreviousOneIsRefused() {
        Intervention cheb = SourcePages.cheb().partnership().intervention();
        assertThatThrownBy(() -> cheb.extend(LocalDate.of(2010, 1, 10), LocalDate.of(2013, 6, 30), "dříve"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("extensions[1].decided 2010-01-10 is before the previous extension's decision 2011-02-01");
    }

    @Test
    void aNonPositivePlannedLengthIsRefused() {
        assertThatThrownBy(() -> new Intervention(RecordedDate.day(D), Period.ZERO, List.of()))
                .isInstanceOf(InvalidValueException.class).hasMessage("plannedLength P0D must be positive");
    }

    @ParameterizedTest
    @ValueSource(strings = {"25755278", "2575527", "257552770", "2575527x", ""})
    void anInvalidIcoIsRefused(String value) {
        assertThatThrownBy(() -> new Ico(value))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("ico '" + value + "' is not a valid IČO: eight digits with a correct check digit");
    }

    @Test
    void aValidIcoIsAcceptedAndParsedFromItsPrintedForm() {
        assertThat(new Ico("25755277").value()).isEqualTo("25755277");
        assertThat(Ico.parse("257 55 277")).isEqualTo(new Ico("25755277"));
        assertThat(Ico.parse("261912")).isEqualTo(new Ico("00261912"));
        assertThat(Ico.isValid("00261912")).isTrue();
    }

    @Test
    void aBlankNameIsRefusedNamingTheField() {
        assertThatThrownBy(() -> Organisation.of(MemberId.of("m"), "  ", OrganisationKind.NGO))
                .isInstanceOf(InvalidValueException.class).hasMessage("name must not be blank, was '  '");
        assertThatThrownBy(() -> new NaturalPerson(MemberId.of("m"), List.of(), null))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("names must hold at least one name");
    }

    @Test
    void aNameLongerThanTenThousandCharactersIsRefusedButTenThousandIsKept() {
        String longest = "Č".repeat(10_000);
        assertThat(Organisation.of(MemberId.of("m"), longest, OrganisationKind.NGO).name()).isEqualTo(longest);
        assertThatThrownBy(() -> Organisation.of(MemberId.of("m"), longest + "x", OrganisationKind.NGO))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("name must have at most 10000 characters, had 10001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " a", "-a", "a b", "ä", "a/b"})
    void aMalformedIdIsRefused(String value) {
        assertThatThrownBy(() -> MemberId.of(value))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("memberId '" + value + "' is not an id");
    }

    @Test
    void theSameMemberListedTwiceInAPartnershipIsRefused() {
        var m = Organisation.of(MemberId.of("m"), "Město Cheb", OrganisationKind.MUNICIPALITY);
        assertThatThrownBy(() -> Partnership.builder(PartnershipId.of("cheb"), "LP Cheb", "Cheb").member(m).member(m).build())
                .isInstanceOf(InvalidValueException.class).hasMessage("memberships has m twice");
    }

    @Test
    void aMembershipLeftBeforeItWasJoinedIsRefused() {
        var m = Organisation.of(MemberId.of("m"), "Kotec o.s.", OrganisationKind.NGO);
        assertThatThrownBy(() -> new Membership(m, LocalDate.of(2010, 1, 1), LocalDate.of(2009, 1, 1)))
                .isInstanceOf(InvalidValueException.class).hasMessage("left 2009-01-01 of member m must be after joined 2010-01-01");
    }

    @Test
    void aFoundingMeetingOnAnotherDayThanTheFoundingIsRefused() {
        Partnership cheb = SourcePages.cheb().partnership();
        Meeting second = Meeting.ofPartnership(MeetingId.of("cheb-2"), LocalDate.of(2008, 9, 1), MeetingKind.FOUNDING);
        assertThatThrownBy(() -> cheb.withMeeting(second))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("meetings[cheb-2].date 2008-09-01 of the founding meeting is not the founding date 2008-07-30");
    }

    @Test
    void aMeetingBeforeTheFoundingIsRefused() {
        Partnership cheb = SourcePages.cheb().partnership();
        Meeting early = Meeting.ofPartnership(MeetingId.of("cheb-0"), LocalDate.of(2008, 1, 1), MeetingKind.REGULAR);
        assertThatThrownBy(() -> cheb.withMeeting(early))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("meetings[cheb-0].date 2008-01-01 is before the founding on 2008-07-30");
    }

    @Test
    void aReportForALaterQuarterThanTheMeetingIsRefused() {
        Meeting m = Meeting.ofPartnership(MeetingId.of("m"), LocalDate.of(2011, 3, 31), MeetingKind.REGULAR);
        GroupReport report = new GroupReport(WorkingGroupId.of("ps"), YearQuarter.of(2011, 2), "Výstupy");
        assertThatThrownBy(() -> m.withReports(List.of(report)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("report of ps at meeting m on 2011-03-31 is for quarter 2011-Q2, after the meeting");
    }

    @Test
    void aReportAtAWorkingGroupMeetingIsRefused() {
        Meeting m = Meeting.ofWorkingGroup(MeetingId.of("m"), WorkingGroupId.of("ps"), LocalDate.of(2011, 3, 1));
        GroupReport report = new GroupReport(WorkingGroupId.of("ps"), YearQuarter.of(2011, 1), "Výstupy");
        assertThatThrownBy(() -> m.withReports(List.of(report)))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("reports of working-group meeting m must be empty");
    }

    @Test
    void negativeMoneyAndMoreDecimalsThanTheCurrencyHasAreRefused() {
        assertThatThrownBy(() -> Money.czk(new BigDecimal("-1")))
                .isInstanceOf(InvalidValueException.class).hasMessage("amount -1 CZK must not be negative");
        assertThatThrownBy(() -> Money.czk(new BigDecimal("1.005")))
                .isInstanceOf(InvalidValueException.class).hasMessage("amount 1.005 has more than 2 decimals for CZK");
        assertThat(Money.czk(1500)).isEqualTo(Money.czk(new BigDecimal("1500.00")));
        assertThat(Money.parse("1500.50 CZK")).isEqualTo(Money.czk(new BigDecimal("1500.5")));
        assertThat(Money.parse(Money.czk(12).toString())).isEqualTo(Money.czk(12));
        assertThat(new Money(BigDecimal.TEN, Currency.getInstance("EUR")).toString()).isEqualTo("10.00 EUR");
        assertThatThrownBy(() -> Money.parse("12 czk")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aFinancialResourceWithoutAnAmountIsRefused() {
        assertThatThrownBy(() -> new Resource(ResourceKind.FINANCIAL, "dotace", null))
                .isInstanceOf(InvalidValueException.class).hasMessage("amount of financial resource 'dotace' must be given");
    }

    @Test
    void indicatorTargetsDueOutOfOrderAreRefused() {
        Measurement baseline = Measurement.of(3, LocalDate.of(2011, 1, 1));
        assertThatThrownBy(() -> new Indicator(IndicatorId.of("i"), "Děti v přípravné třídě", "osoby", baseline,
                List.of(IndicatorTarget.of(LocalDate.of(2013, 1, 1), 8)), IndicatorTarget.of(LocalDate.of(2012, 1, 1), 12)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("finalTarget.due 2012-01-01 of indicator i must be after 2013-01-01");
    }

    @Test
    void aPriorityAddressingAnUnidentifiedNeedIsRefused() {
        Priority p = new Priority(PriorityId.of("p1"), "Bydlení", Set.of(Theme.HOUSING), List.of(NeedId.of("n9")), List.of());
        assertThatThrownBy(() -> new PlanVersion(1, RecordedDate.day(D), "Plán", List.of(), List.of(p), List.of()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("priorities[p1].addresses names need n9, which is not identified");
    }

    @Test
    void anApprovalBeforeTheVersionWasMadeOrTwoBySameBodyAreRefused() {
        assertThatThrownBy(() -> new PlanVersion(1, RecordedDate.day(D), "Plán", List.of(), List.of(), List.of(Approval.council(D.minusDays(1)))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("approvals: COUNCIL on 2011-02-08 is before version 1 dated 2011-02-09");
        assertThatThrownBy(() -> new PlanVersion(1, RecordedDate.day(D), "Plán", List.of(), List.of(),
                List.of(Approval.council(D), Approval.council(D.plusDays(1)))))
                .isInstanceOf(InvalidValueException.class).hasMessage("approvals has COUNCIL twice");
    }

    @Test
    void versionsMustBeNumberedInOrder() {
        assertThatThrownBy(() -> new StrategicPlan(PlanId.of("p"), PartnershipId.of("x"), "Plán",
                LocalDateRange.of(D, D.plusYears(3)), List.of(version(2, D))))
                .isInstanceOf(InvalidValueException.class).hasMessage("versions[0].number 2 of plan p should be 1");
    }

    @Test
    void anAdoptedVersionIsNeverChangedInPlaceOnlyRevised() {
        StrategicPlan plan = SourcePages.jachymov().plans().get(0);
        PlanVersion edited = new PlanVersion(1, RecordedDate.day(D), "Upraveno", List.of(), List.of(), List.of());
        assertThatThrownBy(() -> plan.replaceDraft(edited))
                .isInstanceOf(IllegalPlanChangeException.class)
                .hasMessage("version 1 of plan jachymov-spsz-2011 was adopted on 2011-02-09 and cannot be changed in place: make a new revision");
        StrategicPlan revised = plan.revise(new PlanVersion(2, RecordedDate.day(LocalDate.of(2012, 2, 1)), "Roční revize", List.of(), List.of(), List.of()));
        assertThat(revised.versions()).hasSize(2);
        assertThat(revised.versions().get(0)).isEqualTo(plan.versions().get(0));
        assertThat(plan.versions()).hasSize(1);
    }

    @Test
    void measureIdsAreUniqueWithinAPlanVersion() {
        var goal1 = cz.socialinclusion.partnership.plan.Goal.of(cz.socialinclusion.partnership.plan.GoalId.of("g1"), "Cíl",
                cz.socialinclusion.partnership.plan.GoalTerm.SHORT_TERM, List.of(Measure.of(MeasureId.of("m1"), "A")));
        var goal2 = cz.socialinclusion.partnership.plan.Goal.of(cz.socialinclusion.partnership.plan.GoalId.of("g2"), "Cíl",
                cz.socialinclusion.partnership.plan.GoalTerm.SHORT_TERM, List.of(Measure.of(MeasureId.of("m1"), "B")));
        Priority p = new Priority(PriorityId.of("p1"), "Bydlení", Set.of(Theme.HOUSING), List.of(), List.of(goal1, goal2));
        assertThatThrownBy(() -> new PlanVersion(1, RecordedDate.day(D), "Plán", List.of(), List.of(p), List.of()))
                .isInstanceOf(InvalidValueException.class).hasMessage("measures has m1 twice in one plan version");
    }

    @Test
    void aProjectStatusAfterAFinalOneOrOutOfDateOrderIsRefused() {
        Project project = new Project(ProjectId.of("ip"), PartnershipId.of("cheb"), "Individuální projekt města Cheb",
                MemberId.of("cheb-mesto"), List.of(), FundingSource.euProgramme("OP LZZ", null), null, true,
                List.of(new StatusChange(ProjectStatus.IDEA, D)));
        Project rejected = project.withStatus(ProjectStatus.REJECTED, D.plusDays(10));
        assertThatThrownBy(() -> rejected.withStatus(ProjectStatus.APPROVED, D.plusDays(20)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("history[2].status APPROVED of project ip follows the final status REJECTED");
        assertThatThrownBy(() -> project.withStatus(ProjectStatus.SUBMITTED, D.minusDays(1)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("history[1].on 2011-02-08 of project ip is before 2011-02-09");
        assertThat(rejected.statusOn(D.plusDays(5))).contains(ProjectStatus.IDEA);
        assertThat(rejected.status()).isEqualTo(ProjectStatus.REJECTED);
    }

    @Test
    void aFundingSourceOtherThanTheBudgetNamesItsProgramme() {
        assertThatThrownBy(() -> FundingSource.euProgramme(null, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("programme must be named for funding of kind EU_OPERATIONAL_PROGRAMME");
    }

    @Test
    void aDossierRefusesAnApplicantWhoIsNotAMember() {
        Dossier cheb = SourcePages.cheb();
        Project project = new Project(ProjectId.of("ip"), PartnershipId.of("cheb"), "IP", MemberId.of("nekdo"),
                List.of(), FundingSource.municipalBudget(), null, false, List.of(new StatusChange(ProjectStatus.IDEA, D)));
        assertThatThrownBy(() -> cheb.withProject(project))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("projects[ip].applicant nekdo is not a member of the partnership");
    }

    @Test
    void changesReturnNewInstancesAndLeaveTheOriginalAsItWas() {
        Partnership cheb = SourcePages.cheb().partnership();
        Partnership left = cheb.withMemberLeft(MemberId.of("cheb-kotec"), LocalDate.of(2011, 1, 1));
        assertThat(cheb.membership(MemberId.of("cheb-kotec")).orElseThrow().left()).isNull();
        assertThat(left.membership(MemberId.of("cheb-kotec")).orElseThrow().left()).isEqualTo(LocalDate.of(2011, 1, 1));
        assertThat(left.membersOn(LocalDate.of(2011, 1, 1))).hasSize(12);
        assertThatThrownBy(() -> cheb.memberships().add(cheb.memberships().get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aDayOutsideTheModelsRangeIsRefusedWhereverItEnters() {
        assertThatThrownBy(() -> Meeting.ofPartnership(MeetingId.of("m"), LocalDate.of(2201, 1, 1), MeetingKind.REGULAR))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("date 2201-01-01 is not between 1900-01-01 and 2200-12-31");
        assertThatThrownBy(() -> SourcePages.kutnaHora().partnership().toBuilder()
                .workingGroupsFormed(RecordedDate.day(LocalDate.of(-999_999_999, 1, 1))).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("earliest -999999999-01-01 is outside 1900-01-01 to 2200-12-31")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("earliest");
        assertThatThrownBy(() -> new StatusChange(ProjectStatus.IDEA, LocalDate.of(1899, 12, 31)))
                .isInstanceOf(InvalidValueException.class).hasMessage("on 1899-12-31 is not between 1900-01-01 and 2200-12-31");
        assertThatThrownBy(() -> new GroupReport(WorkingGroupId.of("ps"), YearQuarter.of(2201, 1), "Výstupy"))
                .isInstanceOf(InvalidValueException.class).hasMessage("quarter 2201-Q1 is not between 1900-01-01 and 2200-12-31");
        assertThatThrownBy(() -> StrategicPlan.of(PlanId.of("p"), PartnershipId.of("x"), "Plán",
                LocalDateRange.ofUnboundedEnd(D), version(1, D)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("period 2011-02-09/+999999999-12-31 of plan p is not between 1900-01-01 and 2200-12-31");
        assertThat(Meeting.ofPartnership(MeetingId.of("m"), Limits.LATEST_DAY, MeetingKind.REGULAR).date())
                .isEqualTo(LocalDate.of(2200, 12, 31));
    }

    @Test
    void anInterventionWhosePlannedLengthEndsAfterTheLatestDayIsRefused() {
        assertThatThrownBy(() -> new Intervention(RecordedDate.day(LocalDate.of(1950, 1, 1)), Period.ofYears(300), List.of()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("plannedLength P300Y from the start 1950-01-01 ends after 2200-12-31");
        assertThatThrownBy(() -> new Intervention(RecordedDate.day(D), Period.ofDays(Integer.MAX_VALUE), List.of()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("plannedLength P2147483647D from the start 2011-02-09 ends after 2200-12-31");
        assertThat(new Intervention(RecordedDate.day(LocalDate.of(2197, 1, 1)), Period.ofYears(4), List.of()).end())
                .isEqualTo(RecordedDate.day(Limits.LATEST_DAY));
    }

    @Test
    void aDecimalWithAHugeExponentOrTooManyDigitsIsRefusedAtOnce() {
        assertThatThrownBy(() -> new Measurement(new BigDecimal("1e999999999"), D))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("value 1E+999999999 has more than 30 digits or more than 10 after the decimal point");
        assertThatThrownBy(() -> Money.czk(new BigDecimal("1e999999999")))
                .isInstanceOf(InvalidValueException.class).extracting(e -> ((InvalidValueException) e).field()).isEqualTo("amount");
        assertThatThrownBy(() -> Money.czk(new BigDecimal("1e-999999999")))
                .isInstanceOf(InvalidValueException.class).extracting(e -> ((InvalidValueException) e).field()).isEqualTo("amount");
        assertThatThrownBy(() -> new IndicatorTarget(D, new BigDecimal("1".repeat(31)), null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("target " + "1".repeat(31) + " has more than 30 digits or more than 10 after the decimal point");
        assertThatThrownBy(() -> Money.czk(new BigDecimal("9".repeat(29))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("amount " + "9".repeat(29) + ".00 has more than 30 digits or more than 10 after the decimal point");
        assertThat(Money.czk(new BigDecimal("9".repeat(28))).amount()).isEqualByComparingTo("9".repeat(28));
        assertThatThrownBy(() -> Money.parse("1".repeat(1_000_000) + " CZK"))
                .isInstanceOf(InvalidValueException.class).hasMessageEndingWith("is longer than 64 characters");
    }

    @Test
    void aTextWithAControlCharacterOrALoneSurrogateIsRefusedNamingTheCharacter() {
        assertThatThrownBy(() -> Organisation.of(MemberId.of("m"), "Město\u0000Kadaň", OrganisationKind.MUNICIPALITY))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("name 'Město\\u0000Kadaň' holds the character U+0000 at index 5, which is not allowed there");
        assertThatThrownBy(() -> new Guest("Jana \u001b[31mNováková", "speciální pedagožka"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("name 'Jana \\u001B[31mNováková' holds the character U+001B at index 5, which is not allowed there");
        assertThatThrownBy(() -> NaturalPerson.of(MemberId.of("m"), "Roman \uD83D Tirpák", null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("names[0] 'Roman \\uD83D Tirpák' holds the character U+D83D at index 6, which is not allowed there");
        assertThatThrownBy(() -> new cz.socialinclusion.partnership.meeting.Decision(
                cz.socialinclusion.partnership.meeting.DecisionKind.values()[0], "Schvaluje se\r"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("text 'Schvaluje se\\u000D' holds the character U+000D at index 12, which is not allowed there");
    }

    @Test
    void aNameIsOneLineWhileAFreeTextKeepsLineFeedsAndTabs() {
        assertThatThrownBy(() -> Organisation.of(MemberId.of("m"), "Město\nKadaň", OrganisationKind.MUNICIPALITY))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("name 'Město\\u000AKadaň' holds the character U+000A at index 5, which is not allowed there");
        assertThatThrownBy(() -> new Seat(MemberId.of("m"), "koordinátor\tbydlení"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("U+0009");
        String summary = "Revize:\n\t– nové opatření\n\t– posunuté termíny";
        assertThat(new PlanVersion(1, RecordedDate.day(D), summary, List.of(), List.of(), List.of()).summary()).isEqualTo(summary);
        assertThat(NaturalPerson.of(MemberId.of("m"), "Roman Tirpák 😀", null).names()).containsExactly("Roman Tirpák 😀");
    }

    private static PlanVersion version(int number, LocalDate date) {
        return new PlanVersion(number, RecordedDate.day(date), "Plán", List.of(), List.of(), List.of());
    }
}
