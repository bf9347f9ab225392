package cz.socialinclusion.partnership;

import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import cz.socialinclusion.partnership.group.Seat;
import cz.socialinclusion.partnership.group.Theme;
import cz.socialinclusion.partnership.group.WorkingGroup;
import cz.socialinclusion.partnership.group.WorkingGroupId;
import cz.socialinclusion.partnership.group.WorkingGroupKind;
import cz.socialinclusion.partnership.member.Member;
import cz.socialinclusion.partnership.member.NaturalPerson;
import cz.socialinclusion.partnership.member.Organisation;
import cz.socialinclusion.partnership.member.OrganisationKind;
import cz.socialinclusion.partnership.plan.Approval;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourcePagesTest {

    @Test
    void kadanListsTwentyMembersUpdatedAfterTheRevisionOfDecember2017() {
        Partnership kadan = SourcePages.kadan().partnership();
        assertThat(kadan.memberships()).hasSize(20);
        assertThat(kadan.membersListedAsOf()).isEqualTo(LocalDate.of(2017, 12, 14));
        assertThat(kadan.founded()).isNull();
        assertThat(kadan.groupsFormedOn()).contains(RecordedDate.notRecorded());
        assertThat(names(kadan)).contains("Město Kadaň", "Mateřská školka Žitná 615", "SOŠ Služeb a SOU Kadaň");
        assertThat(kadan.members()).filteredOn(NaturalPerson.class::isInstance).singleElement()
                .satisfies(m -> assertThat(((NaturalPerson) m).names()).containsExactly("Roman Tirpák"))
                .satisfies(m -> assertThat(((NaturalPerson) m).role()).isEqualTo("soukromý podnikatel"));
    }

    @Test
    void jachymovWasFoundedOn23June2010AndItsCouncilAdoptedThePlanOn9February2011() {
        Dossier jachymov = SourcePages.jachymov();
        Partnership p = jachymov.partnership();
        assertThat(p.founded()).isEqualTo(LocalDate.of(2010, 6, 23));
        assertThat(p.members()).noneMatch(m -> m.isOrganisationOf(OrganisationKind.AGENCY));
        assertThat(p.workingGroups()).extracting(WorkingGroup::name)
                .containsExactly("Vzdělávání", "Sociálně-patologické jevy", "Zaměstnanost", "Bydlení",
                        "Příprava prvních projektů");
        assertThat(p.workingGroups()).filteredOn(g -> g.kind() == WorkingGroupKind.PROJECTS_AND_IMPLEMENTATION)
                .hasSize(1);
        StrategicPlan plan = jachymov.plans().get(0);
        assertThat(plan.firstAdoption()).contains(RecordedDate.day(LocalDate.of(2011, 2, 9)));
        assertThat(plan.latestVersion().date()).isEqualTo(RecordedDate.onOrBefore(LocalDate.of(2011, 2, 9)));
        assertThat(plan.latestVersion().boardApproval()).isEmpty();
        assertThat(plan.start()).isEqualTo(LocalDate.of(2011, 2, 9));
    }

    @Test
    void kutnaHorasGroupsFormedDuringAugustAndThePlanWasFinishedInTheFirstHalfOf2011() {
        Dossier kutnaHora = SourcePages.kutnaHora();
        Partnership p = kutnaHora.partnership();
        assertThat(p.groupsFormedOn()).hasValueSatisfying(formed -> {
            assertThat(formed.precision()).isEqualTo(RecordedDate.Precision.MONTH);
            assertThat(formed.earliest()).isEqualTo(LocalDate.of(2010, 8, 1));
            assertThat(formed.latest()).isEqualTo(LocalDate.of(2010, 8, 31));
        });
        PlanVersion version = kutnaHora.plans().get(0).latestVersion();
        assertThat(version.date()).hasToString("2011-H1");
        assertThat(version.boardApproval()).map(Approval::date).contains(RecordedDate.day(LocalDate.of(2011, 4, 27)));
        assertThat(version.adoption()).map(Approval::date).contains(RecordedDate.day(LocalDate.of(2011, 5, 10)));
        assertThat(version.needs()).extracting(n -> n.themes().iterator().next())
                .containsExactly(Theme.HOUSING, Theme.EMPLOYMENT, Theme.EDUCATION, Theme.SOCIAL_SERVICES);
        assertThat(p.members()).filteredOn(NaturalPerson.class::isInstance).singleElement()
                .extracting(Member::displayName)
                .isEqualTo("Miroslav Horváth a Petr Vepřek – záměr sociální firmy s městem");
    }

    @Test
    void noPageNamesAGoalOrAPrioritySoNoDossierHasOne() {
        for (Dossier dossier : SourcePages.all()) {
            for (StrategicPlan plan : dossier.plans()) {
                assertThat(plan.versions()).allSatisfy(v -> {
                    assertThat(v.priorities()).isEmpty();
                    assertThat(v.goals()).isEmpty();
                });
            }
        }
    }

    @Test
    void chebsInterventionStartedInJuly2008AndWasExtendedEarlyInFebruary2011ToTheEndOf2012() {
        Dossier dossier = SourcePages.cheb();
        Partnership cheb = dossier.partnership();
        assertThat(cheb.founded()).isEqualTo(LocalDate.of(2008, 7, 30));
        assertThat(cheb.intervention().start()).isEqualTo(RecordedDate.month(YearMonth.of(2008, 7)));
        // Three years from a start in July 2008: the planned end the page implies (the end of 2012 less a year and
        // a half, 30 June 2011) lies within it.
        assertThat(cheb.intervention().plannedEnd()).hasToString("2011-06-30/2011-07-30");
        assertThat(cheb.intervention().end()).isEqualTo(RecordedDate.day(LocalDate.of(2012, 12, 31)));
        assertThat(cheb.intervention().lastExtension()).hasValueSatisfying(e -> assertThat(e.decided())
                .isEqualTo(RecordedDate.between(LocalDate.of(2011, 2, 1), LocalDate.of(2011, 2, 10))));
        StrategicPlan plan = dossier.plans().get(0);
        assertThat(plan.start()).isEqualTo(LocalDate.of(2010, 1, 1));
        assertThat(plan.end()).isEqualTo(LocalDate.of(2012, 12, 31));
        assertThat(plan.latestVersion().date()).isEqualTo(RecordedDate.month(YearMonth.of(2010, 2)));
        assertThat(plan.firstAdoption()).contains(RecordedDate.notRecorded());
        assertThat(cheb.member(cz.socialinclusion.partnership.member.MemberId.of("cheb-charita")))
                .hasValueSatisfying(m -> assertThat(((Organisation) m).facilities()).containsExactly("AZ Betlém"));
    }

    @Test
    void decinHasMembershipPerGroupUpdatedAsOf3November2017() {
        Partnership decin = SourcePages.decin().partnership();
        assertThat(decin.membersListedAsOf()).isEqualTo(LocalDate.of(2017, 11, 3));
        assertThat(decin.workingGroups()).extracting(WorkingGroup::name).containsExactly(
                "Bydlení, bezpečnost, sociopatologické jevy", "Zaměstnanost", "Vzdělávání, rodina a volný čas",
                "Projekty a implementace");
        assertThat(group(decin, "decin-ps-bydleni").participants()).hasSize(15);
        assertThat(group(decin, "decin-ps-vzdelavani").participants()).hasSize(18);
        assertThat(group(decin, "decin-ps-zamestnanost").participants()).hasSize(4);
        assertThat(group(decin, "decin-ps-projekty").participants()).hasSize(2);
        assertThat(group(decin, "decin-ps-bydleni").communityPlanningGroup())
                .isEqualTo("Koordinační skupina Komunitního plánování Osoby v krizi");
    }

    @Test
    void decinsHousingGroupListsOneOrganisationTwiceAndSeatsItOnce() {
        Partnership decin = SourcePages.decin().partnership();
        WorkingGroup housing = group(decin, "decin-ps-bydleni");
        assertThat(SourcePages.decinListedEntries().get("decin-ps-bydleni")).isEqualTo(16);
        assertThat(housing.memberIds()).doesNotHaveDuplicates()
                .filteredOn(id -> decin.member(id).orElseThrow().displayName()
                        .equals("Poradna pro občanství, občanská a lidská práva"))
                .hasSize(1);

        Seat poradna = Seat.of(cz.socialinclusion.partnership.member.MemberId.of("decin-poradna-obcanstvi"));
        assertThatThrownBy(() -> housing.withParticipant(poradna))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("participants")
                .hasMessageContaining("decin-poradna-obcanstvi twice");
    }

    @Test
    void decinsOrganisationsSitInSeveralGroupsAsOneMember() {
        Partnership decin = SourcePages.decin().partnership();
        var labourOffice = cz.socialinclusion.partnership.member.MemberId.of("decin-urad-prace");
        assertThat(decin.workingGroups()).filteredOn(g -> g.memberIds().contains(labourOffice)).hasSize(3);
        assertThat(decin.members()).filteredOn(m -> m.isOrganisationOf(OrganisationKind.MUNICIPALITY)).hasSize(1);
        assertThat(decin.members()).filteredOn(m -> m.isOrganisationOf(OrganisationKind.AGENCY)).hasSize(1);
    }

    @Test
    void czechNamesAreKeptExactlyAsThePagesWriteThem() {
        assertThat(SourcePages.all()).flatExtracting(d -> names(d.partnership())).contains(
                "Úřad práce, kontaktní pracoviště Kadaň", "Českobratrská církev evangelická",
                "Kulturní sdružení Romů Kutná Hora", "o.s. Lačo Jilo", "Křesťanské společenství Jonáš",
                "Zainteresovaní obyvatelé sociálně vyloučené lokality");
        assertThat(SourcePages.all()).extracting(d -> d.partnership().municipality())
                .containsExactly("Kadaň", "Jáchymov", "Kutná Hora", "Cheb", "Děčín");
    }

    @Test
    void everyFoundingMeetingFallsOnTheFoundingDate() {
        for (Dossier dossier : SourcePages.all()) {
            Partnership p = dossier.partnership();
            p.meetings().stream().filter(m -> m.kind() == cz.socialinclusion.partnership.meeting.MeetingKind.FOUNDING)
                    .forEach(m -> assertThat(m.date()).isEqualTo(p.founded()));
        }
        assertThat(SourcePages.all()).extracting(d -> d.partnership().founded()).containsExactly(
                null, LocalDate.of(2010, 6, 23), LocalDate.of(2010, 6, 11), LocalDate.of(2008, 7, 30), null);
    }

    private static WorkingGroup group(Partnership p, String id) {
        return p.workingGroup(WorkingGroupId.of(id)).orElseThrow();
    }

    private static List<String> names(Partnership p) {
        return p.members().stream().map(Member::displayName).toList();
    }

}
