package cz.socialinclusion.partnership;

import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.base.PartnershipId;
import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.group.Theme;
import cz.socialinclusion.partnership.group.WorkingGroup;
import cz.socialinclusion.partnership.group.WorkingGroupId;
import cz.socialinclusion.partnership.group.WorkingGroupKind;
import cz.socialinclusion.partnership.member.MemberId;
import cz.socialinclusion.partnership.member.Organisation;
import cz.socialinclusion.partnership.member.OrganisationKind;
import cz.socialinclusion.partnership.plan.Approval;
import cz.socialinclusion.partnership.plan.PlanId;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import cz.socialinclusion.partnership.source.Citation;
import cz.socialinclusion.partnership.source.Source;
import cz.socialinclusion.partnership.source.SourceId;
import cz.socialinclusion.partnership.source.SourceKind;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Facts citing where they come from, as a host records Kutná Hora from its page and the council's resolution. */
class SourcesTest {

    private static final SourceId PAGE = SourceId.of("kh-web");
    private static final SourceId RESOLUTION = SourceId.of("kh-zm");
    private static final Source PAGE_SOURCE = Source.webPage(PAGE, "Lokální partnerství Kutná Hora",
            URI.create("https://www.socialni-zaclenovani.cz/kutna-hora"), RecordedDate.year(2011));
    private static final Source RESOLUTION_SOURCE = new Source(RESOLUTION, "Usnesení zastupitelstva města Kutná Hora",
            null, RecordedDate.halfYear(2011, 1), SourceKind.COUNCIL_RESOLUTION);
    private static final String FORMED = "partnership.workingGroups[kh-bydleni].formed";

    private static Dossier kutnaHora() {
        WorkingGroup housing = WorkingGroup.of(WorkingGroupId.of("kh-bydleni"), "Bydlení", WorkingGroupKind.THEMATIC,
                Set.of(Theme.HOUSING)).withFormed(RecordedDate.month(YearMonth.of(2010, 8)));
        Partnership partnership = Partnership.builder(PartnershipId.of("kutna-hora"), "Lokální partnerství Kutná Hora",
                        "Kutná Hora").founded(LocalDate.of(2010, 6, 11)).workingGroup(housing)
                .member(Organisation.of(MemberId.of("kh-mesto"), "Město Kutná Hora", OrganisationKind.MUNICIPALITY))
                .build();
        StrategicPlan plan = StrategicPlan.of(PlanId.of("kh-plan"), partnership.id(),
                "Strategický plán sociálního začleňování Kutná Hora",
                LocalDateRange.ofClosed(LocalDate.of(2011, 1, 1), LocalDate.of(2013, 12, 31)),
                new PlanVersion(1, RecordedDate.year(2010), "Původní plán", List.of(), List.of(),
                        List.of(Approval.council(RecordedDate.halfYear(2011, 1)))));
        return new Dossier(partnership, List.of(plan), List.of());
    }

    @Test
    void everyFactOfTheDossierHasAPathInTheSyntaxOfTheModelsFieldNames() {
        List<String> facts = kutnaHora().facts();

        assertThat(facts).contains("partnership.id", "partnership.name", "partnership.founded",
                "partnership.memberships[kh-mesto].member.name", "partnership.memberships[kh-mesto].member.kind",
                "partnership.workingGroups[kh-bydleni].name", "partnership.workingGroups[kh-bydleni].themes", FORMED,
                "plans[kh-plan].period", "plans[kh-plan].versions[0].date", "plans[kh-plan].versions[0].approvals[0].body",
                "plans[kh-plan].versions[0].approvals[0].date");
        // Values not given and empty lists are no facts.
        assertThat(facts).doesNotContain("partnership.intervention", "partnership.workingGroups[kh-bydleni].participants",
                "plans[kh-plan].versions[0].needs", "partnership.memberships[kh-mesto].joined");
        assertThat(facts).doesNotHaveDuplicates();
    }

    @Test
    void aCitationOfAPartCoversEveryFactUnderItAndTheHostAsksForTheSourcesOfAFact() {
        Dossier dossier = kutnaHora().withSources(List.of(PAGE_SOURCE, RESOLUTION_SOURCE), List.of(
                Citation.stated("partnership", PAGE, null),
                Citation.stated(FORMED, PAGE, "Během srpna se členové rozdělili do pracovních skupin"),
                Citation.stated("plans[kh-plan].versions[0].approvals[0]", RESOLUTION,
                        "schválen zastupitelstvem během první poloviny roku 2011")));

        assertThat(dossier.sourcesOf(FORMED)).containsExactly(PAGE_SOURCE);
        assertThat(dossier.citationsOf(FORMED)).extracting(Citation::fact).containsExactly("partnership", FORMED);
        assertThat(dossier.sourcesOf("plans[kh-plan].versions[0].approvals[0].date")).containsExactly(RESOLUTION_SOURCE);
        assertThat(dossier.sourcesOf("plans[kh-plan].period")).isEmpty();
        assertThat(dossier.uncitedFacts()).containsExactly("plans[kh-plan].id", "plans[kh-plan].partnership",
                "plans[kh-plan].title", "plans[kh-plan].period", "plans[kh-plan].versions[0].number",
                "plans[kh-plan].versions[0].date", "plans[kh-plan].versions[0].summary");
        assertThat(dossier.source(RESOLUTION)).contains(RESOLUTION_SOURCE);
    }

    @Test
    void aDossierCitingEveryPartHasNoUncitedFactAndKeepsItsSourcesThroughItsWithers() {
        Dossier dossier = kutnaHora().withSources(List.of(PAGE_SOURCE), List.of(
                Citation.stated("partnership", PAGE, null),
                Citation.derived("plans", PAGE, "na období 2011–2013", "the plan's period from the years the page names")));

        assertThat(dossier.uncitedFacts()).isEmpty();
        assertThat(dossier.citations().get(1).isDerived()).isTrue();
        assertThat(dossier.citations().get(0).isDerived()).isFalse();
        assertThat(dossier.withRecordedUntil(LocalDate.of(2011, 12, 31)).sources()).containsExactly(PAGE_SOURCE);
        assertThat(dossier.withPartnership(dossier.partnership()).citations()).isEqualTo(dossier.citations());
        assertThat(Dossier.of(dossier.partnership()).sources()).isEmpty();
        assertThat(new Dossier(dossier.partnership(), List.of(), List.of(), null, null, null).citations()).isEmpty();
    }

    @Test
    void aCitationOfASourceNotListedIsRefused() {
        Dossier dossier = kutnaHora();
        assertThatThrownBy(() -> dossier.withSources(List.of(PAGE_SOURCE), List.of(Citation.stated(FORMED, RESOLUTION, null))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("citations[0].source kh-zm is not a source of the dossier")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("citations[0].source");
    }

    @Test
    void aCitationOfAPathThatNamesNoFactIsRefusedSoThatATypoCitesNothingSilently() {
        Dossier dossier = kutnaHora();
        assertThatThrownBy(() -> dossier.withSources(List.of(PAGE_SOURCE),
                List.of(Citation.stated("partnership.workingGroups[kh-bydlení].formed", PAGE, null))))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> dossier.withSources(List.of(PAGE_SOURCE),
                List.of(Citation.stated("partnership.workingGroups[kh-bydleni].formedd", PAGE, null))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("citations[0].fact partnership.workingGroups[kh-bydleni].formedd names no fact of the dossier")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("citations[0].fact");
        assertThatThrownBy(() -> dossier.withSources(List.of(PAGE_SOURCE),
                List.of(Citation.stated("partnership.intervention", PAGE, null))))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("citations[0].fact");
    }

    @Test
    void aMalformedPathOrSourceIsRefusedNamingTheField() {
        assertThatThrownBy(() -> Citation.stated("partnership..name", PAGE, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("fact 'partnership..name' is not a path such as partnership.workingGroups[kh-bydleni].formed")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("fact");
        assertThatThrownBy(() -> Citation.derived(FORMED, PAGE, null, " "))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("derivation");
        assertThatThrownBy(() -> new Source(PAGE, "Stránka", URI.create("kutna-hora.html"), null, SourceKind.WEB_PAGE))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("address 'kutna-hora.html' must be absolute")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("address");
        assertThatThrownBy(() -> kutnaHora().withSources(List.of(PAGE_SOURCE, PAGE_SOURCE), List.of()))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("sources");
        assertThatThrownBy(() -> SourceId.of("kh web"))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("sourceId");
    }
}
