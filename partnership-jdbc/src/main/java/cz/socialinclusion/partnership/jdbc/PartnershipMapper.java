package cz.socialinclusion.partnership.jdbc;

import cz.socialinclusion.partnership.CoordinatedApproachRole;
import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.base.RecordedSpan;
import cz.socialinclusion.partnership.Membership;
import cz.socialinclusion.partnership.Partnership;
import cz.socialinclusion.partnership.base.PartnershipId;
import cz.socialinclusion.partnership.RulesOfProcedure;
import cz.socialinclusion.partnership.group.Guest;
import cz.socialinclusion.partnership.group.Participant;
import cz.socialinclusion.partnership.group.Seat;
import cz.socialinclusion.partnership.group.Theme;
import cz.socialinclusion.partnership.group.MeetingRhythm;
import cz.socialinclusion.partnership.group.WorkingGroup;
import cz.socialinclusion.partnership.group.WorkingGroupId;
import cz.socialinclusion.partnership.group.WorkingGroupKind;
import cz.socialinclusion.partnership.group.WorkingGroupPractice;
import cz.socialinclusion.partnership.intervention.AdviceTopic;
import cz.socialinclusion.partnership.intervention.Extension;
import cz.socialinclusion.partnership.intervention.Intervention;
import cz.socialinclusion.partnership.intervention.LocalConsultant;
import cz.socialinclusion.partnership.jdbc.internal.Interned;
import cz.socialinclusion.partnership.jdbc.internal.Rows;
import cz.socialinclusion.partnership.jdbc.internal.Statements;
import cz.socialinclusion.partnership.jdbc.internal.Table;
import cz.socialinclusion.partnership.jdbc.internal.Words;
import cz.socialinclusion.partnership.meeting.Decision;
import cz.socialinclusion.partnership.meeting.DecisionKind;
import cz.socialinclusion.partnership.meeting.DocumentKind;
import cz.socialinclusion.partnership.meeting.DocumentLink;
import cz.socialinclusion.partnership.meeting.GroupReport;
import cz.socialinclusion.partnership.meeting.Meeting;
import cz.socialinclusion.partnership.meeting.MeetingId;
import cz.socialinclusion.partnership.meeting.MeetingKind;
import cz.socialinclusion.partnership.meeting.MeetingLevel;
import cz.socialinclusion.partnership.member.Collective;
import cz.socialinclusion.partnership.member.Ico;
import cz.socialinclusion.partnership.member.LegalForm;
import cz.socialinclusion.partnership.member.Member;
import cz.socialinclusion.partnership.member.MemberId;
import cz.socialinclusion.partnership.member.NaturalPerson;
import cz.socialinclusion.partnership.member.Organisation;
import cz.socialinclusion.partnership.member.OrganisationKind;
import org.threeten.extra.YearQuarter;

import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Rows of the partnership aggregate: each table's columns written once, as a row record and its {@link Table};
 * writes them, and reads any selection of partnerships in 17 queries.
 *
 * <p>A new field of a member touches, outside tests: the core member class, its JSON serialisation, here the
 * component of {@link MemberRow} (the column) with its value in {@link MemberRow#of} and its use where members are
 * read, a migration adding the column, and the format's description.
 */
final class PartnershipMapper {

    /** Longest prefix of the municipality kept in the indexed key column. */
    static final int MUNICIPALITY_KEY_LENGTH = 200;

    record PartnershipRow(String id, long version, String name, String municipality, String municipalityKey, LocalDate founded,
                          String convener, LocalDate rulesAdopted, String rulesMeeting, String groupsFormed,
                          LocalDate membersListedAsOf, String interventionStart, String interventionLength,
                          String analysisFrom, String analysisUntil, String membershipOpenFrom, String membershipOpenUntil,
                          boolean localConsultant, String coordinatedApproachSince, Integer practiceLeastPerMonth,
                          Integer practiceMostPerMonth, String practiceFrom, String practiceUntil, Boolean practiceGuests) {

        /** How the groups worked, from its five columns, all {@code null} where not recorded. */
        WorkingGroupPractice workingGroupPractice() {
            if (practiceGuests == null) {
                return null;
            }
            MeetingRhythm rhythm = practiceLeastPerMonth == null ? null : new MeetingRhythm(practiceLeastPerMonth,
                    practiceMostPerMonth, new RecordedSpan(recorded(practiceFrom), recorded(practiceUntil)));
            return new WorkingGroupPractice(rhythm, practiceGuests);
        }

        /** The span stored in two text columns, {@code null} where it is not recorded. */
        static RecordedSpan span(String from, String until) {
            return from == null ? null : new RecordedSpan(recorded(from), recorded(until));
        }
    }

    /** The text form of a recorded date ({@link RecordedDate#toString()}), {@code null} for none. */
    static String text(RecordedDate date) {
        return date == null ? null : date.toString();
    }

    /** The recorded date of its text form, {@code null} for none. */
    static RecordedDate recorded(String text) {
        return text == null ? null : RecordedDate.parse(text);
    }

    record MemberRow(String partnershipId, String memberId, int position, String memberType, String name, String kind,
                     String legalForm, String ico, String role, LocalDate joined, LocalDate leftOn, LocalDate erasedOn) {

        static MemberRow of(String partnership, int position, Membership membership) {
            Member member = membership.member();
            String id = member.id().value();
            if (member instanceof Organisation o) {
                return new MemberRow(partnership, id, position, "organisation", o.name(), Words.of(o.kind()), Words.of(o.legalForm()),
                        o.ico() == null ? null : o.ico().value(), null, membership.joined(), membership.left(), null);
            }
            if (member instanceof NaturalPerson n) {
                return new MemberRow(partnership, id, position, "natural-person", null, null, null, null, n.role(),
                        membership.joined(), membership.left(), n.erasedOn());
            }
            Collective k = (Collective) member;
            return new MemberRow(partnership, id, position, "collective", k.name(), null, null, null, null,
                    membership.joined(), membership.left(), null);
        }
    }

    /** A row of {@code lp_member_facility} or {@code lp_member_person_name}. */
    record MemberNameRow(String partnershipId, String memberId, int position, String name) {
    }

    /** A row of {@code lp_working_group}; the meeting rhythm's columns are all {@code null} where it is not recorded. */
    record WorkingGroupRow(String partnershipId, String groupId, int position, String name, String kind,
                           String communityPlanningGroup, String formed, Integer rhythmLeastPerMonth,
                           Integer rhythmMostPerMonth, String rhythmFrom, String rhythmUntil) {

        static WorkingGroupRow of(String partnership, int position, WorkingGroup g) {
            MeetingRhythm r = g.meetingRhythm();
            return new WorkingGroupRow(partnership, g.id().value(), position, g.name(), Words.of(g.kind()),
                    g.communityPlanningGroup(), text(g.formed()), r == null ? null : r.leastPerMonth(),
                    r == null ? null : r.mostPerMonth(), r == null ? null : text(r.during().from()),
                    r == null ? null : text(r.during().until()));
        }

        MeetingRhythm meetingRhythm() {
            return rhythmLeastPerMonth == null ? null : new MeetingRhythm(rhythmLeastPerMonth, rhythmMostPerMonth,
                    new RecordedSpan(recorded(rhythmFrom), recorded(rhythmUntil)));
        }
    }

    record WorkingGroupThemeRow(String partnershipId, String groupId, String theme) {
    }

    record ParticipantRow(String partnershipId, String groupId, int position, String participantType, String memberId,
                          String role, String guestName, String expertRole) {

        static ParticipantRow of(String partnership, String group, int position, Participant participant) {
            if (participant instanceof Seat s) {
                return new ParticipantRow(partnership, group, position, "seat", s.member().value(), s.role(), null, null);
            }
            Guest g = (Guest) participant;
            return new ParticipantRow(partnership, group, position, "guest", null, null, g.name(), g.expertRole());
        }

        Participant participant(Interned<MemberId> members) {
            return "seat".equals(participantType) ? new Seat(members.of(memberId), role) : new Guest(guestName, expertRole);
        }
    }

    record MeetingRow(String partnershipId, String meetingId, int position, String level, String groupId, LocalDate heldOn,
                      String kind) {
    }

    record AttendanceRow(String partnershipId, String meetingId, int position, String memberId) {
    }

    record AgendaItemRow(String partnershipId, String meetingId, int position, String item) {
    }

    record DecisionRow(String partnershipId, String meetingId, int position, String kind, String text) {
    }

    record GroupReportRow(String partnershipId, String meetingId, int position, String groupId, String quarter, String summary) {
    }

    record DocumentRow(String partnershipId, String meetingId, int position, String title, String uri, String kind) {
    }

    record ExtensionRow(String partnershipId, int position, String decided, LocalDate newEnd, String reason, String decidedBy) {
    }

    /** A row of {@code lp_partnership_theme}: one of the partnership's areas. */
    record ThemeRow(String partnershipId, String theme) {
    }

    /** A row of {@code lp_consultant_topic}: one thing the local consultant advises on. */
    record TopicRow(String partnershipId, String topic) {
    }

    /** A row of {@code lp_partnership_document}. */
    record PartnershipDocumentRow(String partnershipId, int position, String title, String uri, String kind) {
    }

    static final Table<PartnershipRow> PARTNERSHIP = Table.of("lp_partnership", PartnershipRow.class, in -> new PartnershipRow(in.text(), in.longInteger(), in.text(), in.text(), in.text(), in.date(), in.text(), in.date(), in.text(), in.text(), in.date(), in.text(), in.text(), in.text(), in.text(), in.text(), in.text(), in.bool(), in.text(), in.optionalInteger(), in.optionalInteger(), in.text(), in.text(), in.optionalBool()));
    static final Table<MemberRow> MEMBER = Table.of("lp_member", MemberRow.class, in -> new MemberRow(in.text(), in.text(), in.integer(), in.text(), in.text(), in.text(), in.text(), in.text(), in.text(), in.date(), in.date(), in.date()));
    static final Table<MemberNameRow> FACILITY = Table.of("lp_member_facility", MemberNameRow.class, in -> new MemberNameRow(in.text(), in.text(), in.integer(), in.text()));
    static final Table<MemberNameRow> PERSON_NAME = Table.of("lp_member_person_name", MemberNameRow.class, in -> new MemberNameRow(in.text(), in.text(), in.integer(), in.text()));
    static final Table<WorkingGroupRow> WORKING_GROUP = Table.of("lp_working_group", WorkingGroupRow.class, in -> new WorkingGroupRow(in.text(), in.text(), in.integer(), in.text(), in.text(), in.text(), in.text(), in.optionalInteger(), in.optionalInteger(), in.text(), in.text()));
    static final Table<WorkingGroupThemeRow> WORKING_GROUP_THEME = Table.of("lp_working_group_theme", WorkingGroupThemeRow.class, in -> new WorkingGroupThemeRow(in.text(), in.text(), in.text()));
    static final Table<ParticipantRow> PARTICIPANT = Table.of("lp_participant", ParticipantRow.class, in -> new ParticipantRow(in.text(), in.text(), in.integer(), in.text(), in.text(), in.text(), in.text(), in.text()));
    static final Table<MeetingRow> MEETING = Table.of("lp_meeting", MeetingRow.class, in -> new MeetingRow(in.text(), in.text(), in.integer(), in.text(), in.text(), in.date(), in.text()));
    static final Table<AttendanceRow> ATTENDANCE = Table.of("lp_meeting_attendance", AttendanceRow.class, in -> new AttendanceRow(in.text(), in.text(), in.integer(), in.text()));
    static final Table<AgendaItemRow> AGENDA_ITEM = Table.of("lp_meeting_agenda_item", AgendaItemRow.class, in -> new AgendaItemRow(in.text(), in.text(), in.integer(), in.text()));
    static final Table<DecisionRow> DECISION = Table.of("lp_meeting_decision", DecisionRow.class, in -> new DecisionRow(in.text(), in.text(), in.integer(), in.text(), in.text()));
    static final Table<GroupReportRow> GROUP_REPORT = Table.of("lp_group_report", GroupReportRow.class, in -> new GroupReportRow(in.text(), in.text(), in.integer(), in.text(), in.text(), in.text()));
    static final Table<DocumentRow> DOCUMENT = Table.of("lp_meeting_document", DocumentRow.class, in -> new DocumentRow(in.text(), in.text(), in.integer(), in.text(), in.text(), in.text()));
    static final Table<ThemeRow> THEME = Table.of("lp_partnership_theme", ThemeRow.class, in -> new ThemeRow(in.text(), in.text()));
    static final Table<TopicRow> CONSULTANT_TOPIC = Table.of("lp_consultant_topic", TopicRow.class, in -> new TopicRow(in.text(), in.text()));
    static final Table<PartnershipDocumentRow> PARTNERSHIP_DOCUMENT = Table.of("lp_partnership_document", PartnershipDocumentRow.class, in -> new PartnershipDocumentRow(in.text(), in.integer(), in.text(), in.text(), in.text()));
    static final Table<ExtensionRow> EXTENSION = Table.of("lp_intervention_extension", ExtensionRow.class, in -> new ExtensionRow(in.text(), in.integer(), in.text(), in.date(), in.text(), in.text()));

    private PartnershipMapper() {
    }

    static String municipalityKey(String municipality) {
        return municipality.length() <= MUNICIPALITY_KEY_LENGTH ? municipality : municipality.substring(0, MUNICIPALITY_KEY_LENGTH);
    }

    /** The root row of {@code p}, stored at {@code version}. */
    static PartnershipRow root(Partnership p, long version) {
        RulesOfProcedure rules = p.rulesOfProcedure();
        Intervention intervention = p.intervention();
        RecordedSpan analysis = p.situationAnalysis();
        RecordedSpan open = p.membershipOpen();
        WorkingGroupPractice practice = p.workingGroupPractice();
        return new PartnershipRow(p.id().value(), version, p.name(), p.municipality(), municipalityKey(p.municipality()),
                p.founded(), p.convener(), rules == null ? null : rules.adopted(),
                rules == null || rules.meeting() == null ? null : rules.meeting().value(), text(p.workingGroupsFormed()),
                p.membersListedAsOf(), intervention == null ? null : text(intervention.start()),
                intervention == null ? null : intervention.plannedLength().toString(),
                analysis == null ? null : text(analysis.from()), analysis == null ? null : text(analysis.until()),
                open == null ? null : text(open.from()), open == null ? null : text(open.until()),
                p.localConsultant() != null,
                p.coordinatedApproach() == null ? null : text(p.coordinatedApproach().since()),
                practice == null || practice.rhythm() == null ? null : practice.rhythm().leastPerMonth(),
                practice == null || practice.rhythm() == null ? null : practice.rhythm().mostPerMonth(),
                practice == null || practice.rhythm() == null ? null : text(practice.rhythm().during().from()),
                practice == null || practice.rhythm() == null ? null : text(practice.rhythm().during().until()),
                practice == null ? null : practice.externalGuests());
    }

    /** Locks the partnership's root row for the rest of the transaction; {@code false} if it is not stored. */
    static boolean lock(Connection c, String id) throws SQLException {
        return !Statements.query(c, "SELECT version FROM lp_partnership WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), id)
                .isEmpty();
    }

    /** Deletes the child rows; cascades take the rest. */
    static void deleteChildren(Connection c, String id) throws SQLException {
        Statements.update(c, "DELETE FROM lp_meeting WHERE partnership_id = ?", id);
        Statements.update(c, "DELETE FROM lp_working_group WHERE partnership_id = ?", id);
        Statements.update(c, "DELETE FROM lp_member WHERE partnership_id = ?", id);
        Statements.update(c, "DELETE FROM lp_intervention_extension WHERE partnership_id = ?", id);
        Statements.update(c, "DELETE FROM lp_partnership_theme WHERE partnership_id = ?", id);
        Statements.update(c, "DELETE FROM lp_consultant_topic WHERE partnership_id = ?", id);
        Statements.update(c, "DELETE FROM lp_partnership_document WHERE partnership_id = ?", id);
    }

    /** Inserts every child row, one batch a table. */
    static void insertChildren(Connection c, Partnership p) throws SQLException {
        String id = p.id().value();
        Table.Rows<MemberRow> members = new Table.Rows<>(MEMBER);
        Table.Rows<MemberNameRow> facilities = new Table.Rows<>(FACILITY);
        Table.Rows<MemberNameRow> names = new Table.Rows<>(PERSON_NAME);
        int position = 0;
        for (Membership membership : p.memberships()) {
            Member member = membership.member();
            String mid = member.id().value();
            members.add(MemberRow.of(id, position++, membership));
            if (member instanceof Organisation o) {
                for (int i = 0; i < o.facilities().size(); i++) {
                    facilities.add(new MemberNameRow(id, mid, i, o.facilities().get(i)));
                }
            } else if (member instanceof NaturalPerson n) {
                for (int i = 0; i < n.names().size(); i++) {
                    names.add(new MemberNameRow(id, mid, i, n.names().get(i)));
                }
            }
        }
        Table.Rows<WorkingGroupRow> groups = new Table.Rows<>(WORKING_GROUP);
        Table.Rows<WorkingGroupThemeRow> themes = new Table.Rows<>(WORKING_GROUP_THEME);
        Table.Rows<ParticipantRow> participants = new Table.Rows<>(PARTICIPANT);
        position = 0;
        for (WorkingGroup g : p.workingGroups()) {
            String gid = g.id().value();
            groups.add(WorkingGroupRow.of(id, position++, g));
            for (Theme theme : g.themes()) {
                themes.add(new WorkingGroupThemeRow(id, gid, Words.of(theme)));
            }
            for (int i = 0; i < g.participants().size(); i++) {
                participants.add(ParticipantRow.of(id, gid, i, g.participants().get(i)));
            }
        }
        Table.Rows<MeetingRow> meetings = new Table.Rows<>(MEETING);
        Table.Rows<AttendanceRow> attendance = new Table.Rows<>(ATTENDANCE);
        Table.Rows<AgendaItemRow> agenda = new Table.Rows<>(AGENDA_ITEM);
        Table.Rows<DecisionRow> decisions = new Table.Rows<>(DECISION);
        Table.Rows<GroupReportRow> reports = new Table.Rows<>(GROUP_REPORT);
        Table.Rows<DocumentRow> documents = new Table.Rows<>(DOCUMENT);
        position = 0;
        for (Meeting m : p.meetings()) {
            String mid = m.id().value();
            meetings.add(new MeetingRow(id, mid, position++, Words.of(m.level()), m.group() == null ? null : m.group().value(),
                    m.date(), Words.of(m.kind())));
            for (int i = 0; i < m.attendance().size(); i++) {
                attendance.add(new AttendanceRow(id, mid, i, m.attendance().get(i).value()));
            }
            for (int i = 0; i < m.agenda().size(); i++) {
                agenda.add(new AgendaItemRow(id, mid, i, m.agenda().get(i)));
            }
            for (int i = 0; i < m.decisions().size(); i++) {
                Decision d = m.decisions().get(i);
                decisions.add(new DecisionRow(id, mid, i, Words.of(d.kind()), d.text()));
            }
            for (int i = 0; i < m.reports().size(); i++) {
                GroupReport r = m.reports().get(i);
                reports.add(new GroupReportRow(id, mid, i, r.group().value(), r.quarter().toString(), r.summary()));
            }
            for (int i = 0; i < m.documents().size(); i++) {
                DocumentLink d = m.documents().get(i);
                documents.add(new DocumentRow(id, mid, i, d.title(), d.uri() == null ? null : d.uri().toString(), Words.of(d.kind())));
            }
        }
        Table.Rows<ExtensionRow> extensions = new Table.Rows<>(EXTENSION);
        if (p.intervention() != null) {
            List<Extension> list = p.intervention().extensions();
            for (int i = 0; i < list.size(); i++) {
                extensions.add(new ExtensionRow(id, i, text(list.get(i).decided()), list.get(i).newEnd(), list.get(i).reason(),
                        list.get(i).decidedBy()));
            }
        }
        Table.Rows<ThemeRow> areas = new Table.Rows<>(THEME);
        for (Theme theme : p.themes()) {
            areas.add(new ThemeRow(id, Words.of(theme)));
        }
        Table.Rows<TopicRow> topics = new Table.Rows<>(CONSULTANT_TOPIC);
        if (p.localConsultant() != null) {
            for (AdviceTopic topic : p.localConsultant().advisesOn()) {
                topics.add(new TopicRow(id, Words.of(topic)));
            }
        }
        Table.Rows<PartnershipDocumentRow> ownDocuments = new Table.Rows<>(PARTNERSHIP_DOCUMENT);
        for (int i = 0; i < p.documents().size(); i++) {
            DocumentLink d = p.documents().get(i);
            ownDocuments.add(new PartnershipDocumentRow(id, i, d.title(), d.uri() == null ? null : d.uri().toString(), Words.of(d.kind())));
        }
        for (Table.Rows<?> rows : List.of(members, facilities, names, groups, themes, participants, meetings, attendance, agenda,
                decisions, reports, documents, extensions, areas, topics, ownDocuments)) {
            rows.insert(c);
        }
    }

    /** The key of a part of a partnership: the partnership's id and the part's own (a member, group or meeting). */
    private record PartKey(String partnership, String id) {
    }

    /**
     * Reads the partnerships {@code selection} picks ({@code "id = ?"}, {@code "municipality_key = ? AND
     * municipality = ?"}), ordered by id: 17 queries, whatever their number and size. Children are read leaves
     * first, each grouped under its parent's typed key as it is read, in the order of their stored positions; the
     * database sorts nothing.
     */
    static List<Versioned<Partnership>> read(Connection c, String selection, Object... params) throws SQLException {
        // One partnership by id: its rows by key directly; otherwise the rows of whatever the selection picks.
        String in = selection.equals("id = ?") ? "WHERE partnership_id = ?"
                : "WHERE partnership_id IN (SELECT id FROM lp_partnership WHERE " + selection + ")";
        List<PartnershipRow> roots = PARTNERSHIP.read(c, "WHERE " + selection, params);
        if (roots.isEmpty()) {
            return List.of();
        }
        roots.sort(Comparator.comparing(PartnershipRow::id));
        Rows<PartKey, String> facilities = names(c, FACILITY, in, params);
        Rows<PartKey, String> personNames = names(c, PERSON_NAME, in, params);
        Rows<String, Membership> memberships = new Rows<>();
        // Seats and attendance name the members by the very ids of the members, checked against them by identity.
        Interned<MemberId> members = new Interned<>(MemberId::of);
        MEMBER.forEach(c, in, r -> {
            MemberId mid = members.of(r.memberId());
            PartKey key = new PartKey(r.partnershipId(), r.memberId());
            Member member = switch (r.memberType()) {
                case "organisation" -> new Organisation(mid, r.name(), Words.parse(OrganisationKind.class, r.kind()),
                        Words.parse(LegalForm.class, r.legalForm()), r.ico() == null ? null : new Ico(r.ico()), facilities.get(key));
                case "natural-person" -> new NaturalPerson(mid, personNames.get(key), r.role(), r.erasedOn());
                default -> new Collective(mid, r.name());
            };
            memberships.put(r.partnershipId(), r.position(), new Membership(member, r.joined(), r.leftOn()));
        }, params);
        Rows<PartKey, Theme> themes = new Rows<>();
        WORKING_GROUP_THEME.forEach(c, in, r -> themes.add(new PartKey(r.partnershipId(), r.groupId()),
                Words.parse(Theme.class, r.theme())), params);
        Rows<PartKey, Participant> participants = new Rows<>();
        PARTICIPANT.forEach(c, in, r -> participants.put(new PartKey(r.partnershipId(), r.groupId()), r.position(),
                r.participant(members)), params);
        Rows<String, WorkingGroup> groups = new Rows<>();
        WORKING_GROUP.forEach(c, in, r -> {
            PartKey key = new PartKey(r.partnershipId(), r.groupId());
            List<Theme> t = themes.get(key);
            groups.put(r.partnershipId(), r.position(), new WorkingGroup(WorkingGroupId.of(r.groupId()), r.name(),
                    Words.parse(WorkingGroupKind.class, r.kind()), t.isEmpty() ? Set.of() : EnumSet.copyOf(t),
                    participants.get(key), r.communityPlanningGroup(), recorded(r.formed()), r.meetingRhythm()));
        }, params);
        Rows<PartKey, MemberId> attendance = new Rows<>();
        ATTENDANCE.forEach(c, in, r -> attendance.put(new PartKey(r.partnershipId(), r.meetingId()), r.position(),
                members.of(r.memberId())), params);
        Rows<PartKey, String> agenda = new Rows<>();
        AGENDA_ITEM.forEach(c, in, r -> agenda.put(new PartKey(r.partnershipId(), r.meetingId()), r.position(), r.item()), params);
        Rows<PartKey, Decision> decisions = new Rows<>();
        DECISION.forEach(c, in, r -> decisions.put(new PartKey(r.partnershipId(), r.meetingId()), r.position(),
                new Decision(Words.parse(DecisionKind.class, r.kind()), r.text())), params);
        Rows<PartKey, GroupReport> reports = new Rows<>();
        GROUP_REPORT.forEach(c, in, r -> reports.put(new PartKey(r.partnershipId(), r.meetingId()), r.position(),
                new GroupReport(WorkingGroupId.of(r.groupId()), YearQuarter.parse(r.quarter()), r.summary())), params);
        Rows<PartKey, DocumentLink> documents = new Rows<>();
        DOCUMENT.forEach(c, in, r -> documents.put(new PartKey(r.partnershipId(), r.meetingId()), r.position(),
                new DocumentLink(r.title(), r.uri() == null ? null : URI.create(r.uri()), Words.parse(DocumentKind.class, r.kind()))), params);
        Rows<String, Meeting> meetings = new Rows<>();
        MEETING.forEach(c, in, r -> {
            PartKey key = new PartKey(r.partnershipId(), r.meetingId());
            meetings.put(r.partnershipId(), r.position(), new Meeting(MeetingId.of(r.meetingId()),
                    Words.parse(MeetingLevel.class, r.level()), r.groupId() == null ? null : WorkingGroupId.of(r.groupId()),
                    r.heldOn(), Words.parse(MeetingKind.class, r.kind()), attendance.get(key), agenda.get(key), decisions.get(key),
                    reports.get(key), documents.get(key)));
        }, params);
        Rows<String, Theme> areas = new Rows<>();
        THEME.forEach(c, in, r -> areas.add(r.partnershipId(), Words.parse(Theme.class, r.theme())), params);
        Rows<String, AdviceTopic> topics = new Rows<>();
        CONSULTANT_TOPIC.forEach(c, in, r -> topics.add(r.partnershipId(), Words.parse(AdviceTopic.class, r.topic())), params);
        Rows<String, DocumentLink> ownDocuments = new Rows<>();
        PARTNERSHIP_DOCUMENT.forEach(c, in, r -> ownDocuments.put(r.partnershipId(), r.position(),
                new DocumentLink(r.title(), r.uri() == null ? null : URI.create(r.uri()), Words.parse(DocumentKind.class, r.kind()))), params);
        Rows<String, Extension> extensions = new Rows<>();
        EXTENSION.forEach(c, in, r -> extensions.put(r.partnershipId(), r.position(),
                new Extension(recorded(r.decided()), r.newEnd(), r.reason(), r.decidedBy())), params);

        List<Versioned<Partnership>> result = new ArrayList<>(roots.size());
        for (PartnershipRow r : roots) {
            String pid = r.id();
            RulesOfProcedure rules = r.rulesAdopted() == null ? null
                    : new RulesOfProcedure(r.rulesAdopted(), r.rulesMeeting() == null ? null : MeetingId.of(r.rulesMeeting()));
            Intervention intervention = r.interventionStart() == null ? null
                    : new Intervention(recorded(r.interventionStart()), Period.parse(r.interventionLength()), extensions.get(pid));
            List<Theme> partnershipThemes = areas.get(pid);
            List<AdviceTopic> advice = topics.get(pid);
            Partnership partnership = new Partnership(PartnershipId.of(pid), r.name(), r.municipality(), r.founded(), r.convener(),
                    rules, memberships.get(pid), groups.get(pid), recorded(r.groupsFormed()), meetings.get(pid), intervention,
                    r.membersListedAsOf(), partnershipThemes.isEmpty() ? Set.of() : EnumSet.copyOf(partnershipThemes),
                    PartnershipRow.span(r.analysisFrom(), r.analysisUntil()),
                    PartnershipRow.span(r.membershipOpenFrom(), r.membershipOpenUntil()),
                    r.localConsultant() ? new LocalConsultant(advice.isEmpty() ? Set.of() : EnumSet.copyOf(advice)) : null,
                    r.coordinatedApproachSince() == null ? null : new CoordinatedApproachRole(recorded(r.coordinatedApproachSince())),
                    ownDocuments.get(pid), r.workingGroupPractice());
            result.add(new Versioned<>(partnership, r.version()));
        }
        return result;
    }

    /** A member's facilities or a person's names, under the member's key, in order. */
    private static Rows<PartKey, String> names(Connection c, Table<MemberNameRow> table, String in, Object... params)
            throws SQLException {
        Rows<PartKey, String> names = new Rows<>();
        table.forEach(c, in, r -> names.put(new PartKey(r.partnershipId(), r.memberId()), r.position(), r.name()), params);
        return names;
    }
}
