package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import cz.socialinclusion.partnership.source.Citation;
import org.junit.jupiter.api.Test;
import org.threeten.extra.YearQuarter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A finding names the facts it rests on, and a host gets their sources from the dossier in one call (issue 13). */
class FindingSourcesTest {

    private static final Rules RULES = Rules.standard();

    @Test
    void everyFindingOnTheFivePagesAtEveryQuarterEndNamesItsFactsAndCitesItsPage() {
        int findings = 0;
        for (Dossier dossier : SourcePages.all()) {
            for (YearQuarter q = YearQuarter.of(2008, 1); !q.isAfter(YearQuarter.of(2018, 4)); q = q.plusQuarters(1)) {
                for (Finding f : RULES.evaluate(dossier, q.atEndOfQuarter()).findings()) {
                    findings++;
                    assertThat(f.facts()).as("facts of %s on %s", f, dossier.partnership().name()).isNotEmpty();
                    assertThat(f.facts()).as("facts of %s beside recordedUntil", f).anyMatch(p -> !p.equals("recordedUntil"));
                    assertThat(f.sources(dossier)).as("sources of %s on %s", f, dossier.partnership().name())
                            .containsExactlyElementsOf(dossier.sources());
                    assertThat(f.citations(dossier)).isNotEmpty().allSatisfy(c -> assertThat(c.quote()).isNotBlank());
                }
            }
        }
        assertThat(findings).isGreaterThan(100);
    }

    @Test
    void chebsUndatedAdoptionRestsOnTheApprovalThePageMentionsAndQuotesIt() {
        Dossier cheb = SourcePages.cheb();
        Finding undecided = RULES.evaluate(cheb, LocalDate.of(2011, 1, 31)).findings().stream()
                .filter(f -> f.code().id().equals("review-cycle.not-recorded")).findFirst().orElseThrow();
        assertThat(undecided.facts()).containsExactly("plans[cheb-spsz-2010].versions[0].approvals[0]");
        assertThat(undecided.citations(cheb)).extracting(Citation::quote)
                .anyMatch(q -> q.startsWith("Schválením strategického plánu intervence"));
        assertThat(undecided.sources(cheb)).singleElement()
                .satisfies(s -> assertThat(s.title()).contains("Lokální partnerství Cheb"));
    }

    @Test
    void factsAreCheckedPathsNamedOnce() {
        Finding any = RULES.evaluate(SourcePages.kutnaHora(), LocalDate.of(2011, 6, 30)).findings().get(0);
        assertThatThrownBy(() -> any.withFacts("partnership..meetings")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("facts[0]");
        assertThatThrownBy(() -> any.withFacts("partnership.meetings", "partnership.meetings"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("facts[1] 'partnership.meetings' is named twice");
        List<String> facts = new ArrayList<>(List.of("partnership.meetings"));
        Finding copy = any.withFacts(facts);
        facts.add("partnership.founded");
        assertThat(copy.facts()).containsExactly("partnership.meetings");
        assertThat(new Finding(any.code(), any.subject(), any.quarter(), any.due(), any.arguments()).facts()).isEmpty();
    }
}
