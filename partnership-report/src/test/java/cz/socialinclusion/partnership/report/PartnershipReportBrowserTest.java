package cz.socialinclusion.partnership.report;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.Partnership;
import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.base.RecordedSpan;
import cz.socialinclusion.partnership.group.MeetingRhythm;
import cz.socialinclusion.partnership.group.Theme;
import cz.socialinclusion.partnership.group.WorkingGroupId;
import cz.socialinclusion.partnership.group.WorkingGroupKind;
import cz.socialinclusion.partnership.group.WorkingGroup;
import cz.socialinclusion.partnership.intervention.Extension;
import cz.socialinclusion.partnership.intervention.Intervention;
import cz.socialinclusion.partnership.meeting.GroupReport;
import cz.socialinclusion.partnership.meeting.Meeting;
import cz.socialinclusion.partnership.meeting.MeetingId;
import cz.socialinclusion.partnership.meeting.MeetingKind;
import cz.socialinclusion.partnership.member.MemberId;
import cz.socialinclusion.partnership.member.NaturalPerson;
import cz.socialinclusion.partnership.plan.Approval;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import cz.socialinclusion.partnership.rules.Deadline;
import cz.socialinclusion.partnership.rules.Rules;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.threeten.extra.YearQuarter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The pages of the five source-page partnerships, as of {@link #AS_OF}, opened from disk in headless Chromium:
 * they load with no console message and no request, each mark is where its date puts it on the axis the page
 * draws, and a screenshot of each is written to {@code target/screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnershipReportBrowserTest {

    static final LocalDate AS_OF = LocalDate.of(2012, 8, 1);
    private static final Path PAGES = Path.of("target", "report-pages");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browser browser;

    @BeforeAll
    void startBrowser() throws IOException {
        browser = Browser.start();
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    static Stream<String> dossiers() {
        return Stream.of("kadan", "jachymov", "kutna-hora", "cheb", "decin");
    }

    private static Dossier dossier(String name) {
        return switch (name) {
            case "kadan" -> SourcePages.kadan();
            case "jachymov" -> SourcePages.jachymov();
            case "kutna-hora" -> SourcePages.kutnaHora();
            case "cheb" -> SourcePages.cheb();
            case "decin" -> SourcePages.decin();
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** Writes the page the way a host or the tool would, and opens it from disk. */
    private Path open(String name, Dossier dossier, Locale locale) throws IOException {
        Path page = PAGES.resolve(name + "-" + AS_OF + "-" + locale.getLanguage() + ".html").toAbsolutePath();
        Files.createDirectories(page.getParent());
        Files.writeString(page, PartnershipReport.render(dossier, AS_OF, locale), StandardCharsets.UTF_8);
        browser.open(page);
        return page;
    }

    @ParameterizedTest
    @MethodSource("dossiers")
    void thePageLoadsFromDiskWithNoConsoleMessageAndNoRequest(String name) throws IOException {
        Path page = open(name, dossier(name), Locale.ENGLISH);

        assertThat(browser.driver.getTitle()).startsWith(dossier(name).partnership().name());
        assertThat(browser.console()).extracting(LogEntry::getMessage).isEmpty();
        assertThat((List<?>) browser.script("return performance.getEntriesByType('resource').map(e => e.name)")).isEmpty();
        List<String> requested = new ArrayList<>();
        for (LogEntry entry : browser.performance()) {
            String message = entry.getMessage();
            if (message.contains("\"Network.requestWillBeSent\"")) {
                int at = message.indexOf("\"url\":\"") + 7;
                requested.add(message.substring(at, message.indexOf('"', at)));
            }
        }
        assertThat(requested).allSatisfy(url -> assertThat(url).isEqualTo(page.toUri().toString()));
        browser.screenshot(SCREENSHOTS.resolve(name + "-" + AS_OF + ".png"));
        assertThat(SCREENSHOTS.resolve(name + "-" + AS_OF + ".png")).isNotEmptyFile();
    }

    /** The axis as the page draws it: the x of each year's tick, read from the DOM with the year it is labelled. */
    private record Axis(LocalDate first, double firstX, LocalDate last, double lastX) {

        double x(LocalDate day) {
            return firstX + (lastX - firstX) * ChronoUnit.DAYS.between(first, day) / ChronoUnit.DAYS.between(first, last);
        }
    }

    private Axis axis() {
        List<WebElement> ticks = browser.driver.findElements(By.cssSelector("svg.timeline line.tick"));
        List<WebElement> years = browser.driver.findElements(By.cssSelector("svg.timeline text.year"));
        assertThat(ticks).hasSameSizeAs(years).hasSizeGreaterThanOrEqualTo(2);
        int last = ticks.size() - 1;
        return new Axis(LocalDate.of(Integer.parseInt(years.get(0).getText()), 1, 1), left(ticks.get(0)),
                LocalDate.of(Integer.parseInt(years.get(last).getText()), 1, 1), left(ticks.get(last)));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Number> box(WebElement element) {
        return (Map<String, Number>) browser.script(
                "const r = arguments[0].getBoundingClientRect(); return {left: r.left, right: r.right, centre: (r.left + r.right) / 2};",
                element);
    }

    private double left(WebElement element) {
        return box(element).get("left").doubleValue();
    }

    private WebElement shape(String id) {
        return browser.driver.findElement(By.id(id)).findElement(By.cssSelector(".shape"));
    }

    private void assertCentredOn(String id, LocalDate day, Axis axis) {
        assertThat(box(shape(id)).get("centre").doubleValue()).as("%s on %s", id, day).isCloseTo(axis.x(day), within(1.0));
    }

    private void assertSpans(String id, LocalDate from, LocalDate to, Axis axis) {
        Map<String, Number> box = box(shape(id));
        assertThat(box.get("left").doubleValue()).as("%s from %s", id, from).isCloseTo(axis.x(from), within(1.0));
        assertThat(box.get("right").doubleValue()).as("%s to %s", id, to).isCloseTo(axis.x(to), within(1.0));
    }

    /** What the page must draw, counted while each mark's place is checked. */
    private final class Expected {
        private final Axis axis;
        private int marks;
        private int notOnAxis;

        Expected(Axis axis) {
            this.axis = axis;
        }

        /** A point on its day, a range over its possible days, or (not recorded) no mark but a line under the axis. */
        void placed(String id, RecordedDate when) {
            if (!when.isRecorded()) {
                assertThat(browser.driver.findElements(By.id(id))).as(id).isEmpty();
                notOnAxis++;
                return;
            }
            if (when.isExact()) {
                assertCentredOn(id, when.earliest(), axis);
            } else {
                assertSpans(id, when.earliest() != null ? when.earliest() : axis.first(), when.latest(), axis);
            }
            marks++;
        }

        /** A bar from the earliest day {@code from} may have been, and a range over its days when it is not exact. */
        void spans(String id, RecordedDate from, LocalDate to) {
            if (!from.isRecorded()) {
                notOnAxis++;
                return;
            }
            LocalDate start = from.earliest() != null ? from.earliest() : axis.first();
            assertSpans(id, start, to, axis);
            marks++;
            if (!from.isExact()) {
                assertSpans(id + "-start", start, from.latest(), axis);
                marks++;
            }
        }

        /** A bar over a span, with a range over each end that is not a day; not recorded, a line under the axis. */
        void period(String id, RecordedSpan span) {
            if (!span.from().isRecorded() || !span.until().isRecorded()) {
                notOnAxis++;
                return;
            }
            if (!mayBeByTheDay(span.from())) {
                return;
            }
            LocalDate start = span.from().earliest() != null ? span.from().earliest() : axis.first();
            assertSpans(id, start, span.until().latest(), axis);
            marks++;
            if (!span.from().isExact()) {
                assertSpans(id + "-start", start, span.from().latest(), axis);
                marks++;
            }
            if (!span.until().isExact()) {
                assertSpans(id + "-end", span.until().earliest(), span.until().latest(), axis);
                marks++;
            }
        }

        void point(String id, LocalDate day) {
            assertCentredOn(id, day, axis);
            marks++;
        }
    }

    private static boolean mayBeByTheDay(RecordedDate date) {
        return date.earliest() == null || !date.earliest().isAfter(AS_OF);
    }

    @ParameterizedTest
    @MethodSource("dossiers")
    void everyMarkIsWhereItsDatePutsItOnTheAxis(String name) throws IOException {
        assertMarksWhereTheirDatesPutThem(name, dossier(name));
    }

    /**
     * Cheb with the dates its pages give only roughly: the intervention from July 2008, the extension decided early
     * in February 2011 by the Agency's monitoring committee, a group meeting two to four times a month from March
     * 2009 to January 2010, the plan finished in February 2010 and adopted by the council on a day not given; and,
     * for the test, an analysis dated to a year and a half-year and a membership window with no dates.
     */
    @Test
    void datesKnownOnlyToAMonthOrARangeAreDrawnAsRangesAndUndatedFactsAreListed() throws IOException {
        Dossier cheb = SourcePages.cheb();
        Intervention intervention = Intervention.startingOn(RecordedDate.month(YearMonth.of(2008, 7)))
                .extend(new Extension(RecordedDate.between(LocalDate.of(2011, 2, 1), LocalDate.of(2011, 2, 10)),
                        LocalDate.of(2012, 12, 31), "prodloužení o rok a půl", "Monitorovací výbor Agentury"));
        WorkingGroup housing = WorkingGroup.of(WorkingGroupId.of("cheb-test-bydleni"), "Bydlení", WorkingGroupKind.THEMATIC,
                        Set.of(Theme.HOUSING))
                .withMeetingRhythm(new MeetingRhythm(2, 4, new RecordedSpan(RecordedDate.month(YearMonth.of(2009, 3)),
                        RecordedDate.month(YearMonth.of(2010, 1)))));
        StrategicPlan plan = cheb.plans().get(0);
        PlanVersion v1 = plan.latestVersion();
        StrategicPlan imprecise = new StrategicPlan(plan.id(), plan.partnership(), plan.title(), plan.period(),
                List.of(new PlanVersion(1, RecordedDate.month(YearMonth.of(2010, 2)), v1.summary(), v1.needs(), v1.priorities(),
                        List.of(Approval.council(RecordedDate.notRecorded())))));
        Partnership partnership = cheb.partnership().withWorkingGroup(housing).toBuilder().intervention(intervention)
                .situationAnalysis(new RecordedSpan(RecordedDate.year(2008), RecordedDate.halfYear(2009, 1)))
                .membershipOpen(RecordedSpan.notRecorded()).build();
        Dossier dossier = new Dossier(partnership, List.of(imprecise), cheb.projects());

        assertMarksWhereTheirDatesPutThem("cheb-imprecise", dossier);

        assertThat(browser.driver.findElement(By.id("extension-1-decided")).getAttribute("class")).contains("range");
        assertThat(browser.driver.findElement(By.id("extension-1-decided")).getAttribute("aria-label"))
                .startsWith("Extension to Dec 31, 2012, decided by Monitorovací výbor Agentury: Feb 1, 2011 to Feb 10, 2011;");
        assertThat(browser.driver.findElement(By.id("group-cheb-test-bydleni-rhythm")).getAttribute("aria-label"))
                .isEqualTo("Working group Bydlení met 2 to 4 times a month, from March 2009 to January 2010");
        assertThat(browser.driver.findElements(By.cssSelector("#not-on-axis li"))).extracting(WebElement::getText)
                .contains("Membership open from date not recorded to date not recorded",
                        "Plan " + plan.title() + ", version 1: adopted by the municipal council, date not recorded");
        browser.screenshot(SCREENSHOTS.resolve("cheb-imprecise-" + AS_OF + ".png"));
    }

    private void assertMarksWhereTheirDatesPutThem(String name, Dossier dossier) throws IOException {
        open(name, dossier, Locale.ENGLISH);
        Axis axis = axis();
        Expected expected = new Expected(axis);
        Partnership partnership = dossier.partnership();

        assertCentredOn("today", AS_OF, axis);
        if (partnership.founded() != null) {
            expected.point("founding", partnership.founded());
        }
        if (partnership.situationAnalysis() != null) {
            expected.period("situation-analysis", partnership.situationAnalysis());
        }
        if (partnership.membershipOpen() != null) {
            expected.period("membership-open", partnership.membershipOpen());
        }
        Intervention intervention = partnership.intervention();
        if (intervention != null) {
            expected.spans("intervention", intervention.start(), intervention.plannedEnd().latest());
            List<Extension> extensions = intervention.extensions();
            for (int i = 0; i < extensions.size(); i++) {
                if (mayBeByTheDay(extensions.get(i).decided())) {
                    expected.spans("extension-" + (i + 1),
                            RecordedDate.day(intervention.endBefore(i).latest().plusDays(1)), extensions.get(i).newEnd());
                    expected.placed("extension-" + (i + 1) + "-decided", extensions.get(i).decided());
                }
            }
        }
        for (Meeting meeting : partnership.meetings()) {
            if (!meeting.date().isAfter(AS_OF)) {
                expected.point("meeting-" + meeting.id().value(), meeting.date());
            }
        }
        for (WorkingGroup group : partnership.workingGroups()) {
            RecordedDate formed = partnership.formationOf(group).orElse(null);
            if (formed != null && mayBeByTheDay(formed)) {
                expected.spans("group-" + group.id().value(), formed, AS_OF);
            }
            if (group.meetingRhythm() != null) {
                expected.period("group-" + group.id().value() + "-rhythm", group.meetingRhythm().during());
            }
        }
        for (StrategicPlan plan : dossier.plans()) {
            String id = "plan-" + plan.id().value();
            expected.spans(id, RecordedDate.day(plan.start()), plan.end());
            for (PlanVersion version : plan.versions()) {
                if (mayBeByTheDay(version.date())) {
                    expected.placed(id + "-v" + version.number(), version.date());
                }
                for (Approval approval : version.approvals()) {
                    if (mayBeByTheDay(approval.date())) {
                        expected.placed(id + "-v" + version.number() + "-" + approval.body().name().toLowerCase(Locale.ROOT),
                                approval.date());
                    }
                }
            }
        }
        assertThat(browser.driver.findElements(By.cssSelector("#not-on-axis li"))).hasSize(expected.notOnAxis);
        List<Deadline> deadlines = Rules.standard().schedule(dossier, axis.first(), axis.last().minusDays(1), AS_OF).deadlines();
        for (int i = 0; i < deadlines.size(); i++) {
            Deadline deadline = deadlines.get(i);
            assertCentredOn("deadline-" + (i + 1), deadline.due(), axis);
            assertThat(browser.driver.findElement(By.id("deadline-" + (i + 1))).getAttribute("class"))
                    .contains(deadline.status().name().toLowerCase(Locale.ROOT));
        }
        assertThat(browser.driver.findElements(By.cssSelector("svg.timeline .mark.deadline"))).hasSameSizeAs(deadlines);
        List<WebElement> drawn = browser.driver.findElements(
                By.cssSelector("svg.timeline .mark:not(.deadline):not(#today):not(#recorded-until)"));
        assertThat(drawn).as("the marks of the dossier's facts up to %s, and no other", AS_OF).hasSize(expected.marks);
        for (WebElement mark : drawn) {
            assertThat(mark.getAttribute("tabindex")).isEqualTo("0");
            assertThat(mark.getAttribute("aria-label")).isNotBlank()
                    .isEqualTo(mark.findElement(By.tagName("title")).getAttribute("textContent"));
        }
    }

    @Test
    void eachMeetingShowsByShapeAndWordsWhetherTheQuartersReportsWerePresented() throws IOException {
        Dossier jachymov = SourcePages.jachymov();
        Partnership partnership = jachymov.partnership();
        List<WorkingGroup> thematic = partnership.workingGroups().stream().filter(WorkingGroup::isThematic)
                .map(g -> g.withFormed(RecordedDate.day(LocalDate.of(2010, 8, 31)))).toList();
        for (WorkingGroup group : thematic) {
            partnership = partnership.withWorkingGroup(group);
        }
        assertThat(thematic).hasSizeGreaterThan(1);
        YearQuarter first = YearQuarter.of(2011, 1);
        partnership = partnership
                .withMeeting(Meeting.ofPartnership(MeetingId.of("jachymov-2011-03"), LocalDate.of(2011, 3, 15), MeetingKind.REGULAR)
                        .withReports(thematic.stream().map(g -> new GroupReport(g.id(), first, "Výstupy skupiny " + g.name())).toList()))
                .withMeeting(Meeting.ofPartnership(MeetingId.of("jachymov-2011-06"), LocalDate.of(2011, 6, 15), MeetingKind.REGULAR)
                        .withReports(List.of(new GroupReport(thematic.get(0).id(), first.plusQuarters(1), "Výstupy za duben až červen"))))
                .withMeeting(Meeting.ofPartnership(MeetingId.of("jachymov-2011-09"), LocalDate.of(2011, 9, 15), MeetingKind.REGULAR));
        open("jachymov-meetings", jachymov.withPartnership(partnership), Locale.ENGLISH);

        WebElement all = browser.driver.findElement(By.id("meeting-jachymov-2011-03"));
        WebElement some = browser.driver.findElement(By.id("meeting-jachymov-2011-06"));
        WebElement none = browser.driver.findElement(By.id("meeting-jachymov-2011-09"));
        assertThat(all.getAttribute("aria-label")).endsWith("all reports due for the quarter presented");
        assertThat(some.getAttribute("aria-label")).endsWith("some reports due for the quarter missing");
        assertThat(none.getAttribute("aria-label")).endsWith("no report due for the quarter presented");
        List<String> shapes = Stream.of(all, some, none).map(m -> m.getAttribute("class").replaceAll(".* ", "")).toList();
        assertThat(shapes).doesNotHaveDuplicates();
        new Actions(browser.driver).moveToElement(browser.driver.findElement(By.tagName("h1"))).perform();
        List<String> colours = Stream.of(all, some, none)
                .map(m -> m.findElement(By.cssSelector(".shape")).getCssValue("stroke")).toList();
        assertThat(colours).doesNotHaveDuplicates();
        for (WorkingGroup group : thematic) {
            assertThat(browser.driver.findElement(By.id("group-" + group.id().value())).getAttribute("aria-label"))
                    .contains(group.name());
        }
        browser.screenshot(SCREENSHOTS.resolve("jachymov-with-meetings-" + AS_OF + ".png"));
    }

    @Test
    void eachFindingShowsTheSourceOfItsFactsWithTheQuotedWordsAndLinksToItsEntry() throws IOException {
        Dossier cheb = SourcePages.cheb();
        open("finding-sources", cheb, Locale.ENGLISH);

        List<WebElement> findings = browser.driver.findElements(By.cssSelector("tr.finding"));
        assertThat(findings).isNotEmpty().allSatisfy(row -> {
            WebElement source = row.findElement(By.cssSelector(".finding-source a"));
            assertThat(source.getText()).isEqualTo("Lokální partnerství Cheb");
            assertThat(source.getAttribute("href")).endsWith("#source-cheb-stranka");
        });
        assertThat(browser.driver.findElements(By.cssSelector(".finding-source"))).extracting(WebElement::getText)
                .anySatisfy(text -> assertThat(text).startsWith("Source: Lokální partnerství Cheb — „").endsWith("“"));
        WebElement entry = browser.driver.findElement(By.id("source-cheb-stranka"));
        assertThat(entry.getText()).startsWith("Lokální partnerství Cheb");
        findings.get(0).findElement(By.cssSelector(".finding-source a")).click();
        assertThat(browser.driver.getCurrentUrl()).endsWith("#source-cheb-stranka");
        assertThat(browser.console()).filteredOn(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).isEmpty();
    }

    @Test
    void aMemberNamedLikeAScriptIsShownAsText() throws IOException {
        String hostile = "<script>alert(1)</script>";
        Dossier cheb = SourcePages.cheb();
        Partnership partnership = cheb.partnership()
                .withMember(NaturalPerson.of(MemberId.of("cheb-hostile"), hostile, "soukromý podnikatel"), LocalDate.of(2010, 1, 4));
        open("escaped", cheb.withPartnership(partnership), Locale.ENGLISH);

        assertThat(browser.driver.findElements(By.cssSelector("li.member")))
                .extracting(WebElement::getText).anySatisfy(text -> assertThat(text).startsWith(hostile));
        assertThat(browser.driver.findElements(By.tagName("script"))).hasSize(1);
        assertThatThrownBy(() -> browser.driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.console()).filteredOn(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).isEmpty();
    }

    @Test
    void printedTheHelpLineGoesAndTheTimelineFitsTheLandscapePage() throws IOException {
        open("cheb-print", SourcePages.cheb(), Locale.ENGLISH);
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(browser.driver.findElement(By.id("readout")).isDisplayed()).isFalse();
            Map<String, Object> pdf = browser.driver.executeCdpCommand("Page.printToPDF", Map.of("landscape", true,
                    "paperWidth", 11.69, "paperHeight", 8.27, "preferCSSPageSize", true));
            byte[] bytes = java.util.Base64.getDecoder().decode((String) pdf.get("data"));
            assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            Files.write(SCREENSHOTS.resolve("cheb-" + AS_OF + ".pdf"), bytes);
            Number svgWidth = (Number) browser.script("return document.querySelector('svg.timeline').getBoundingClientRect().right");
            Number pageWidth = (Number) browser.script("return document.documentElement.clientWidth");
            assertThat(svgWidth.doubleValue()).isLessThanOrEqualTo(pageWidth.doubleValue());
        } finally {
            browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void theCzechPageSpeaksCzechAndFocusingAMarkReadsIt() throws IOException {
        Dossier cheb = SourcePages.cheb();
        open("cheb-cs", cheb, Locale.forLanguageTag("cs"));

        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("cs");
        assertThat(browser.driver.findElement(By.id("timeline-heading")).getText()).isEqualTo("Časová osa");
        assertThat(browser.driver.findElement(By.id("stage")).getText())
                .isEqualTo(new Texts(Locale.forLanguageTag("cs")).word("stage." + cheb.stageOn(AS_OF)));
        WebElement founding = browser.driver.findElement(By.id("founding"));
        assertThat(founding.getAttribute("aria-label")).isEqualTo("Ustavující setkání 30. 7. 2008");
        new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        assertThat(browser.driver.switchTo().activeElement()).isEqualTo(founding);
        assertThat(browser.driver.findElement(By.id("readout")).getText()).isEqualTo("Ustavující setkání 30. 7. 2008");
        WebElement plan = browser.driver.findElement(By.id("plan-cheb-spsz-2010"));
        new Actions(browser.driver).moveToElement(plan.findElement(By.cssSelector(".shape"))).perform();
        assertThat(browser.driver.findElement(By.id("readout")).getText()).isEqualTo(plan.getAttribute("aria-label"))
                .startsWith("Plán Strategický plán sociálního začleňování v Chebu");
        browser.screenshot(SCREENSHOTS.resolve("cheb-" + AS_OF + "-cs.png"));
    }
}
