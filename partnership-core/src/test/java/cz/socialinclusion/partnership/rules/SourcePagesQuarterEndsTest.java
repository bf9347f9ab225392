package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import org.junit.jupiter.api.Test;
import org.threeten.extra.YearQuarter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule on the five partnerships as their pages tell them, at every quarter end from 2008 to 2018: no error
 * or warning rests on a fact the pages do not give (a day after the page was written, a date it does not state, a
 * day before the founding); the only breach is one a page itself shows. And the exact findings on a few named days.
 *
 * <p>The dossiers are {@link SourcePages}: each complete up to the day its page was written ({@code recordedUntil}),
 * each date in the page's precision; Cheb's plan approved ("Schválením strategického plánu intervence … nekončí")
 * on a day the page does not give.
 */
class SourcePagesQuarterEndsTest {

    private static final Rules RULES = Rules.standard();

    /** The breaches a page itself shows: Jáchymov's page lists its members without the Agency that convenes it. */
    private static final Set<String> STATED = Set.of("jachymov membership.agency-not-listed jachymov");

    private static List<LocalDate> quarterEnds() {
        List<LocalDate> days = new ArrayList<>();
        for (YearQuarter q = YearQuarter.of(2008, 1); !q.isAfter(YearQuarter.of(2018, 4)); q = q.plusQuarters(1)) {
            days.add(q.atEndOfQuarter());
        }
        return days;
    }

    @Test
    void atEveryQuarterEndFrom2008To2018NoErrorOrWarningRestsOnAFactThePagesDoNotGive() {
        Set<String> breaches = new TreeSet<>();
        int unknown = 0;
        for (Dossier shipped : SourcePages.all()) {
            Dossier dossier = shipped;
            LocalDate founded = dossier.partnership().founded();
            for (LocalDate day : quarterEnds()) {
                Report report = RULES.evaluate(dossier, day);
                for (Finding f : report.findings()) {
                    String at = dossier.partnership().id() + " " + day + " " + f;
                    assertThat(founded == null || !day.isBefore(founded)).as("nothing before the founding: " + at).isTrue();
                    if (f.severity() == Severity.UNKNOWN) {
                        unknown++;
                        continue;
                    }
                    if (f.severity() == Severity.ERROR || f.severity() == Severity.WARNING) {
                        assertThat(day).as("no error or warning after the page was written: " + at).isBeforeOrEqualTo(dossier.recordedUntil());
                        assertThat(f.due() == null || !f.due().isAfter(dossier.recordedUntil())).as("nothing due after the page: " + at).isTrue();
                        breaches.add(dossier.partnership().id() + " " + f.code().id() + " " + f.subject().id());
                    }
                }
            }
        }
        assertThat(breaches).isEqualTo(STATED);
        assertThat(unknown).as("what the pages cannot tell is said").isPositive();
    }

    @Test
    void chebsPlanIsAdoptedOnADayThePageDoesNotGive() {
        Dossier cheb = SourcePages.cheb();
        Report adopted = RULES.evaluate(cheb, LocalDate.of(2010, 3, 1));
        assertThat(adopted.of(RuleId.PLAN_APPROVAL)).isEmpty();
        // The groups met from March 2009 (formed by its end): whether the plan was adopted within twelve months the
        // page cannot tell.
        assertThat(adopted.findings()).singleElement().satisfies(f -> {
            assertThat(f.code().id()).isEqualTo("planning-deadline.not-recorded");
            assertThat(f.severity()).isEqualTo(Severity.UNKNOWN);
            assertThat(f.due()).isEqualTo(LocalDate.of(2010, 3, 31));
        });
        assertThat(RULES.evaluate(cheb, LocalDate.of(2011, 6, 30)).of(RuleId.REVIEW_CYCLE)).singleElement().satisfies(f -> {
            assertThat(f.code().id()).isEqualTo("review-cycle.not-recorded");
            assertThat(f.arguments()).containsExactly("plans[cheb-spsz-2010].versions[0].approvals[0]", RecordedDate.notRecorded(),
                    LocalDate.of(2011, 6, 30));
        });
        assertThat(RULES.evaluate(cheb, LocalDate.of(2011, 6, 30)).hasErrors()).isFalse();
    }

    @Test
    void jachymovBeforeItsFoundingOnItsAdoptionAndAfterItsPage() {
        Dossier jachymov = SourcePages.jachymov();
        assertThat(RULES.evaluate(jachymov, LocalDate.of(2010, 6, 22)).findings()).isEmpty();
        assertThat(RULES.evaluate(jachymov, LocalDate.of(2011, 2, 9)).findings()).filteredOn(f -> f.severity() != Severity.UNKNOWN)
                .extracting(f -> f.code().id(), Finding::due)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("review-cycle.next", LocalDate.of(2012, 2, 9)),
                        org.assertj.core.groups.Tuple.tuple("membership.agency-not-listed", null));
        Report later = RULES.evaluate(jachymov, LocalDate.of(2013, 1, 15));
        assertThat(later.findings()).allSatisfy(f -> assertThat(f.severity()).isIn(Severity.UNKNOWN, Severity.INFO));
        assertThat(later.of(RuleId.REVIEW_CYCLE)).singleElement().satisfies(f -> assertThat(f.arguments())
                .containsExactly("recordedUntil", RecordedDate.day(LocalDate.of(2011, 2, 9)), LocalDate.of(2012, 2, 9)));
    }

    @Test
    void kutnaHorasReviewCycleFrom2012IsNotRecorded() {
        Report report = RULES.evaluate(SourcePages.kutnaHora(), LocalDate.of(2013, 1, 1));
        assertThat(report.hasErrors()).isFalse();
        assertThat(report.of(RuleId.REVIEW_CYCLE)).singleElement().satisfies(f -> {
            assertThat(f.code().id()).isEqualTo("review-cycle.not-recorded");
            assertThat(f.due()).isEqualTo(LocalDate.of(2012, 5, 10));
        });
    }
}
