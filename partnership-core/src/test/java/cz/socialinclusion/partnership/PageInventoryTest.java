package cz.socialinclusion.partnership;

import cz.socialinclusion.partnership.fixtures.SourcePages;
import cz.socialinclusion.partnership.group.WorkingGroup;
import cz.socialinclusion.partnership.intervention.Extension;
import cz.socialinclusion.partnership.meeting.Meeting;
import cz.socialinclusion.partnership.plan.Approval;
import cz.socialinclusion.partnership.plan.Measure;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inventory of the five source pages ({@code shared/seeds}), counted by hand from the pages: how many members
 * each lists, its working groups and who sits in them, every date it gives (as precisely as it gives it: a day, a
 * month, a half-year, a range, or known but not recorded), the measures it names and nothing else. Each dossier must
 * hold exactly these facts: a date the page does not give must not appear, a measure the page does not name must
 * not appear.
 */
class PageInventoryTest {

    /**
     * What one page lists.
     *
     * @param town     the municipality
     * @param dossier  the fixture built from the page
     * @param members  how many members the page lists (Děčín: the organisations its group lists name, once each)
     * @param seats    each working group the page names, with how many sit in it as the page lists them
     * @param dates    every date of the dossier by the fact it dates, in the text form of its precision
     * @param measures the measures (opatření, nástroje) the page names, in its order
     */
    record Page(String town, Supplier<Dossier> dossier, int members, Map<String, Integer> seats,
                Map<String, String> dates, List<String> measures) {

        @Override
        public String toString() {
            return town;
        }
    }

    static List<Page> pages() {
        return List.of(
                new Page("Kadaň", SourcePages::kadan, 20, Map.of(),
                        dates("partnership.workingGroupsFormed", "not-recorded",
                                "partnership.membersListedAsOf", "2017-12-14",
                                // "Dalším výstupem pracovních skupin bude podání Individuálního projektu města": an idea, undated
                                "projects[kadan-ip].history[IDEA].on", "not-recorded",
                                "recordedUntil", "2017-12-14"),
                        List.of()),
                new Page("Jáchymov", SourcePages::jachymov, 12,
                        seats("jachymov-ps-vzdelavani", 0, "jachymov-ps-spj", 0, "jachymov-ps-zamestnanost", 0,
                                "jachymov-ps-bydleni", 0, "jachymov-ps-projekty", 0),
                        dates("partnership.founded", "2010-06-23",
                                "partnership.meetings[jachymov-ustavujici].date", "2010-06-23",
                                "partnership.situationAnalysis", "not-recorded/not-recorded",
                                "plans[jachymov-spsz-2011].period", "2011-02-09/2014-02-09",
                                "plans[jachymov-spsz-2011].versions[1].date", "../2011-02-09",
                                "plans[jachymov-spsz-2011].versions[1].approvals[COUNCIL].date", "2011-02-09",
                                "recordedUntil", "2011-02-09"),
                        List.of("zřízení další přípravné třídy", "rekonstrukce prostor mateřské školy",
                                "zavedení systému veřejně prospěšných prací a veřejné služby",
                                "otevření nového nízkoprahového centra", "rekonstrukce bytů pro sociální bydlení",
                                "zřizování pracovních příležitostí pro osoby vracející se z vězení")),
                new Page("Kutná Hora", SourcePages::kutnaHora, 14, Map.of(),
                        dates("partnership.founded", "2010-06-11",
                                "partnership.meetings[kutna-hora-ustavujici].date", "2010-06-11",
                                "partnership.workingGroupsFormed", "2010-08",
                                "partnership.situationAnalysis", "2010-07/2010-09",
                                "partnership.membershipOpen", "2010-07/2010-08",
                                "plans[kutna-hora-spsz-2011].period", "2011-05-10/2014-05-10",
                                "plans[kutna-hora-spsz-2011].versions[1].date", "2011-H1",
                                "plans[kutna-hora-spsz-2011].versions[1].approvals[BOARD].date", "2011-04-27",
                                "plans[kutna-hora-spsz-2011].versions[1].approvals[COUNCIL].date", "2011-05-10",
                                "recordedUntil", "2011-05-10"),
                        List.of("sociální firma", "zavedení systému prostupného bydlení",
                                "přípravná třída pro předškolní vzdělávání na základní škole Kamenná stezka",
                                "azylový dům pro matky s dětmi", "zavedení sociálně aktivizačních služeb v rodinách")),
                new Page("Cheb", SourcePages::cheb, 13, Map.of(),
                        dates("partnership.founded", "2008-07-30",
                                "partnership.meetings[cheb-ustavujici].date", "2008-07-30",
                                "partnership.workingGroupsFormed", "../2009-03-31",
                                // "každá dvakrát až čtyřikrát do měsíce … (březen 2009 až leden 2010)"
                                "partnership.workingGroupPractice.rhythm.during", "2009-03/2010-01",
                                "partnership.intervention.start", "2008-07",
                                "partnership.intervention.extensions[1].decided", "2011-02-01/2011-02-10",
                                "partnership.intervention.extensions[1].newEnd", "2012-12-31",
                                "plans[cheb-spsz-2010].period", "2010-01-01/2013-01-01",
                                "plans[cheb-spsz-2010].versions[1].date", "2010-02",
                                "plans[cheb-spsz-2010].versions[1].approvals[COUNCIL].date", "not-recorded",
                                // "Momentálně se usilovně pracuje … na přípravě": in preparation by the page's latest day
                                "projects[cheb-ip].history[IN_PREPARATION].on", "../2011-02-10",
                                "projects[cheb-ip-investicni].history[IN_PREPARATION].on", "../2011-02-10",
                                "recordedUntil", "2011-02-10"),
                        List.of()),
                new Page("Děčín", SourcePages::decin, 31,
                        seats("decin-ps-bydleni", 15, "decin-ps-zamestnanost", 4, "decin-ps-vzdelavani", 18,
                                "decin-ps-projekty", 2),
                        dates("partnership.membersListedAsOf", "2017-11-03",
                                "partnership.coordinatedApproach.since", "not-recorded",
                                "recordedUntil", "2017-11-03"),
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void theDossierHasAsManyMembersAsThePageLists(Page page) {
        assertThat(page.dossier().get().partnership().memberships()).hasSize(page.members());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void theDossierHasTheWorkingGroupsThePageNamesWithTheirSeats(Page page) {
        Map<String, Integer> seats = new LinkedHashMap<>();
        for (WorkingGroup group : page.dossier().get().partnership().workingGroups()) {
            seats.put(group.id().value(), group.participants().size());
        }
        assertThat(seats).containsExactlyEntriesOf(page.seats());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void theDossierHasExactlyTheDatesThePageGivesAsPreciselyAsItGivesThem(Page page) {
        assertThat(datesOf(page.dossier().get())).containsExactlyInAnyOrderEntriesOf(page.dates());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void theDossierHasExactlyTheMeasuresThePageNames(Page page) {
        assertThat(page.dossier().get().plans()).flatExtracting(p -> p.latestVersion().measures().map(Measure::title).toList())
                .containsExactlyElementsOf(page.measures());
    }

    /** Every date in a dossier, by the path of the fact it dates; absent facts are left out. */
    static Map<String, String> datesOf(Dossier dossier) {
        Map<String, String> dates = new LinkedHashMap<>();
        Partnership p = dossier.partnership();
        put(dates, "partnership.founded", p.founded());
        put(dates, "partnership.workingGroupsFormed", p.workingGroupsFormed());
        put(dates, "partnership.membersListedAsOf", p.membersListedAsOf());
        for (var span : Map.of("partnership.situationAnalysis", java.util.Optional.ofNullable(p.situationAnalysis()),
                "partnership.membershipOpen", java.util.Optional.ofNullable(p.membershipOpen())).entrySet()) {
            span.getValue().ifPresent(s -> put(dates, span.getKey(), s.from() + "/" + s.until()));
        }
        if (p.coordinatedApproach() != null) {
            put(dates, "partnership.coordinatedApproach.since", p.coordinatedApproach().since());
        }
        if (p.rulesOfProcedure() != null) {
            put(dates, "partnership.rulesOfProcedure.adopted", p.rulesOfProcedure().adopted());
        }
        for (WorkingGroup group : p.workingGroups()) {
            put(dates, "partnership.workingGroups[" + group.id().value() + "].formed", group.formed());
        }
        if (p.workingGroupPractice() != null && p.workingGroupPractice().rhythm() != null) {
            put(dates, "partnership.workingGroupPractice.rhythm.during", p.workingGroupPractice().rhythm().during().from()
                    + "/" + p.workingGroupPractice().rhythm().during().until());
        }
        for (Meeting meeting : p.meetings()) {
            put(dates, "partnership.meetings[" + meeting.id().value() + "].date", meeting.date());
        }
        if (p.intervention() != null) {
            put(dates, "partnership.intervention.start", p.intervention().start());
            List<Extension> extensions = p.intervention().extensions();
            for (int i = 0; i < extensions.size(); i++) {
                put(dates, "partnership.intervention.extensions[" + (i + 1) + "].decided", extensions.get(i).decided());
                put(dates, "partnership.intervention.extensions[" + (i + 1) + "].newEnd", extensions.get(i).newEnd());
            }
        }
        for (StrategicPlan plan : dossier.plans()) {
            String path = "plans[" + plan.id().value() + "]";
            put(dates, path + ".period", plan.period().getStart() + "/" + plan.period().getEnd());
            for (PlanVersion version : plan.versions()) {
                String v = path + ".versions[" + version.number() + "]";
                put(dates, v + ".date", version.date());
                for (Approval approval : version.approvals()) {
                    put(dates, v + ".approvals[" + approval.body() + "].date", approval.date());
                }
            }
        }
        dossier.projects().forEach(project -> project.history().forEach(change ->
                put(dates, "projects[" + project.id().value() + "].history[" + change.status() + "].on", change.on())));
        put(dates, "recordedUntil", dossier.recordedUntil());
        return dates;
    }

    private static void put(Map<String, String> dates, String path, Object date) {
        if (date != null) {
            dates.put(path, date.toString());
        }
    }

    private static Map<String, String> dates(String... pathsAndDates) {
        Map<String, String> dates = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndDates.length; i += 2) {
            dates.put(pathsAndDates[i], pathsAndDates[i + 1]);
        }
        return dates;
    }

    private static Map<String, Integer> seats(Object... idsAndCounts) {
        Map<String, Integer> seats = new LinkedHashMap<>();
        for (int i = 0; i < idsAndCounts.length; i += 2) {
            seats.put((String) idsAndCounts[i], (Integer) idsAndCounts[i + 1]);
        }
        return seats;
    }
}
