package cz.socialinclusion.partnership;

import cz.socialinclusion.partnership.fixtures.SourcePages;
import cz.socialinclusion.partnership.source.Citation;
import cz.socialinclusion.partnership.source.Source;
import cz.socialinclusion.partnership.source.SourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fact of the five dossiers cites its page: the page is the dossier's one source (a web page titled with the
 * page's heading, no address the pages do not give), every fact {@link Dossier#facts()} lists is covered by a
 * citation of it, each with the page's Czech words, and what the record derives is marked derived with the reason.
 */
class PageCitationsTest {

    static List<Dossier> dossiers() {
        return SourcePages.all();
    }

    @ParameterizedTest
    @MethodSource("dossiers")
    void everyFactCitesThePageInItsOwnWords(Dossier dossier) {
        assertThat(dossier.facts()).isNotEmpty();
        assertThat(dossier.uncitedFacts()).isEmpty();
        Source page = dossier.sources().get(0);
        assertThat(dossier.sources()).containsExactly(page);
        assertThat(page.kind()).isEqualTo(SourceKind.WEB_PAGE);
        assertThat(page.title()).isEqualTo(dossier.partnership().name()).startsWith("Lokální partnerství ");
        assertThat(page.address()).isNull();
        assertThat(dossier.citations()).allSatisfy(c -> {
            assertThat(c.source()).isEqualTo(page.id());
            assertThat(c.quote()).isNotBlank();
        });
        for (String fact : dossier.facts()) {
            assertThat(dossier.sourcesOf(fact)).as(fact).containsExactly(page);
        }
    }

    @Test
    void derivedValuesSayWhy() {
        assertThat(derivation(SourcePages.jachymov(), "plans[jachymov-spsz-2011].period"))
                .isEqualTo("three years from the council's adoption");
        assertThat(derivation(SourcePages.kutnaHora(), "plans[kutna-hora-spsz-2011].period"))
                .isEqualTo("three years from the council's adoption");
        assertThat(derivation(SourcePages.cheb(), "partnership.intervention.start"))
                .contains("extended by a year and a half to the end of 2012");
        assertThat(derivation(SourcePages.cheb(), "partnership.intervention.extensions[0].decided"))
                .contains("na začátku února");
        assertThat(derivation(SourcePages.cheb(), "plans[cheb-spsz-2010].versions[0].approvals[0].date"))
                .contains("not when");
        assertThat(derivation(SourcePages.cheb(), "plans[cheb-spsz-2010].period")).isNull();
    }

    @Test
    void aFactIsQuotedAsThePageSaysIt() {
        Dossier cheb = SourcePages.cheb();
        assertThat(cheb.citationsOf("partnership.memberships[cheb-charita].member.name")).extracting(Citation::quote)
                .containsExactly("Diecézní charita Plzeň (AZ Betlém)");
        assertThat(cheb.citationsOf("partnership.intervention.extensions[0].decidedBy")).extracting(Citation::quote)
                .singleElement().asString().contains("členové Monitorovacího výboru Agentury rozhodli");
        assertThat(SourcePages.kutnaHora().citationsOf("partnership.workingGroupsFormed")).extracting(Citation::quote)
                .containsExactly("Během srpna byli členové partnerství rozděleni do pracovních skupin.");
    }

    @Test
    void onlyDecinsPageIsDated() {
        assertThat(SourcePages.all()).extracting(d -> d.sources().get(0).date()).containsExactly(
                null, null, null, null, cz.socialinclusion.partnership.base.RecordedDate.day(LocalDate.of(2017, 11, 3)));
    }

    private static String derivation(Dossier dossier, String fact) {
        return dossier.citationsOf(fact).stream().map(Citation::derivation).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
    }
}
