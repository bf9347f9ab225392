package cz.socialinclusion.partnership.examples;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.fixtures.RandomDossiers;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import cz.socialinclusion.partnership.json.PartnershipJson;
import cz.socialinclusion.partnership.rules.Report;
import cz.socialinclusion.partnership.rules.Rules;
import cz.socialinclusion.partnership.rules.Severity;
import cz.socialinclusion.partnership.rules.SubjectKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import static cz.socialinclusion.partnership.fixtures.PartnershipAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How a host's integration test uses {@code partnership-fixtures}: the host keeps dossiers its own way (here
 * as the library's JSON), evaluates the rules on the days it cares about, and checks the reports with the
 * AssertJ assertions of {@code PartnershipAssertions}.
 */
class HostRulesTest {

    private static final Rules RULES = Rules.standard();

    /** The host's storage: what it saved, it reads back. */
    private static Dossier storedAndReadBack(Dossier dossier) {
        try {
            return PartnershipJson.readDossier(PartnershipJson.writeDossier(dossier));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void jachymovsFirstReviewIsDueAYearAfterItsPlanWasAdopted() {
        Report report = RULES.evaluate(storedAndReadBack(SourcePages.jachymov()), LocalDate.of(2011, 2, 9));
        assertThat(report).isAsOf(LocalDate.of(2011, 2, 9))
                .hasFinding("review-cycle.next").dueOn(LocalDate.of(2012, 2, 9)).isTheOnlyOne();
        assertThat(report).hasFinding("membership.agency-not-listed").concerns(SubjectKind.PARTNERSHIP, "jachymov");
    }

    @Test
    void chebsPlanAdoptedOnADayItsPageDoesNotGiveIsAdopted() {
        Report report = RULES.evaluate(storedAndReadBack(SourcePages.cheb()), LocalDate.of(2010, 3, 1));
        assertThat(report).hasNoFinding("plan-approval.not-adopted").hasNoFinding("plan-period.too-long").hasNoErrors()
                .hasFindingCodes("planning-deadline.not-recorded");
    }

    @Test
    void kadanAsOfItsLastUpdateHasOnlyWhatItsPageDoesNotTell() {
        assertThat(RULES.evaluate(storedAndReadBack(SourcePages.kadan()), LocalDate.of(2017, 12, 14))).hasNoErrors()
                .hasFindingCodes("planning-deadline.not-recorded");
        assertThat(RULES.evaluate(storedAndReadBack(SourcePages.decin()), LocalDate.of(2017, 11, 3))).hasNoErrors();
    }

    @Test
    void kutnaHorasPlanningDeadlineIsAnnouncedBeforeTheCouncilDecides() {
        Report report = RULES.evaluate(storedAndReadBack(SourcePages.kutnaHora()), LocalDate.of(2011, 5, 9));
        assertThat(report).hasFinding("planning-deadline.days-left")
                .hasSeverity(Severity.INFO).dueOn(LocalDate.of(2011, 8, 1));  // groups formed in August 2010
    }

    @Test
    void aFailedAssertionShowsTheFindingsTheReportHas() {
        Report report = RULES.evaluate(SourcePages.jachymov(), LocalDate.of(2011, 2, 9));
        assertThatThrownBy(() -> assertThat(report).hasFinding("review-cycle.next").dueOn(LocalDate.of(2012, 2, 10)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("due 2012-02-10")
                .hasMessageContaining("review-cycle.next")
                .hasMessageContaining("2012-02-09");
    }

    @Test
    void generatedPartnershipsSurviveTheHostsStorageWithTheSameFindings() {
        LocalDate asOf = LocalDate.of(2012, 5, 10);
        for (long seed = 1; seed <= 20; seed++) {
            Dossier dossier = RandomDossiers.generate(seed, 8, 3);
            Report direct = RULES.evaluate(dossier, asOf);
            Report stored = RULES.evaluate(storedAndReadBack(dossier), asOf);
            assertThat(stored.findings()).as("seed %d", seed).isEqualTo(direct.findings());
        }
    }
}
