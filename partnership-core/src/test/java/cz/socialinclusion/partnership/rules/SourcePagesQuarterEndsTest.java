package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import cz.socialinclusion.partnership.plan.Approval;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import org.junit.jupiter.api.Test;
import org.threeten.extra.YearQuarter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule on the five partnerships as their pages tell them, at every quarter end from 2008 to 2018: no error
 * or warning rests on a fact the pages do not give (a day after the page was written, a date it does not state, a
 * day before the founding); the only breach is one a page itself shows. And the exact findings on a few named days.
 *
 * <p>What the pages give that the shipped dossiers may not record yet is applied here, and only where a dossier
 * lacks it: each page tells events up to its last dated one (the day up to which it is complete), and Cheb's page
 * says its plan was approved ("Schválením strategického plánu intervence … nekončí") without saying when.
 */
class SourcePagesQuarterEndsTest {

    private static final Rules RULES = Rules.standard();

    /** The last day each page dates an event on: what its record is complete up to. */
    private static final Map<String, LocalDate> PAGE_TELLS_UNTIL = Map.of(
            "kadan", LocalDate.of(2017, 12, 14),        // "revize SPSZ provedené k 14.12.2017"
            "jachymov", LocalDate.of(2011, 2, 9),       // "přijatý zastupiteli města 9. února 2011"
            "kutna-hora", LocalDate.of(2011, 5, 10),    // "10. května 2011 schválení zastupiteli"
            "cheb", LocalDate.of(2011, 2, 10),          // "Na začátku února 2011 … rozhodli"
            "decin", LocalDate.of(2017, 11, 3));        // "Aktualizováno ke dni 3.11.2017"

    /** The breaches a page itself shows: Jáchymov's page lists its members without the Agency that convenes it. */
    private static final Set<String> STATED = Set.of("jachymov membership.agency-not-listed jachymov");

    /** A dossier with what its page tells and the dossier does not record yet. */
    private static Dossier asThePageTells(Dossier dossier) {
        String id = dossier.partnership().id().value();
        Dossier told = dossier.recordedUntil() == null ? dossier.withRecordedUntil(PAGE_TELLS_UNTIL.get(id)) : dossier;
        if (id.equals("cheb")) {
            for (StrategicPlan plan : told.plans()) {
                if (plan.firstAdoption().isEmpty() && plan.versions().size() == 1) {
                    told = told.withPlan(StrategicPlan.of(plan.id(), plan.partnership(), plan.title(), plan.period(),
                            plan.versions().get(0).withApproval(Approval.council(RecordedDate.notRecorded()))));
                }
            }
        }
        return told;
    }

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
            Dossier dossier = asThePageTells(shipped);
            LocalDate founded = dossier.partnership().founded();
            for (LocalDate day : quarterEnds()) {
                Report report = RULES.evaluate(dossier, day);
                for (Finding f : report.findings()) {
                    String at = dossier.partnership().id() + " " + day + " " + f;
                    assertThat(day).as("nothing before the founding: " + at).isAfterOrEqualTo(founded);
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
        Dossier cheb = asThePageTells(SourcePages.cheb());
        Report adopted = RULES.evaluate(cheb, LocalDate.of(2010, 3, 1));
        assertThat(adopted.of(RuleId.PLAN_APPROVAL)).isEmpty();
        assertThat(adopted.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.code().id()).isEqualTo("traceability.not-recorded"));
        assertThat(RULES.evaluate(cheb, LocalDate.of(2011, 6, 30)).of(RuleId.REVIEW_CYCLE)).singleElement().satisfies(f -> {
            assertThat(f.code().id()).isEqualTo("review-cycle.not-recorded");
            assertThat(f.arguments()).containsExactly("plans[cheb-spsz-2010].versions[1].adoption", RecordedDate.notRecorded(),
                    LocalDate.of(2011, 6, 30));
        });
        assertThat(RULES.evaluate(cheb, LocalDate.of(2011, 6, 30)).hasErrors()).isFalse();
    }

    @Test
    void jachymovBeforeItsFoundingOnItsAdoptionAndAfterItsPage() {
        Dossier jachymov = asThePageTells(SourcePages.jachymov());
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
        Report report = RULES.evaluate(asThePageTells(SourcePages.kutnaHora()), LocalDate.of(2013, 1, 1));
        assertThat(report.hasErrors()).isFalse();
        assertThat(report.of(RuleId.REVIEW_CYCLE)).singleElement().satisfies(f -> {
            assertThat(f.code().id()).isEqualTo("review-cycle.not-recorded");
            assertThat(f.due()).isEqualTo(LocalDate.of(2012, 5, 10));
        });
    }
}
