package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The five source-page partnerships evaluated on dates their pages give. */
class SourcePagesRulesTest {

    private static final Rules RULES = Rules.standard();

    @Test
    void chebsExtensionInFebruary2011IsValidAndMovesTheEndTo31December2012() {
        Report report = RULES.evaluate(SourcePages.cheb(), SourcePages.CHEB_EXTENSION_DECIDED.latest());
        assertThat(report.withCode("intervention.extension-late")).isEmpty();
        assertThat(report.withCode("intervention.extension-not-later")).isEmpty();
        assertThat(RULES.evaluate(SourcePages.cheb(), LocalDate.of(2012, 7, 1)).withCode("intervention.ending"))
                .singleElement().satisfies(f -> assertThat(f.due()).isEqualTo(LocalDate.of(2012, 12, 31)));
    }

    @Test
    void chebsPlanFor2010To2012IsThreeYearsLongAndAdoptedThoughThePageDoesNotSayWhen() {
        Report report = RULES.evaluate(SourcePages.cheb(), LocalDate.of(2010, 3, 1));
        assertThat(report.of(RuleId.PLAN_PERIOD)).isEmpty();
        assertThat(report.of(RuleId.PLAN_APPROVAL)).isEmpty();
        assertThat(report.hasErrors()).isFalse();
    }

    @Test
    void kutnaHorasBoardApprovedOn27AprilBeforeTheCouncilOn10May2011WithinTheDeadline() {
        Report report = RULES.evaluate(SourcePages.kutnaHora(), LocalDate.of(2011, 5, 10));
        assertThat(report.of(RuleId.PLAN_APPROVAL)).isEmpty();
        assertThat(report.of(RuleId.PLANNING_DEADLINE)).isEmpty();
        assertThat(RULES.evaluate(SourcePages.kutnaHora(), LocalDate.of(2011, 5, 9)).withCode("planning-deadline.days-left"))
                .singleElement().satisfies(f -> assertThat(f.due()).isEqualTo(LocalDate.of(2011, 8, 1)));  // groups formed in August 2010
    }

    @Test
    void jachymovsPlanAdoptedOn9February2011HasItsFirstReviewDueBy9February2012() {
        Report report = RULES.evaluate(SourcePages.jachymov(), LocalDate.of(2011, 2, 9));
        assertThat(report.withCode("review-cycle.next")).singleElement()
                .satisfies(f -> assertThat(f.due()).isEqualTo(LocalDate.of(2012, 2, 9)));
        assertThat(report.withCode("membership.agency-not-listed")).hasSize(1);
    }

    @Test
    void decinAndKadanAsOfTheirUpdateDatesHaveNoErrors() {
        assertThat(RULES.evaluate(SourcePages.decin(), LocalDate.of(2017, 11, 3)).hasErrors()).isFalse();
        // Kadaň's page gives no day its groups were formed: whether its plan came in time cannot be told
        assertThat(RULES.evaluate(SourcePages.kadan(), LocalDate.of(2017, 12, 14)).findings()).extracting(f -> f.code().id())
                .containsExactly("planning-deadline.not-recorded");
    }

    @Test
    void everyFindingOfEverySourcePageHasAMessageInBothLanguages() {
        for (Dossier dossier : SourcePages.all()) {
            for (LocalDate day : new LocalDate[] {LocalDate.of(2010, 1, 1), LocalDate.of(2011, 6, 1), LocalDate.of(2013, 1, 1)}) {
                for (Finding finding : RULES.evaluate(dossier, day).findings()) {
                    assertThat(finding.message(Locale.ENGLISH)).doesNotContain(finding.code().id()).doesNotContain("{");
                    assertThat(finding.message(Locale.forLanguageTag("cs"))).doesNotContain(finding.code().id())
                            .isNotEqualTo(finding.message(Locale.ENGLISH));
                }
            }
        }
    }
}
