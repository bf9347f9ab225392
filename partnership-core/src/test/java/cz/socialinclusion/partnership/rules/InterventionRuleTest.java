package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import cz.socialinclusion.partnership.intervention.Intervention;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cz.socialinclusion.partnership.rules.FindingChecks.isFinding;
import static org.assertj.core.api.Assertions.assertThat;

class InterventionRuleTest {

    private static List<Finding> findings(Intervention intervention, LocalDate asOf) {
        Dossier dossier = Dossier.of(Scenario.partnership().withIntervention(intervention));
        return Rules.standard().evaluate(dossier, asOf).of(RuleId.INTERVENTION);
    }

    @Test
    void chebsExtensionDecidedInFebruary2011IsValidAndEndsOn31December2012() {
        Dossier cheb = SourcePages.cheb();
        Report report = Rules.standard().evaluate(cheb, LocalDate.of(2011, 3, 1));
        assertThat(report.of(RuleId.INTERVENTION)).isEmpty();
        assertThat(cheb.partnership().intervention().endAsKnownOn(LocalDate.of(2011, 3, 1))).isEqualTo(RecordedDate.day(LocalDate.of(2012, 12, 31)));
        assertThat(cheb.partnership().intervention().endAsKnownOn(LocalDate.of(2011, 1, 31))).isEqualTo(RecordedDate.between(LocalDate.of(2011, 6, 30), LocalDate.of(2011, 7, 30)));
    }

    @Test
    void anEndWithinSixMonthsIsAnnouncedFromExactlySixMonthsBefore() {
        Intervention cheb = SourcePages.cheb().partnership().intervention();
        assertThat(findings(cheb, LocalDate.of(2012, 6, 29))).isEmpty();
        assertThat(findings(cheb, LocalDate.of(2012, 6, 30))).singleElement().satisfies(f -> {
            assertThat(f.code().id()).isEqualTo("intervention.ending");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.due()).isEqualTo(LocalDate.of(2012, 12, 31));
            assertThat(f.message()).isEqualTo("The Agency's intervention ends on 2012-12-31: 184 days left.");
        });
        assertThat(findings(cheb, LocalDate.of(2012, 12, 31))).extracting(f -> f.code().id()).containsExactly("intervention.ending");
        assertThat(findings(cheb, LocalDate.of(2013, 1, 1))).extracting(f -> f.code().id()).containsExactly("intervention.ended");
    }

    @Test
    void anExtensionDecidedOnTheLastDayIsValidAndTheDayAfterIsAnError() {
        Intervention base = Intervention.startingOn(LocalDate.of(2010, 1, 1));
        LocalDate end = base.end().day().orElseThrow();
        assertThat(end).isEqualTo(LocalDate.of(2012, 12, 31));
        assertThat(findings(base.extend(end, end.plusYears(1), "Včas"), end.plusMonths(1))).isEmpty();
        assertThat(findings(base.extend(end.plusDays(1), end.plusYears(1), "Pozdě"), end.plusMonths(1))).singleElement()
                .satisfies(isFinding("intervention.extension-late", Severity.ERROR,
                        "The extension decided on 2013-01-01 came after the intervention had ended on 2012-12-31."));
    }

    @Test
    void anExtensionThatKeepsTheEndIsAnError() {
        Intervention base = Intervention.startingOn(LocalDate.of(2010, 1, 1));
        assertThat(findings(base.extend(LocalDate.of(2012, 1, 1), base.end().day().orElseThrow(), "Beze změny"), LocalDate.of(2012, 1, 2)))
                .extracting(f -> f.code().id()).containsExactly("intervention.extension-not-later");
    }

    @Test
    void anExtensionDecidedAfterTheDayOfEvaluationIsNotYetJudged() {
        Intervention base = Intervention.startingOn(LocalDate.of(2010, 1, 1));
        Intervention late = base.extend(LocalDate.of(2013, 2, 1), LocalDate.of(2014, 1, 1), "Pozdě");
        assertThat(findings(late, LocalDate.of(2012, 1, 1))).isEmpty();
    }
}
