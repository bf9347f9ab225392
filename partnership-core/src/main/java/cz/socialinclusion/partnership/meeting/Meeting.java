package cz.socialinclusion.partnership.meeting;

import cz.socialinclusion.partnership.base.WithinLimits;
import cz.socialinclusion.partnership.base.CleanText;
import cz.socialinclusion.partnership.group.WorkingGroupId;
import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.base.Limits;
import cz.socialinclusion.partnership.internal.Checks;
import cz.socialinclusion.partnership.member.MemberId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.threeten.extra.YearQuarter;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A meeting of the partnership or of one of its working groups.
 *
 * <p>A working-group meeting names its group; a partnership meeting does not. Only a partnership meeting
 * can be the founding meeting, and only at a partnership meeting do groups present their reports, for the
 * meeting's quarter or an earlier one. Whether the members and groups exist is checked by the
 * {@code Partnership} that holds the meeting.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id         the meeting's id
 * @param level      the partnership's or a working group's meeting
 * @param group      the working group, for a working-group meeting; else {@code null}
 * @param date       the day it was held
 * @param kind       founding, regular or extraordinary
 * @param attendance the members who attended, each once
 * @param agenda     the agenda items, in order
 * @param decisions  the decisions taken
 * @param reports    the working-group reports presented (partnership meetings only)
 * @param documents  links to documents: minutes, presentations
 */
public record Meeting(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @Valid MeetingId id,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") MeetingLevel level,
        @Valid WorkingGroupId group,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @WithinLimits LocalDate date,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") MeetingKind kind,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") List<@Valid MemberId> attendance,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}")
        List<@NotBlank(message = "{cz.socialinclusion.partnership.NotBlank.message}")
             @Size(max = Limits.TEXT_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanText String> agenda,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") List<@Valid Decision> decisions,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") List<@Valid GroupReport> reports,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") List<@Valid DocumentLink> documents) {

    /**
     * @param attendance the members who attended, each once
     * @param agenda the agenda items, in order
     * @param decisions the decisions taken
     * @param reports the working-group reports presented (partnership meetings only)
     * @param documents links to documents: minutes, presentations
     * @param id the meeting's id
     * @param level the partnership's or a working group's meeting
     * @param group the working group, for a working-group meeting; else {@code null}
     * @param date the day it was held
     * @param kind founding, regular or extraordinary
     * @throws NullPointerException if a required argument is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if the group does not match the level, a
     *         working-group meeting is a founding meeting or has reports, a member attends twice, a group
     *         reports twice for one quarter, or a report is for a quarter after the meeting,
     *         or a day, decimal or text is outside the bounds of {@link cz.socialinclusion.partnership.base.Limits}
     */
    public Meeting(
            @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @Valid MeetingId id,
            @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") MeetingLevel level,
            @Valid WorkingGroupId group,
            @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @WithinLimits LocalDate date,
            @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") MeetingKind kind,
            @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") List<@Valid MemberId> attendance,
            @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}")
            List<@NotBlank(message = "{cz.socialinclusion.partnership.NotBlank.message}")
                 @Size(max = Limits.TEXT_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanText String> agenda,
            @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") List<@Valid Decision> decisions,
            @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") List<@Valid GroupReport> reports,
            @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") List<@Valid DocumentLink> documents) {
        // Not a compact constructor: javac 17 gives a compact constructor's parameters the record
        // components' container-element constraints (List<@NotBlank String>) with the wrong target, so a
        // Validator checking these parameters would not see them.
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
        Checks.day("date", date);
        Objects.requireNonNull(kind, "kind");
        if (!((level == MeetingLevel.WORKING_GROUP) == (group != null))) {
            throw new InvalidValueException("group", group,
                    "group of meeting " + id + " must be given exactly when its level is WORKING_GROUP, level was " + level + " and group " + group);
        }
        if (!(level == MeetingLevel.PARTNERSHIP || kind != MeetingKind.FOUNDING)) {
            throw new InvalidValueException("kind", kind,
                    "kind of working-group meeting " + id + " must not be FOUNDING");
        }
        attendance = Checks.uniqueList("attendance", attendance, m -> m);
        agenda = Checks.list("agenda", agenda);
        for (int i = 0; i < agenda.size(); i++) {
            Checks.text("agenda[" + i + "]", agenda.get(i));
        }
        decisions = Checks.list("decisions", decisions);
        reports = Checks.uniqueList("reports", reports, r -> r.group() + " for " + r.quarter());
        if (!(reports.isEmpty() || level == MeetingLevel.PARTNERSHIP)) {
            throw new InvalidValueException("reports", reports.size(),
                    "reports of working-group meeting " + id + " must be empty: groups report at partnership meetings");
        }
        YearQuarter held = YearQuarter.from(date);
        for (GroupReport report : reports) {
            if (!(!report.quarter().isAfter(held))) {
                throw new InvalidValueException("reports", report.quarter(),
                        "report of " + report.group() + " at meeting " + id + " on " + date + " is for quarter " + report.quarter() + ", after the meeting");
            }
        }
        documents = Checks.list("documents", documents);
        this.id = id;
        this.level = level;
        this.group = group;
        this.date = date;
        this.kind = kind;
        this.attendance = attendance;
        this.agenda = agenda;
        this.decisions = decisions;
        this.reports = reports;
        this.documents = documents;
    }

    /**
     * A partnership meeting with nothing recorded but its date and kind.
     *
     * @param id the meeting's id
     * @param date the day it was held
     * @param kind founding, regular or extraordinary
     * @return a partnership meeting with nothing recorded but its date and kind
     */
    public static Meeting ofPartnership(MeetingId id, LocalDate date, MeetingKind kind) {
        return new Meeting(id, MeetingLevel.PARTNERSHIP, null, date, kind, List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    /**
     * A regular working-group meeting with nothing recorded but its date.
     *
     * @param id the meeting's id
     * @param group the working group, for a working-group meeting; else {@code null}
     * @param date the day it was held
     * @return a regular working-group meeting with nothing recorded but its date
     */
    public static Meeting ofWorkingGroup(MeetingId id, WorkingGroupId group, LocalDate date) {
        return new Meeting(id, MeetingLevel.WORKING_GROUP, group, date, MeetingKind.REGULAR, List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    /**
     * The calendar quarter in which the meeting was held.
     *
     * @return the calendar quarter in which the meeting was held
     */
    public YearQuarter quarter() {
        return YearQuarter.from(date);
    }

    /**
     * A copy with these members attending.
     *
     * @param attendance the members who attended, each once
     * @return a copy with these members attending
     */
    public Meeting withAttendance(List<MemberId> attendance) {
        return new Meeting(id, level, group, date, kind, attendance, agenda, decisions, reports, documents);
    }

    /**
     * A copy with these agenda items.
     *
     * @param agenda the agenda items, in order
     * @return a copy with these agenda items
     */
    public Meeting withAgenda(List<String> agenda) {
        return new Meeting(id, level, group, date, kind, attendance, agenda, decisions, reports, documents);
    }

    /**
     * A copy with these decisions.
     *
     * @param decisions the decisions taken
     * @return a copy with these decisions
     */
    public Meeting withDecisions(List<Decision> decisions) {
        return new Meeting(id, level, group, date, kind, attendance, agenda, decisions, reports, documents);
    }

    /**
     * A copy with these reports presented.
     *
     * @param reports the working-group reports presented (partnership meetings only)
     * @return a copy with these reports presented
     */
    public Meeting withReports(List<GroupReport> reports) {
        return new Meeting(id, level, group, date, kind, attendance, agenda, decisions, reports, documents);
    }

    /**
     * A copy with these documents.
     *
     * @param documents links to documents: minutes, presentations
     * @return a copy with these documents
     */
    public Meeting withDocuments(List<DocumentLink> documents) {
        return new Meeting(id, level, group, date, kind, attendance, agenda, decisions, reports, documents);
    }
}
