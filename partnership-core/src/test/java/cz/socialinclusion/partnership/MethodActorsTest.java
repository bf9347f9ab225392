package cz.socialinclusion.partnership;

import cz.socialinclusion.partnership.base.Answer;
import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.base.PartnershipId;
import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.base.RecordedSpan;
import cz.socialinclusion.partnership.group.Guest;
import cz.socialinclusion.partnership.group.MeetingRhythm;
import cz.socialinclusion.partnership.group.Theme;
import cz.socialinclusion.partnership.group.WorkingGroup;
import cz.socialinclusion.partnership.group.WorkingGroupId;
import cz.socialinclusion.partnership.group.WorkingGroupKind;
import cz.socialinclusion.partnership.intervention.AdviceTopic;
import cz.socialinclusion.partnership.intervention.Extension;
import cz.socialinclusion.partnership.intervention.Intervention;
import cz.socialinclusion.partnership.intervention.LocalConsultant;
import cz.socialinclusion.partnership.meeting.DocumentKind;
import cz.socialinclusion.partnership.meeting.DocumentLink;
import cz.socialinclusion.partnership.member.MemberId;
import cz.socialinclusion.partnership.member.Organisation;
import cz.socialinclusion.partnership.member.OrganisationKind;
import cz.socialinclusion.partnership.project.FundingKind;
import cz.socialinclusion.partnership.project.FundingSource;
import cz.socialinclusion.partnership.project.Project;
import cz.socialinclusion.partnership.project.ProjectId;
import cz.socialinclusion.partnership.project.ProjectStatus;
import cz.socialinclusion.partnership.project.StatusChange;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The actors and phases of the method the pages name, recorded through the public API as a host records them. */
class MethodActorsTest {

    private static final PartnershipId CHEB = PartnershipId.of("cheb");
    private static final MemberId MESTO = MemberId.of("cheb-mesto");
    private static final RecordedSpan JULY_TO_SEPTEMBER_2010 =
            new RecordedSpan(RecordedDate.month(YearMonth.of(2010, 7)), RecordedDate.month(YearMonth.of(2010, 9)));

    private static Partnership.Builder kutnaHora() {
        return Partnership.builder(PartnershipId.of("kutna-hora"), "Lokální partnerství Kutná Hora", "Kutná Hora")
                .founded(LocalDate.of(2010, 6, 11));
    }

    @Test
    void kutnaHorasMappingAndOpenMembershipAreSpansAsPreciseAsThePage() {
        RecordedSpan julyAndAugust = new RecordedSpan(RecordedDate.month(YearMonth.of(2010, 7)),
                RecordedDate.month(YearMonth.of(2010, 8)));
        Partnership partnership = kutnaHora().situationAnalysis(JULY_TO_SEPTEMBER_2010).membershipOpen(julyAndAugust)
                .themes(Set.of(Theme.HOUSING, Theme.EMPLOYMENT, Theme.EDUCATION, Theme.SOCIAL_SERVICES)).build();

        assertThat(partnership.situationAnalysis().covers(LocalDate.of(2010, 8, 15))).isEqualTo(Answer.YES);
        assertThat(partnership.situationAnalysis().covers(LocalDate.of(2010, 9, 15))).isEqualTo(Answer.UNDECIDED);
        assertThat(partnership.situationAnalysis().covers(LocalDate.of(2010, 10, 1))).isEqualTo(Answer.NO);
        assertThat(partnership.membershipOpen().covers(LocalDate.of(2010, 7, 15))).isEqualTo(Answer.UNDECIDED);
        assertThat(partnership.membershipOpen().covers(LocalDate.of(2010, 8, 1))).isEqualTo(Answer.YES);
        assertThat(partnership.themes()).containsExactly(Theme.EDUCATION, Theme.EMPLOYMENT, Theme.HOUSING,
                Theme.SOCIAL_SERVICES);
        assertThat(partnership.toBuilder().build()).isEqualTo(partnership);
        // Jáchymov: "v první fázi" — the analysis happened, its span not recorded.
        assertThat(kutnaHora().situationAnalysis(RecordedSpan.notRecorded()).build().situationAnalysis().from().isRecorded())
                .isFalse();
    }

    @Test
    void aSpanEndingCertainlyBeforeItStartsOrStartingCertainlyBeforeTheFoundingIsRefused() {
        assertThatThrownBy(() -> new RecordedSpan(RecordedDate.month(YearMonth.of(2010, 9)), RecordedDate.month(YearMonth.of(2010, 7))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("until 2010-07 is before from 2010-09")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("until");
        assertThatThrownBy(() -> kutnaHora().membershipOpen(new RecordedSpan(RecordedDate.month(YearMonth.of(2010, 5)),
                RecordedDate.month(YearMonth.of(2010, 8)))).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("membershipOpen.from 2010-05 is before the founding on 2010-06-11")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("membershipOpen.from");
        // June 2010 holds the founding day: accepted.
        assertThat(kutnaHora().situationAnalysis(new RecordedSpan(RecordedDate.month(YearMonth.of(2010, 6)),
                RecordedDate.month(YearMonth.of(2010, 9)))).build().situationAnalysis()).isNotNull();
    }

    @Test
    void chebsGroupsMetTwoToFourTimesAMonthWithExternalGuestsAsExperts() {
        MeetingRhythm rhythm = new MeetingRhythm(2, 4, new RecordedSpan(RecordedDate.month(YearMonth.of(2009, 3)),
                RecordedDate.month(YearMonth.of(2010, 1))));
        WorkingGroup housing = WorkingGroup.of(WorkingGroupId.of("cheb-bydleni"), "Bydlení", WorkingGroupKind.THEMATIC,
                        Set.of(Theme.HOUSING))
                .withParticipant(new Guest("Petr Vepřek", "odborník na bydlení")).withMeetingRhythm(rhythm);

        assertThat(housing.meetingRhythm()).isEqualTo(rhythm);
        assertThat(housing.withFormed(RecordedDate.year(2009)).meetingRhythm()).isEqualTo(rhythm);
        assertThat(housing.participants()).singleElement().isEqualTo(new Guest("Petr Vepřek", "odborník na bydlení"));
        assertThatThrownBy(() -> new MeetingRhythm(0, 4, RecordedSpan.notRecorded()))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("leastPerMonth");
        assertThatThrownBy(() -> new MeetingRhythm(4, 2, RecordedSpan.notRecorded()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("mostPerMonth 2 must be from leastPerMonth 4 to 31")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("mostPerMonth");
        assertThatThrownBy(() -> new MeetingRhythm(1, 32, RecordedSpan.notRecorded()))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("mostPerMonth");
    }

    @Test
    void theMonitoringCommitteeDecidesChebsExtension() {
        Extension extension = new Extension(RecordedDate.between(LocalDate.of(2011, 2, 1), LocalDate.of(2011, 2, 10)),
                LocalDate.of(2012, 12, 31), "prodloužení působení o rok a půl", Extension.MONITORING_COMMITTEE);
        Intervention intervention = Intervention.startingOn(RecordedDate.month(YearMonth.of(2008, 7))).extend(extension);

        assertThat(intervention.lastExtension()).hasValueSatisfying(e ->
                assertThat(e.decidedBy()).isEqualTo("Monitorovací výbor Agentury"));
        assertThat(new Extension(RecordedDate.year(2011), LocalDate.of(2012, 12, 31), "prodloužení").decidedBy()).isNull();
        assertThatThrownBy(() -> new Extension(RecordedDate.year(2011), LocalDate.of(2012, 12, 31), "prodloužení", "  "))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("decidedBy");
    }

    @Test
    void theAgencysLocalConsultantAdvisesOnApplicationsCoordinationAndTheRevisionOfSteps() {
        LocalConsultant consultant = new LocalConsultant(List.of(AdviceTopic.REVISION_OF_STEPS,
                AdviceTopic.PROJECT_APPLICATIONS, AdviceTopic.COORDINATION).stream()
                .collect(java.util.stream.Collectors.toSet()));
        Partnership partnership = kutnaHora().localConsultant(consultant).build();

        assertThat(partnership.localConsultant().advisesOn()).containsExactly(AdviceTopic.PROJECT_APPLICATIONS,
                AdviceTopic.COORDINATION, AdviceTopic.REVISION_OF_STEPS);
        assertThatThrownBy(() -> consultant.advisesOn().add(AdviceTopic.COORDINATION))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void decinsPartnershipCarriesOutTheCoordinatedApproachAndPublishesItsOwnDocuments() {
        DocumentLink pressRelease = new DocumentLink("Tisková zpráva: Lokální partnerství Děčín",
                URI.create("https://example.org/decin/tz.pdf"), DocumentKind.PRESS_RELEASE);
        DocumentLink presentation = new DocumentLink("Prezentace dobré praxe", URI.create("https://example.org/decin/p.pdf"),
                DocumentKind.PRESENTATION);
        Partnership decin = Partnership.builder(PartnershipId.of("decin"), "Lokální partnerství Děčín", "Děčín")
                .coordinatedApproach(new CoordinatedApproachRole(RecordedDate.notRecorded()))
                .document(pressRelease).document(presentation).build();

        assertThat(decin.coordinatedApproach().since().isRecorded()).isFalse();
        assertThat(decin.documents()).extracting(DocumentLink::kind)
                .containsExactly(DocumentKind.PRESS_RELEASE, DocumentKind.PRESENTATION);
        assertThat(new DocumentLink("Zápis", URI.create("https://example.org/zapis.pdf")).kind()).isNull();
        assertThat(decin.toBuilder().build().documents()).containsExactly(pressRelease, presentation);
        assertThatThrownBy(() -> decin.documents().add(pressRelease)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aMembersDisplayNameIncludesItsFacility() {
        Organisation charita = Organisation.of(MemberId.of("cheb-charita"), "Diecézní charita Plzeň",
                OrganisationKind.NGO).withFacilities(List.of("AZ Betlém"));
        assertThat(charita.displayName()).isEqualTo("Diecézní charita Plzeň (AZ Betlém)");
        assertThat(charita.withFacilities(List.of()).displayName()).isEqualTo("Diecézní charita Plzeň");
        assertThat(charita.withFacilities(List.of("AZ Betlém", "K-Centrum")).displayName())
                .isEqualTo("Diecézní charita Plzeň (AZ Betlém, K-Centrum)");
    }

    @Test
    void aProjectIdeaNeedsNeitherFundingNorMeasureUntilItIsSubmitted() {
        Project idea = new Project(ProjectId.of("cheb-ip"), CHEB, "Individuální projekt města Cheb", MESTO, List.of(),
                null, null, true, List.of(new StatusChange(ProjectStatus.IDEA, LocalDate.of(2010, 3, 1))));

        assertThat(idea.isSubmitted()).isFalse();
        assertThat(idea.funding()).isNull();
        assertThat(idea.measures()).isEmpty();
        assertThatThrownBy(() -> idea.withStatus(ProjectStatus.SUBMITTED, LocalDate.of(2011, 1, 10)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("funding of project cheb-ip must be given once it has been submitted")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("funding");

        Project submitted = new Project(ProjectId.of("cheb-ip"), CHEB, "Individuální projekt města Cheb", MESTO, List.of(),
                new FundingSource(FundingKind.EU_OPERATIONAL_PROGRAMME, "OP LZZ", null), null, true,
                List.of(new StatusChange(ProjectStatus.IDEA, LocalDate.of(2010, 3, 1)),
                        new StatusChange(ProjectStatus.SUBMITTED, LocalDate.of(2011, 1, 10))));
        assertThat(submitted.isSubmitted()).isTrue();
        Project withdrawnIdea = new Project(ProjectId.of("cheb-investice"), CHEB, "Investiční projekty města", MESTO,
                List.of(), null, null, false, List.of(new StatusChange(ProjectStatus.IDEA, LocalDate.of(2010, 3, 1)),
                new StatusChange(ProjectStatus.WITHDRAWN, LocalDate.of(2011, 3, 1))));
        assertThat(withdrawnIdea.isSubmitted()).isFalse();
    }
}
