package cz.socialinclusion.partnership.report;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.Membership;
import cz.socialinclusion.partnership.Partnership;
import cz.socialinclusion.partnership.Stage;
import cz.socialinclusion.partnership.base.Answer;
import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.base.RecordedSpan;
import cz.socialinclusion.partnership.group.MeetingRhythm;
import cz.socialinclusion.partnership.group.WorkingGroup;
import cz.socialinclusion.partnership.group.WorkingGroupId;
import cz.socialinclusion.partnership.intervention.Extension;
import cz.socialinclusion.partnership.intervention.Intervention;
import cz.socialinclusion.partnership.meeting.GroupReport;
import cz.socialinclusion.partnership.meeting.Meeting;
import cz.socialinclusion.partnership.member.Member;
import cz.socialinclusion.partnership.member.NaturalPerson;
import cz.socialinclusion.partnership.member.Organisation;
import cz.socialinclusion.partnership.plan.ActionStep;
import cz.socialinclusion.partnership.plan.Approval;
import cz.socialinclusion.partnership.plan.ApprovalBody;
import cz.socialinclusion.partnership.plan.Goal;
import cz.socialinclusion.partnership.plan.Measure;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.Priority;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import cz.socialinclusion.partnership.rules.Deadline;
import cz.socialinclusion.partnership.rules.DeadlineStatus;
import cz.socialinclusion.partnership.rules.Finding;
import cz.socialinclusion.partnership.source.SourceId;
import cz.socialinclusion.partnership.source.Citation;
import cz.socialinclusion.partnership.rules.Report;
import cz.socialinclusion.partnership.rules.Rules;
import cz.socialinclusion.partnership.rules.Severity;
import cz.socialinclusion.partnership.rules.Subject;
import cz.socialinclusion.partnership.report.Timeline.Mark;
import cz.socialinclusion.partnership.report.Timeline.Shape;
import org.threeten.extra.YearQuarter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * What the template shows of one dossier on one day: the timeline's rows and marks, the findings by severity,
 * the members by kind and the plans' progress. Every text is plain (the template escapes it); every number is
 * computed here, so that the template holds no logic.
 */
final class Page {

    /** One finding: its message in the page's language, what it concerns, its due day, the sources of its facts. */
    record FindingRow(String code, String message, String subject, String due, List<FindingSource> sources) {
    }

    /** A source of the facts a finding rests on: the anchor of its entry under the sources, its title, a quote. */
    record FindingSource(String id, String title, String quote) {
    }

    /** The findings of one severity. */
    record FindingGroup(String severity, String css, int count, List<FindingRow> items) {
    }

    /** One member and when it joined and left, as far as recorded ({@code null}: nothing recorded). */
    record MemberRow(String name, String dates) {
    }

    /** The members of one kind. */
    record MemberGroup(String kind, List<MemberRow> items) {
    }

    /** One bar of a plan's progress: a priority, a goal or a measure, its completed steps. */
    record Bar(String css, String level, String title, String percent, String width, String text) {
    }

    /** One plan's progress. */
    record PlanProgress(String title, List<Bar> bars) {
    }

    /** A source the dossier cites: its title, kind, date and address, and how many of the dossier's citations name it. */
    record SourceRow(String id, String title, String kind, String date, String address, long citations) {
    }

    /** One entry of the legend: a mark drawn alone and what it means. */
    record LegendEntry(Mark mark, String text) {
    }

    /** A meeting's standing: whether the reports due for its quarter were presented at it. */
    enum Reporting { ALL, SOME, NONE, NOT_DUE }

    final String lang;
    final String title;
    final String name;
    final String municipality;
    final String asOf;
    final String stage;
    final Map<String, String> t;
    final String width = String.valueOf(Timeline.WIDTH);
    final String height;
    final String axisLeft = String.valueOf(Timeline.LEFT);
    final String axisRight = String.valueOf(Timeline.RIGHT);
    final String axisTop = String.valueOf(Timeline.TOP - 12);
    final String axisBottom;
    final String tickLabelY;
    final List<Timeline.Tick> ticks;
    final List<Timeline.Row> rows;
    final String todayX;
    final String todayLabel;
    final List<LegendEntry> legend;
    final List<FindingGroup> findings;
    final boolean noFindings;
    final List<MemberGroup> members;
    final List<PlanProgress> plans;
    final List<SourceRow> sources;

    final List<String> notOnAxis = new ArrayList<>();
    final boolean hasNotOnAxis;
    final String recordedUntilX;
    final String recordedUntilLabel;

    private final Texts texts;
    private final LocalDate day;

    Page(Dossier dossier, LocalDate asOf, Locale locale, Rules rules) {
        this.texts = new Texts(locale);
        this.day = asOf;
        Partnership partnership = dossier.partnership();
        this.lang = texts.locale().getLanguage();
        this.t = texts.forTemplate();
        this.name = partnership.name();
        this.municipality = partnership.municipality();
        this.title = partnership.name() + " — " + texts.word("title");
        this.asOf = texts.date(asOf);
        Stage now = dossier.stageOn(asOf);
        this.stage = texts.word("stage." + now, now.name());

        Timeline axis = new Timeline(first(dossier, asOf), last(dossier, asOf));
        founding(axis, partnership);
        phases(axis, partnership);
        intervention(axis, partnership.intervention());
        meetings(axis, partnership);
        groups(axis, partnership);
        for (StrategicPlan plan : dossier.plansByStart()) {
            plan(axis, plan);
        }
        deadlines(axis, rules.schedule(dossier, axis.start(), axis.end().minusDays(1), asOf).deadlines());
        this.rows = axis.rows();
        this.hasNotOnAxis = !notOnAxis.isEmpty();
        this.ticks = axis.ticks();
        int height = Timeline.height(rows.size());
        this.height = String.valueOf(height);
        this.axisBottom = Timeline.n(height - 24.0);
        this.tickLabelY = Timeline.n(height - 8.0);
        this.todayX = Timeline.n(axis.x(asOf));
        this.todayLabel = texts.format("mark.today", texts.date(asOf));
        LocalDate until = dossier.recordedUntil();
        boolean drawn = until != null && !until.isBefore(axis.start()) && until.isBefore(axis.end());
        this.recordedUntilX = drawn ? Timeline.n(axis.x(until)) : null;
        this.recordedUntilLabel = until == null ? null : texts.format("mark.recordedUntil", texts.date(until));
        this.legend = legend();

        Report report = rules.evaluate(dossier, asOf);
        this.findings = findings(report, dossier);
        this.noFindings = report.findings().isEmpty();
        this.members = members(partnership);
        this.plans = dossier.plansByStart().stream().map(this::progress).toList();
        this.sources = dossier.sources().stream().map(source -> new SourceRow(source.id().value(), source.title(),
                texts.word("source." + source.kind(), source.kind().name()),
                source.date() == null ? null : texts.date(source.date()),
                source.address() == null ? null : source.address().toString(),
                dossier.citations().stream().filter(c -> c.source().equals(source.id())).count())).toList();
    }

    private boolean known(LocalDate date) {
        return date != null && !date.isAfter(day);
    }

    /** The first day the page draws: the earliest recorded fact, or the day of the report. */
    private static LocalDate first(Dossier dossier, LocalDate asOf) {
        return facts(dossier).min(Comparator.naturalOrder()).filter(d -> d.isBefore(asOf)).orElse(asOf);
    }

    /** The last day the page draws: the day of the report, or a later planned end. */
    private static LocalDate last(Dossier dossier, LocalDate asOf) {
        return facts(dossier).max(Comparator.naturalOrder()).filter(d -> d.isAfter(asOf)).orElse(asOf);
    }

    private static Stream<LocalDate> facts(Dossier dossier) {
        Partnership p = dossier.partnership();
        List<LocalDate> days = new ArrayList<>();
        days.add(p.founded());
        Consumer<RecordedDate> recorded = date -> {
            if (date != null) {
                days.add(date.earliest());
                days.add(date.latest());
            }
        };
        if (p.intervention() != null) {
            recorded.accept(p.intervention().start());
            recorded.accept(p.intervention().end());
            p.intervention().extensions().forEach(e -> recorded.accept(e.decided()));
        }
        p.workingGroups().forEach(g -> recorded.accept(p.formationOf(g).orElse(null)));
        Consumer<RecordedSpan> span = period -> {
            if (period != null) {
                recorded.accept(period.from());
                recorded.accept(period.until());
            }
        };
        span.accept(p.situationAnalysis());
        span.accept(p.membershipOpen());
        p.workingGroups().forEach(g -> span.accept(g.meetingRhythm() == null ? null : g.meetingRhythm().during()));
        p.meetings().forEach(m -> days.add(m.date()));
        for (StrategicPlan plan : dossier.plans()) {
            days.add(plan.start());
            days.add(plan.end());
            for (PlanVersion version : plan.versions()) {
                recorded.accept(version.date());
                version.approvals().forEach(a -> recorded.accept(a.date()));
            }
        }
        return days.stream().filter(d -> d != null);
    }

    /** Whether what happened on {@code date} may have happened by the day of the page (not recorded: it may have). */
    private boolean known(RecordedDate date) {
        return date != null && (date.earliest() == null || !date.earliest().isAfter(day));
    }

    /**
     * Adds the mark of something dated {@code when}: a shape on its day, a hatched range over the days it may
     * have been; a date not recorded has no place on the axis, so the fact is listed under it instead.
     */
    private void place(List<Mark> marks, Timeline axis, String id, String css, String label, int row, RecordedDate when,
                       Shape shape, String symbol, boolean symbolAfter) {
        if (!when.isRecorded()) {
            notOnAxis.add(label);
            return;
        }
        LocalDate earliest = when.earliest() != null ? when.earliest() : axis.start();
        marks.add(axis.mark(id, css, label, row, earliest, when.latest(), shape, symbol, symbolAfter));
    }

    /**
     * Adds a bar from {@code from} to {@code to}: from the earliest day {@code from} may have been, with a
     * hatched range over its possible days when it is not exact; not recorded, the fact is listed under the axis.
     */
    private void span(List<Mark> marks, Timeline axis, String id, String css, String label, int row, RecordedDate from,
                      LocalDate to) {
        if (!from.isRecorded()) {
            notOnAxis.add(label);
            return;
        }
        LocalDate start = from.earliest() != null ? from.earliest() : axis.start();
        marks.add(axis.bar(id, css, label, row, start, to, null));
        if (!from.isExact()) {
            marks.add(axis.mark(id + "-start", css + "-start", label, row, start, from.latest(), Shape.RANGE, null));
        }
    }

    /**
     * Adds a bar over a span whose ends are as precise as the record gives them: from the earliest possible start
     * to the latest possible end, with a hatched range over each end that is not a day; a span whose ends are
     * not recorded is listed under the axis.
     */
    private void period(List<Mark> marks, Timeline axis, String id, String css, String label, int row, RecordedSpan span) {
        RecordedDate from = span.from();
        RecordedDate until = span.until();
        if (!from.isRecorded() || !until.isRecorded()) {
            notOnAxis.add(label);
            return;
        }
        if (!known(from)) {
            return;
        }
        LocalDate start = from.earliest() != null ? from.earliest() : axis.start();
        marks.add(axis.bar(id, css, label, row, start, until.latest(), null));
        if (!from.isExact()) {
            marks.add(axis.mark(id + "-start", css + "-start", label, row, start, from.latest(), Shape.RANGE, null));
        }
        if (!until.isExact()) {
            LocalDate earliest = until.earliest() != null ? until.earliest() : start;
            marks.add(axis.mark(id + "-end", css + "-end", label, row, earliest, until.latest(), Shape.RANGE, null));
        }
    }

    /** The situation analysis and the window when membership was open, each on a row, where the dossier records them. */
    private void phases(Timeline axis, Partnership partnership) {
        phase(axis, partnership.situationAnalysis(), "situation-analysis", "situationAnalysis");
        phase(axis, partnership.membershipOpen(), "membership-open", "membershipOpen");
    }

    /** A row for a phase of the method: its words under {@code row.<key>} and {@code mark.<key>}. */
    private void phase(Timeline axis, RecordedSpan span, String id, String key) {
        if (span == null) {
            return;
        }
        List<Mark> marks = new ArrayList<>();
        period(marks, axis, id, "phase", texts.format("mark." + key, texts.date(span.from()), texts.date(span.until())),
                axis.nextRow(), span);
        axis.row(texts.word("row." + key), marks, texts.word("note.notRecorded"));
    }

    private void founding(Timeline axis, Partnership partnership) {
        List<Mark> marks = new ArrayList<>();
        if (partnership.founded() != null && !partnership.founded().isAfter(day)) {
            marks.add(axis.mark("founding", "founding", texts.format("mark.founding", texts.date(partnership.founded())),
                    axis.nextRow(), partnership.founded(), partnership.founded(), Shape.DIAMOND, null));
        }
        axis.row(texts.word("row.founding"), marks, texts.word("note.founding"));
    }

    private void intervention(Timeline axis, Intervention intervention) {
        if (intervention == null) {
            axis.row(texts.word("row.intervention"), List.of(), texts.word("note.intervention"));
            return;
        }
        int row = axis.nextRow();
        List<Mark> marks = new ArrayList<>();
        RecordedDate plannedEnd = intervention.plannedEnd();
        if (plannedEnd.isRecorded()) {
            span(marks, axis, "intervention", "intervention", texts.format("mark.intervention",
                    texts.date(intervention.start()), texts.date(plannedEnd)), row, intervention.start(), plannedEnd.latest());
        } else {
            notOnAxis.add(texts.format("mark.intervention", texts.date(intervention.start()), texts.date(plannedEnd)));
        }
        List<Extension> extensions = intervention.extensions();
        for (int i = 0; i < extensions.size(); i++) {
            Extension extension = extensions.get(i);
            if (!known(extension.decided())) {
                continue;
            }
            String label = texts.format("mark.extension", texts.date(extension.decided()), texts.date(extension.newEnd()),
                    extension.reason(), extension.decidedBy() != null ? extension.decidedBy() : texts.word("notRecorded"));
            RecordedDate before = intervention.endBefore(i);
            if (before.isRecorded()) {
                marks.add(axis.bar("extension-" + (i + 1), "extension", label, row, before.latest().plusDays(1),
                        extension.newEnd(), null));
            }
            place(marks, axis, "extension-" + (i + 1) + "-decided", "decision", label, row, extension.decided(),
                    Shape.PENTAGON, null, true);
        }
        axis.row(texts.word("row.intervention"), marks);
    }

    private void meetings(Timeline axis, Partnership partnership) {
        int row = axis.nextRow();
        List<Mark> marks = new ArrayList<>();
        for (Meeting meeting : partnership.partnershipMeetings()) {
            if (meeting.date().isAfter(day)) {
                continue;
            }
            Reporting reporting = reporting(partnership, meeting);
            Shape shape = shape(reporting);
            String label = texts.format("meeting." + reporting, texts.date(meeting.date()), meeting.quarter().toString());
            marks.add(axis.mark("meeting-" + meeting.id().value(), "meeting " + reporting.name().toLowerCase(Locale.ROOT),
                    label, row, meeting.date(), meeting.date(), shape, null));
        }
        axis.row(texts.word("row.meetings"), marks, texts.word("note.meetings"));
    }

    /**
     * Whether the thematic groups formed before the meeting's quarter began presented their reports for that
     * quarter at it; a group whose formation the record cannot place before the quarter is not counted.
     */
    static Reporting reporting(Partnership partnership, Meeting meeting) {
        YearQuarter quarter = meeting.quarter();
        LocalDate begins = quarter.atDay(1);
        int due = 0;
        int presented = 0;
        for (WorkingGroup group : partnership.workingGroups()) {
            Optional<RecordedDate> formed = partnership.formationOf(group);
            if (!group.isThematic() || formed.isEmpty() || formed.get().isBefore(begins) != Answer.YES) {
                continue;
            }
            due++;
            WorkingGroupId id = group.id();
            boolean reported = false;
            for (GroupReport report : meeting.reports()) {
                reported |= report.group().equals(id) && report.quarter().equals(quarter);
            }
            presented += reported ? 1 : 0;
        }
        if (due == 0) {
            return Reporting.NOT_DUE;
        }
        return presented == due ? Reporting.ALL : presented == 0 ? Reporting.NONE : Reporting.SOME;
    }

    private void groups(Timeline axis, Partnership partnership) {
        for (WorkingGroup group : partnership.workingGroups()) {
            int row = axis.nextRow();
            List<Mark> marks = new ArrayList<>();
            Optional<RecordedDate> formed = partnership.formationOf(group).filter(this::known);
            formed.ifPresent(f -> span(marks, axis, "group-" + group.id().value(), "group",
                    texts.format("mark.group", group.name(), texts.date(f)), row, f, day));
            MeetingRhythm rhythm = group.meetingRhythm();
            if (rhythm != null) {
                period(marks, axis, "group-" + group.id().value() + "-rhythm", "rhythm", texts.format("mark.rhythm",
                        group.name(), rhythm.leastPerMonth(), rhythm.mostPerMonth(), texts.date(rhythm.during().from()),
                        texts.date(rhythm.during().until())), row, rhythm.during());
            }
            for (Meeting meeting : partnership.meetings()) {
                if (group.id().equals(meeting.group()) && !meeting.date().isAfter(day)) {
                    marks.add(axis.mark("meeting-" + meeting.id().value(), "group-meeting",
                            texts.format("mark.groupMeeting", group.name(), texts.date(meeting.date())), row,
                            meeting.date(), meeting.date(), Shape.SQUARE, null));
                }
            }
            axis.row(group.name(), marks, texts.word("note.group"));
        }
    }

    /** Two rows a plan: its period and versions; then its board and council approvals, which often fall close together. */
    private void plan(Timeline axis, StrategicPlan plan) {
        int row = axis.nextRow();
        String id = "plan-" + plan.id().value();
        List<Mark> marks = new ArrayList<>();
        marks.add(axis.bar(id, "plan", texts.format("mark.plan", plan.title(), texts.date(plan.start()),
                texts.date(plan.end())), row, plan.start(), plan.end(), null));
        for (PlanVersion version : plan.versions()) {
            if (known(version.date())) {
                place(marks, axis, id + "-v" + version.number(), "version", texts.format("mark.version", plan.title(),
                        version.number(), texts.date(version.date())), row, version.date(), Shape.RING,
                        "v" + version.number(), false);
            }
        }
        axis.row(plan.title(), marks);
        List<Mark> approvals = new ArrayList<>();
        for (PlanVersion version : plan.versions()) {
            for (Approval approval : version.approvals()) {
                if (!known(approval.date())) {
                    continue;
                }
                String body = approval.body().name().toLowerCase(Locale.ROOT);
                boolean board = approval.body() == ApprovalBody.BOARD;
                place(approvals, axis, id + "-v" + version.number() + "-" + body, "approval " + body,
                        texts.format("mark.approval." + approval.body(), plan.title(), version.number(),
                                texts.date(approval.date())), row + 1, approval.date(),
                        board ? Shape.SQUARE : Shape.DIAMOND, texts.word("symbol." + body), !board);
            }
        }
        boolean undated = plan.versions().stream().flatMap(v -> v.approvals().stream()).anyMatch(a -> !a.date().isRecorded());
        axis.row(texts.word("row.approvals"), approvals, texts.word(undated ? "note.approvalsUndated" : "note.approvals"));
    }

    private void deadlines(Timeline axis, List<Deadline> deadlines) {
        int row = axis.nextRow();
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < deadlines.size(); i++) {
            Deadline deadline = deadlines.get(i);
            String status = deadline.status().name();
            String label = texts.format("deadline", texts.date(deadline.due()),
                    texts.word("kind." + deadline.kind(), deadline.kind().name()),
                    texts.word("status." + status, status.toLowerCase(Locale.ROOT)));
            marks.add(axis.mark("deadline-" + (i + 1), "deadline " + status.toLowerCase(Locale.ROOT), label, row,
                    deadline.due(), deadline.due(), shape(deadline.status()), symbol(deadline.status())));
        }
        axis.row(texts.word("row.deadlines"), marks, texts.word("note.deadlines"));
    }

    private List<LegendEntry> legend() {
        List<LegendEntry> entries = new ArrayList<>();
        entries.add(entry("founding", Shape.DIAMOND, null, "legend.founding"));
        for (Reporting r : Reporting.values()) {
            entries.add(entry("meeting " + r.name().toLowerCase(Locale.ROOT), shape(r), null, "legend.meeting." + r));
        }
        entries.add(entry("approval board", Shape.SQUARE, texts.word("symbol.board"), "legend.board"));
        entries.add(entry("approval council", Shape.DIAMOND, texts.word("symbol.council"), "legend.council"));
        entries.add(entry("decision", Shape.PENTAGON, null, "legend.extension"));
        for (DeadlineStatus status : DeadlineStatus.values()) {
            entries.add(new LegendEntry(Timeline.legendMark("deadline " + status.name().toLowerCase(Locale.ROOT), shape(status),
                    symbol(status)), texts.word("legend." + status, status.name().toLowerCase(Locale.ROOT))));
        }
        entries.add(entry("approval", Shape.RANGE, null, "legend.range"));
        return List.copyOf(entries);
    }

    private LegendEntry entry(String css, Shape shape, String symbol, String key) {
        return new LegendEntry(Timeline.legendMark(css, shape, symbol), texts.word(key));
    }

    /** Met, due, late and not recorded each have a shape of their own; not recorded also a "?". */
    private static Shape shape(DeadlineStatus status) {
        return switch (status) {
            case DONE -> Shape.CIRCLE;
            case UPCOMING -> Shape.RING;
            case OVERDUE -> Shape.CROSS;
            case NOT_RECORDED -> Shape.HEXAGON;
        };
    }

    private static String symbol(DeadlineStatus status) {
        return status == DeadlineStatus.NOT_RECORDED ? "?" : null;
    }

    private static Shape shape(Reporting reporting) {
        return switch (reporting) {
            case ALL -> Shape.CIRCLE;
            case SOME -> Shape.TRIANGLE;
            case NONE -> Shape.CROSS;
            case NOT_DUE -> Shape.RING;
        };
    }

    /** Each source of the facts {@code f} rests on, once, with the first words the dossier quotes from it for them. */
    private static List<FindingSource> sources(Finding f, Dossier dossier) {
        Map<SourceId, FindingSource> first = new LinkedHashMap<>();
        for (Citation citation : f.citations(dossier)) {
            dossier.source(citation.source()).ifPresent(source -> first.putIfAbsent(source.id(),
                    new FindingSource(source.id().value(), source.title(), citation.quote())));
        }
        return List.copyOf(first.values());
    }

    private List<FindingGroup> findings(Report report, Dossier dossier) {
        List<FindingGroup> groups = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            List<FindingRow> rows = report.of(severity).stream()
                    .map(f -> new FindingRow(f.code().id(), f.message(texts.locale()), subject(f.subject(), dossier),
                            f.due() == null ? "" : texts.date(f.due()), sources(f, dossier)))
                    .toList();
            if (!rows.isEmpty()) {
                groups.add(new FindingGroup(texts.word("severity." + severity, severity.name()),
                        severity.name().toLowerCase(Locale.ROOT), rows.size(), rows));
            }
        }
        return groups;
    }

    /** What a finding concerns, by the name the dossier gives it where it has one. */
    private static String subject(Subject subject, Dossier dossier) {
        Partnership p = dossier.partnership();
        Optional<String> named = switch (subject.kind()) {
            case PARTNERSHIP, INTERVENTION -> Optional.of(p.name());
            case PLAN -> dossier.plans().stream().filter(plan -> plan.id().value().equals(subject.id()))
                    .map(StrategicPlan::title).findFirst();
            case WORKING_GROUP -> p.workingGroups().stream().filter(g -> g.id().value().equals(subject.id()))
                    .map(WorkingGroup::name).findFirst();
            case MEMBER -> p.members().stream().filter(m -> m.id().value().equals(subject.id()))
                    .map(Member::displayName).findFirst();
            case PRIORITY -> versions(dossier).flatMap(v -> v.priorities().stream())
                    .filter(priority -> priority.id().value().equals(subject.id())).map(Priority::title).findFirst();
            case MEASURE -> versions(dossier).flatMap(PlanVersion::measures)
                    .filter(measure -> measure.id().value().equals(subject.id())).map(Measure::title).findFirst();
            default -> Optional.empty();
        };
        return named.orElse(subject.id());
    }

    /** Every version of every plan, each plan's newest first. */
    private static Stream<PlanVersion> versions(Dossier dossier) {
        return dossier.plans().stream().flatMap(plan -> Stream.concat(Stream.of(plan.latestVersion()), plan.versions().stream()));
    }

    private List<MemberGroup> members(Partnership partnership) {
        Map<String, List<MemberRow>> byKind = new LinkedHashMap<>();
        for (Member member : partnership.members()) {
            String kind = member instanceof Organisation o ? "org." + o.kind()
                    : member instanceof NaturalPerson ? "member.NATURAL_PERSON" : "member.COLLECTIVE";
            byKind.computeIfAbsent(kind, k -> new ArrayList<>())
                    .add(new MemberRow(member.displayName(), dates(partnership.membership(member.id()))));
        }
        List<MemberGroup> groups = new ArrayList<>();
        byKind.forEach((kind, rows) -> groups.add(new MemberGroup(texts.word(kind, kind), List.copyOf(rows))));
        return groups;
    }

    private String dates(Optional<Membership> membership) {
        if (membership.isEmpty()) {
            return null;
        }
        Membership m = membership.get();
        List<String> parts = new ArrayList<>();
        if (m.joined() != null) {
            parts.add(texts.word("joined") + " " + texts.date(m.joined()));
        }
        if (known(m.left())) {
            parts.add(texts.word("left") + " " + texts.date(m.left()));
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private PlanProgress progress(StrategicPlan plan) {
        PlanVersion version = plan.versionOn(day).orElse(plan.latestVersion());
        List<Bar> bars = new ArrayList<>();
        for (Priority priority : version.priorities()) {
            int barIndex = bars.size();
            int[] total = new int[2];
            for (Goal goal : priority.goals()) {
                int goalIndex = bars.size();
                int[] goalTotal = new int[2];
                for (Measure measure : goal.measures()) {
                    int[] counts = steps(measure.steps());
                    bars.add(bar("measure", "progress.measure", measure.title(), counts));
                    goalTotal[0] += counts[0];
                    goalTotal[1] += counts[1];
                }
                bars.add(goalIndex, bar("goal", "progress.goal", goal.title(), goalTotal));
                total[0] += goalTotal[0];
                total[1] += goalTotal[1];
            }
            bars.add(barIndex, bar("priority", "progress.priority", priority.title(), total));
        }
        return new PlanProgress(plan.title(), List.copyOf(bars));
    }

    /** The steps completed on the day of the page, and all steps. */
    private int[] steps(List<ActionStep> steps) {
        int done = 0;
        for (ActionStep step : steps) {
            done += step.isCompletedOn(day) ? 1 : 0;
        }
        return new int[] {done, steps.size()};
    }

    private Bar bar(String css, String levelKey, String title, int[] counts) {
        double ratio = counts[1] == 0 ? 0 : (double) counts[0] / counts[1];
        String text = counts[1] == 0 ? texts.word("noSteps") : texts.format("steps", counts[0], counts[1]);
        return new Bar(css, texts.word(levelKey), title, String.valueOf(Math.round(ratio * 100)),
                String.format(Locale.ROOT, "%.1f%%", ratio * 100), text);
    }
}
