package cz.socialinclusion.partnership.jdbc;

import cz.socialinclusion.partnership.Membership;
import cz.socialinclusion.partnership.Partnership;
import cz.socialinclusion.partnership.PartnershipId;
import cz.socialinclusion.partnership.RulesOfProcedure;
import cz.socialinclusion.partnership.group.Guest;
import cz.socialinclusion.partnership.group.Participant;
import cz.socialinclusion.partnership.group.Seat;
import cz.socialinclusion.partnership.group.Theme;
import cz.socialinclusion.partnership.group.WorkingGroup;
import cz.socialinclusion.partnership.group.WorkingGroupId;
import cz.socialinclusion.partnership.group.WorkingGroupKind;
import cz.socialinclusion.partnership.intervention.Extension;
import cz.socialinclusion.partnership.intervention.Intervention;
import cz.socialinclusion.partnership.jdbc.internal.Rows;
import cz.socialinclusion.partnership.jdbc.internal.Statements;
import cz.socialinclusion.partnership.jdbc.internal.Statements.Batch;
import cz.socialinclusion.partnership.jdbc.internal.Words;
import cz.socialinclusion.partnership.meeting.Decision;
import cz.socialinclusion.partnership.meeting.DecisionKind;
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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cz.socialinclusion.partnership.jdbc.internal.Statements.date;

/** Rows of the partnership aggregate: writes them, and reads any selection of partnerships in 14 queries. */
final class PartnershipMapper {

    /** Longest prefix of the municipality kept in the indexed key column. */
    static final int MUNICIPALITY_KEY_LENGTH = 200;

    private PartnershipMapper() {
    }

    static String municipalityKey(String municipality) {
        return municipality.length() <= MUNICIPALITY_KEY_LENGTH ? municipality : municipality.substring(0, MUNICIPALITY_KEY_LENGTH);
    }

    static Object[] rootValues(Partnership p) {
        RulesOfProcedure rules = p.rulesOfProcedure();
        Intervention intervention = p.intervention();
        return new Object[] {p.name(), p.municipality(), municipalityKey(p.municipality()), p.founded(), p.convener(),
                rules == null ? null : rules.adopted(), rules == null || rules.meeting() == null ? null : rules.meeting().value(),
                p.workingGroupsFormed(), p.membersListedAsOf(),
                intervention == null ? null : intervention.start(),
                intervention == null ? null : intervention.plannedLength().toString()};
    }

    static final String ROOT_COLUMNS = "name, municipality, municipality_key, founded, convener, rules_adopted, rules_meeting,"
            + " groups_formed, members_listed_as_of, intervention_start, intervention_length";

    /** Deletes the child rows; cascades take the rest. Meetings go first: they refer to working groups. */
    static void deleteChildren(Connection c, String id) throws SQLException {
        Statements.update(c, "DELETE FROM lp_meeting WHERE partnership_id = ?", id);
        Statements.update(c, "DELETE FROM lp_working_group WHERE partnership_id = ?", id);
        Statements.update(c, "DELETE FROM lp_member WHERE partnership_id = ?", id);
        Statements.update(c, "DELETE FROM lp_intervention_extension WHERE partnership_id = ?", id);
    }

    /** Inserts every child row, one batch a table. */
    static void insertChildren(Connection c, Partnership p) throws SQLException {
        String id = p.id().value();
        Batch members = new Batch("INSERT INTO lp_member (partnership_id, member_id, position, member_type, name, kind,"
                + " legal_form, ico, role, joined, left_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        Batch facilities = new Batch("INSERT INTO lp_member_facility (partnership_id, member_id, position, name) VALUES (?, ?, ?, ?)");
        Batch names = new Batch("INSERT INTO lp_member_person_name (partnership_id, member_id, position, name) VALUES (?, ?, ?, ?)");
        int position = 0;
        for (Membership membership : p.memberships()) {
            Member member = membership.member();
            String mid = member.id().value();
            if (member instanceof Organisation o) {
                members.add(id, mid, position, "organisation", o.name(), Words.of(o.kind()), Words.of(o.legalForm()),
                        o.ico() == null ? null : o.ico().value(), null, membership.joined(), membership.left());
                for (int i = 0; i < o.facilities().size(); i++) {
                    facilities.add(id, mid, i, o.facilities().get(i));
                }
            } else if (member instanceof NaturalPerson n) {
                members.add(id, mid, position, "natural-person", null, null, null, null, n.role(), membership.joined(), membership.left());
                for (int i = 0; i < n.names().size(); i++) {
                    names.add(id, mid, i, n.names().get(i));
                }
            } else if (member instanceof Collective k) {
                members.add(id, mid, position, "collective", k.name(), null, null, null, null, membership.joined(), membership.left());
            }
            position++;
        }
        Batch groups = new Batch("INSERT INTO lp_working_group (partnership_id, group_id, position, name, kind,"
                + " community_planning_group, formed) VALUES (?, ?, ?, ?, ?, ?, ?)");
        Batch themes = new Batch("INSERT INTO lp_working_group_theme (partnership_id, group_id, theme) VALUES (?, ?, ?)");
        Batch participants = new Batch("INSERT INTO lp_participant (partnership_id, group_id, position, participant_type,"
                + " member_id, role, guest_name, expert_role) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        position = 0;
        for (WorkingGroup g : p.workingGroups()) {
            String gid = g.id().value();
            groups.add(id, gid, position++, g.name(), Words.of(g.kind()), g.communityPlanningGroup(), g.formed());
            for (Theme theme : g.themes()) {
                themes.add(id, gid, Words.of(theme));
            }
            for (int i = 0; i < g.participants().size(); i++) {
                Participant participant = g.participants().get(i);
                if (participant instanceof Seat s) {
                    participants.add(id, gid, i, "seat", s.member().value(), s.role(), null, null);
                } else if (participant instanceof Guest guest) {
                    participants.add(id, gid, i, "guest", null, null, guest.name(), guest.expertRole());
                }
            }
        }
        Batch meetings = new Batch("INSERT INTO lp_meeting (partnership_id, meeting_id, position, level, group_id, held_on, kind)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)");
        Batch attendance = new Batch("INSERT INTO lp_meeting_attendance (partnership_id, meeting_id, position, member_id) VALUES (?, ?, ?, ?)");
        Batch agenda = new Batch("INSERT INTO lp_meeting_agenda_item (partnership_id, meeting_id, position, item) VALUES (?, ?, ?, ?)");
        Batch decisions = new Batch("INSERT INTO lp_meeting_decision (partnership_id, meeting_id, position, kind, text) VALUES (?, ?, ?, ?, ?)");
        Batch reports = new Batch("INSERT INTO lp_group_report (partnership_id, meeting_id, position, group_id, quarter, summary)"
                + " VALUES (?, ?, ?, ?, ?, ?)");
        Batch documents = new Batch("INSERT INTO lp_meeting_document (partnership_id, meeting_id, position, title, uri) VALUES (?, ?, ?, ?, ?)");
        position = 0;
        for (Meeting m : p.meetings()) {
            String mid = m.id().value();
            meetings.add(id, mid, position++, Words.of(m.level()), m.group() == null ? null : m.group().value(), m.date(), Words.of(m.kind()));
            for (int i = 0; i < m.attendance().size(); i++) {
                attendance.add(id, mid, i, m.attendance().get(i).value());
            }
            for (int i = 0; i < m.agenda().size(); i++) {
                agenda.add(id, mid, i, m.agenda().get(i));
            }
            for (int i = 0; i < m.decisions().size(); i++) {
                decisions.add(id, mid, i, Words.of(m.decisions().get(i).kind()), m.decisions().get(i).text());
            }
            for (int i = 0; i < m.reports().size(); i++) {
                GroupReport r = m.reports().get(i);
                reports.add(id, mid, i, r.group().value(), r.quarter().toString(), r.summary());
            }
            for (int i = 0; i < m.documents().size(); i++) {
                documents.add(id, mid, i, m.documents().get(i).title(), m.documents().get(i).uri().toString());
            }
        }
        Batch extensions = new Batch("INSERT INTO lp_intervention_extension (partnership_id, position, decided, new_end, reason)"
                + " VALUES (?, ?, ?, ?, ?)");
        if (p.intervention() != null) {
            List<Extension> list = p.intervention().extensions();
            for (int i = 0; i < list.size(); i++) {
                extensions.add(id, i, list.get(i).decided(), list.get(i).newEnd(), list.get(i).reason());
            }
        }
        for (Batch batch : List.of(members, facilities, names, groups, themes, participants, meetings, attendance, agenda,
                decisions, reports, documents, extensions)) {
            batch.execute(c);
        }
    }

    private record Root(String id, long version, ResultSet values) {
    }

    /**
     * Reads the partnerships {@code selection} picks ({@code "id = ?"}, {@code "municipality_key = ? AND
     * municipality = ?"}), ordered by id: 14 queries, whatever their number and size.
     */
    static List<Versioned<Partnership>> read(Connection c, String selection, Object... params) throws SQLException {
        // One partnership by id: its rows by key directly; otherwise the rows of whatever the selection picks.
        String in = selection.equals("id = ?") ? " WHERE partnership_id = ?"
                : " WHERE partnership_id IN (SELECT id FROM lp_partnership WHERE " + selection + ")";
        Map<String, Object[]> roots = new java.util.TreeMap<>();
        Statements.query(c, "SELECT id, version, " + ROOT_COLUMNS + " FROM lp_partnership WHERE " + selection,
                rs -> roots.put(rs.getString("id"), new Object[] {rs.getLong("version"), rs.getString("name"),
                        rs.getString("municipality"), date(rs, "founded"), rs.getString("convener"), date(rs, "rules_adopted"),
                        rs.getString("rules_meeting"), date(rs, "groups_formed"), date(rs, "members_listed_as_of"),
                        date(rs, "intervention_start"), rs.getString("intervention_length")}), params);
        if (roots.isEmpty()) {
            return List.of();
        }
        Rows<String, String> facilities = new Rows<>();
        Statements.query(c, "SELECT partnership_id, member_id, name FROM lp_member_facility" + in
                + " ORDER BY position", rs -> {
            facilities.add(rs.getString(1) + "/" + rs.getString(2), rs.getString(3));
            return null;
        }, params);
        Rows<String, String> personNames = new Rows<>();
        Statements.query(c, "SELECT partnership_id, member_id, name FROM lp_member_person_name" + in
                + " ORDER BY position", rs -> {
            personNames.add(rs.getString(1) + "/" + rs.getString(2), rs.getString(3));
            return null;
        }, params);
        Rows<String, Membership> memberships = new Rows<>();
        Statements.query(c, "SELECT * FROM lp_member" + in + " ORDER BY position", rs -> {
            String pid = rs.getString("partnership_id");
            MemberId mid = MemberId.of(rs.getString("member_id"));
            String key = pid + "/" + mid.value();
            Member member = switch (rs.getString("member_type")) {
                case "organisation" -> new Organisation(mid, rs.getString("name"),
                        Words.parse(OrganisationKind.class, rs.getString("kind")), Words.parse(LegalForm.class, rs.getString("legal_form")),
                        rs.getString("ico") == null ? null : new Ico(rs.getString("ico")), facilities.get(key));
                case "natural-person" -> new NaturalPerson(mid, personNames.get(key), rs.getString("role"));
                default -> new Collective(mid, rs.getString("name"));
            };
            memberships.add(pid, new Membership(member, date(rs, "joined"), date(rs, "left_on")));
            return null;
        }, params);
        Rows<String, Theme> themes = new Rows<>();
        Statements.query(c, "SELECT partnership_id, group_id, theme FROM lp_working_group_theme" + in, rs -> {
            themes.add(rs.getString(1) + "/" + rs.getString(2), Words.parse(Theme.class, rs.getString(3)));
            return null;
        }, params);
        Rows<String, Participant> participants = new Rows<>();
        Statements.query(c, "SELECT * FROM lp_participant" + in + " ORDER BY position", rs -> {
            String key = rs.getString("partnership_id") + "/" + rs.getString("group_id");
            participants.add(key, "seat".equals(rs.getString("participant_type"))
                    ? new Seat(MemberId.of(rs.getString("member_id")), rs.getString("role"))
                    : new Guest(rs.getString("guest_name"), rs.getString("expert_role")));
            return null;
        }, params);
        Rows<String, WorkingGroup> groups = new Rows<>();
        Statements.query(c, "SELECT * FROM lp_working_group" + in + " ORDER BY position", rs -> {
            String pid = rs.getString("partnership_id");
            String key = pid + "/" + rs.getString("group_id");
            List<Theme> t = themes.get(key);
            groups.add(pid, new WorkingGroup(WorkingGroupId.of(rs.getString("group_id")), rs.getString("name"),
                    Words.parse(WorkingGroupKind.class, rs.getString("kind")),
                    t.isEmpty() ? Set.of() : EnumSet.copyOf(t), participants.get(key),
                    rs.getString("community_planning_group"), date(rs, "formed")));
            return null;
        }, params);
        Rows<String, MemberId> attendance = new Rows<>();
        Statements.query(c, "SELECT partnership_id, meeting_id, member_id FROM lp_meeting_attendance" + in
                + " ORDER BY position", rs -> {
            attendance.add(rs.getString(1) + "/" + rs.getString(2), MemberId.of(rs.getString(3)));
            return null;
        }, params);
        Rows<String, String> agenda = new Rows<>();
        Statements.query(c, "SELECT partnership_id, meeting_id, item FROM lp_meeting_agenda_item" + in
                + " ORDER BY position", rs -> {
            agenda.add(rs.getString(1) + "/" + rs.getString(2), rs.getString(3));
            return null;
        }, params);
        Rows<String, Decision> decisions = new Rows<>();
        Statements.query(c, "SELECT partnership_id, meeting_id, kind, text FROM lp_meeting_decision" + in
                + " ORDER BY position", rs -> {
            decisions.add(rs.getString(1) + "/" + rs.getString(2),
                    new Decision(Words.parse(DecisionKind.class, rs.getString(3)), rs.getString(4)));
            return null;
        }, params);
        Rows<String, GroupReport> reports = new Rows<>();
        Statements.query(c, "SELECT partnership_id, meeting_id, group_id, quarter, summary FROM lp_group_report" + in
                + " ORDER BY position", rs -> {
            reports.add(rs.getString(1) + "/" + rs.getString(2), new GroupReport(WorkingGroupId.of(rs.getString(3)),
                    YearQuarter.parse(rs.getString(4)), rs.getString(5)));
            return null;
        }, params);
        Rows<String, DocumentLink> documents = new Rows<>();
        Statements.query(c, "SELECT partnership_id, meeting_id, title, uri FROM lp_meeting_document" + in
                + " ORDER BY position", rs -> {
            documents.add(rs.getString(1) + "/" + rs.getString(2), new DocumentLink(rs.getString(3), URI.create(rs.getString(4))));
            return null;
        }, params);
        Rows<String, Meeting> meetings = new Rows<>();
        Statements.query(c, "SELECT * FROM lp_meeting" + in + " ORDER BY position", rs -> {
            String pid = rs.getString("partnership_id");
            String key = pid + "/" + rs.getString("meeting_id");
            String group = rs.getString("group_id");
            meetings.add(pid, new Meeting(MeetingId.of(rs.getString("meeting_id")), Words.parse(MeetingLevel.class, rs.getString("level")),
                    group == null ? null : WorkingGroupId.of(group), date(rs, "held_on"), Words.parse(MeetingKind.class, rs.getString("kind")),
                    attendance.get(key), agenda.get(key), decisions.get(key), reports.get(key), documents.get(key)));
            return null;
        }, params);
        Rows<String, Extension> extensions = new Rows<>();
        Statements.query(c, "SELECT partnership_id, decided, new_end, reason FROM lp_intervention_extension" + in
                + " ORDER BY position", rs -> {
            extensions.add(rs.getString(1), new Extension(date(rs, "decided"), date(rs, "new_end"), rs.getString("reason")));
            return null;
        }, params);

        List<Versioned<Partnership>> result = new ArrayList<>();
        for (Map.Entry<String, Object[]> e : roots.entrySet()) {
            String pid = e.getKey();
            Object[] v = e.getValue();
            LocalDate rulesAdopted = (LocalDate) v[5];
            RulesOfProcedure rules = rulesAdopted == null ? null
                    : new RulesOfProcedure(rulesAdopted, v[6] == null ? null : MeetingId.of((String) v[6]));
            Intervention intervention = v[9] == null ? null
                    : new Intervention((LocalDate) v[9], Period.parse((String) v[10]), extensions.get(pid));
            Partnership partnership = new Partnership(PartnershipId.of(pid), (String) v[1], (String) v[2], (LocalDate) v[3],
                    (String) v[4], rules, memberships.get(pid), groups.get(pid), (LocalDate) v[7], meetings.get(pid),
                    intervention, (LocalDate) v[8]);
            result.add(new Versioned<>(partnership, (Long) v[0]));
        }
        return result;
    }
}
