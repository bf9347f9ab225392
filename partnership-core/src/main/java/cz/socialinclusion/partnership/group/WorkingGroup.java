package cz.socialinclusion.partnership.group;

import cz.socialinclusion.partnership.base.CleanName;
import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.base.Limits;
import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.internal.Checks;
import cz.socialinclusion.partnership.member.MemberId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A working group of a partnership (pracovní skupina, PS).
 *
 * <p>A thematic group works on at least one {@link Theme}; the projects and implementation group may have
 * none. No member and no guest sits in one group twice. Whether each seat belongs to a partnership member
 * is checked by the {@code Partnership} that holds the group.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id                     the group's id
 * @param name                   its name, e.g. {@code "Bydlení, bezpečnost, sociopatologické jevy"}
 * @param kind                   thematic, or projects and implementation
 * @param themes                 the themes it works on (iteration in declaration order)
 * @param participants           who sits in it, in the order listed
 * @param communityPlanningGroup the community-planning coordination group (koordinační skupina
 *                               komunitního plánování) it was built on, or {@code null}
 * @param formed                 when it was formed, as precise as the record gives it ("během srpna 2010"), or
 *                               {@code null} where the record says nothing of it
 * @param meetingRhythm          how often it met over a span ("dvakrát až čtyřikrát měsíčně od března 2009 do ledna
 *                               2010"), or {@code null} where not recorded
 */
public record WorkingGroup(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @Valid WorkingGroupId id,
        @NotBlank(message = "{cz.socialinclusion.partnership.NotBlank.message}")
        @Size(max = Limits.NAME_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanName String name,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") WorkingGroupKind kind,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") Set<Theme> themes,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") List<@Valid Participant> participants,
        @Size(max = Limits.NAME_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanName String communityPlanningGroup,
        RecordedDate formed,
        @Valid MeetingRhythm meetingRhythm) {

    /**
     * @param id the group's id
     * @param kind thematic, or projects and implementation
     * @param participants who sits in it, in the order listed
     * @param communityPlanningGroup the community-planning coordination group (koordinační skupina komunitního plánování) it was built on, or {@code null}
     * @param formed when it was formed, as precise as the record gives it, or {@code null} where the record says nothing of it
     * @param meetingRhythm how often it met over a span, or {@code null} where not recorded
     * @param name its name, e.g. {@code "Bydlení, bezpečnost, sociopatologické jevy"}
     * @param themes the themes it works on (iteration in declaration order)
     * @throws NullPointerException if a required argument is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if a thematic group has no theme, or a
     *         member or guest sits in the group twice,
     *         or a day, decimal or text is outside the bounds of {@link cz.socialinclusion.partnership.base.Limits}
     */
    public WorkingGroup {
        Objects.requireNonNull(id, "id");
        Checks.name("name", name);
        Objects.requireNonNull(kind, "kind");
        themes = Checks.enumSet("themes", themes, Theme.class);
        if (!(kind != WorkingGroupKind.THEMATIC || !themes.isEmpty())) {
            throw new InvalidValueException("themes", themes,
                    "themes of thematic working group " + id + " must not be empty");
        }
        participants = Checks.list("participants", participants);
        List<String> twice = Checks.duplicates(participants, Participant::key);
        if (!(twice.isEmpty())) {
            throw new InvalidValueException("participants", twice.isEmpty() ? null : twice.get(0),
                    "participants of working group " + id + " list " + (twice.isEmpty() ? "" : twice.get(0)) + " twice");
        }
        Checks.optionalName("communityPlanningGroup", communityPlanningGroup);
    }

    /**
     * A new group with no participants, no community-planning group and no formation date.
     *
     * @param id the group's id
     * @param name its name, e.g. {@code "Bydlení, bezpečnost, sociopatologické jevy"}
     * @param kind thematic, or projects and implementation
     * @param themes the themes it works on (iteration in declaration order)
     * @return a new group with no participants, no community-planning group and no formation date
     */
    public static WorkingGroup of(WorkingGroupId id, String name, WorkingGroupKind kind, Set<Theme> themes) {
        return new WorkingGroup(id, name, kind, themes, List.of(), null, null, null);
    }

    /**
     * Whether this is a thematic group.
     *
     * @return whether this is a thematic group
     */
    public boolean isThematic() {
        return kind == WorkingGroupKind.THEMATIC;
    }

    /**
     * The members who have a seat in this group, in the order listed.
     *
     * @return the members who have a seat in this group, in the order listed
     */
    public List<MemberId> memberIds() {
        List<MemberId> ids = new ArrayList<>();
        for (Participant participant : participants) {
            if (participant instanceof Seat seat) {
                ids.add(seat.member());
            }
        }
        return List.copyOf(ids);
    }

    /**
     * A copy with this participant added at the end.
     *
     * @param participant a member's seat or a guest
     * @return a copy with this participant added at the end
     */
    public WorkingGroup withParticipant(Participant participant) {
        List<Participant> more = new ArrayList<>(participants);
        more.add(Objects.requireNonNull(participant, "participant"));
        return new WorkingGroup(id, name, kind, themes, more, communityPlanningGroup, formed, meetingRhythm);
    }

    /**
     * A copy with these participants.
     *
     * @param participants who sits in it, in the order listed
     * @return a copy with these participants
     */
    public WorkingGroup withParticipants(List<? extends Participant> participants) {
        return new WorkingGroup(id, name, kind, themes, List.copyOf(participants), communityPlanningGroup, formed, meetingRhythm);
    }

    /**
     * A copy built on this community-planning group.
     *
     * @param communityPlanningGroup the community-planning coordination group (koordinační skupina komunitního plánování) it was built on, or {@code null}
     * @return a copy built on this community-planning group
     */
    public WorkingGroup withCommunityPlanningGroup(String communityPlanningGroup) {
        return new WorkingGroup(id, name, kind, themes, participants, communityPlanningGroup, formed, meetingRhythm);
    }

    /**
     * A copy formed on this date.
     *
     * @param formed when it was formed, as precise as the record gives it, or {@code null} where the record says nothing of it
     * @return a copy formed on this date
     */
    public WorkingGroup withFormed(RecordedDate formed) {
        return new WorkingGroup(id, name, kind, themes, participants, communityPlanningGroup, formed, meetingRhythm);
    }

    /**
     * A group whose meeting rhythm is not recorded.
     *
     * @param id the group's id
     * @param name its name
     * @param kind thematic, or projects and implementation
     * @param themes the themes it works on
     * @param participants who sits in it, in the order listed
     * @param communityPlanningGroup the community-planning coordination group it was built on, or {@code null}
     * @param formed when it was formed, or {@code null} where the record says nothing of it
     * @throws NullPointerException if a required argument is null
     * @throws InvalidValueException as the canonical constructor
     */
    public WorkingGroup(WorkingGroupId id, String name, WorkingGroupKind kind, Set<Theme> themes,
                        List<Participant> participants, String communityPlanningGroup, RecordedDate formed) {
        this(id, name, kind, themes, participants, communityPlanningGroup, formed, null);
    }

    /**
     * A copy that met in this rhythm.
     *
     * @param meetingRhythm how often it met over a span, or {@code null} where not recorded
     * @return a copy that met in this rhythm
     */
    public WorkingGroup withMeetingRhythm(MeetingRhythm meetingRhythm) {
        return new WorkingGroup(id, name, kind, themes, participants, communityPlanningGroup, formed, meetingRhythm);
    }
}
