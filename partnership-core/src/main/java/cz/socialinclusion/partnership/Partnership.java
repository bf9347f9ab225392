package cz.socialinclusion.partnership;

import cz.socialinclusion.partnership.base.CleanName;
import cz.socialinclusion.partnership.base.WithinLimits;
import cz.socialinclusion.partnership.base.Answer;
import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.base.RecordedSpan;
import cz.socialinclusion.partnership.group.Theme;
import cz.socialinclusion.partnership.intervention.LocalConsultant;
import cz.socialinclusion.partnership.meeting.DocumentLink;
import cz.socialinclusion.partnership.base.Limits;
import cz.socialinclusion.partnership.base.PartnershipId;
import cz.socialinclusion.partnership.group.Guest;
import cz.socialinclusion.partnership.group.Participant;
import cz.socialinclusion.partnership.group.Seat;
import cz.socialinclusion.partnership.group.WorkingGroup;
import cz.socialinclusion.partnership.group.WorkingGroupPractice;
import cz.socialinclusion.partnership.group.WorkingGroupId;
import cz.socialinclusion.partnership.internal.Checks;
import cz.socialinclusion.partnership.intervention.Intervention;
import cz.socialinclusion.partnership.meeting.GroupReport;
import cz.socialinclusion.partnership.meeting.Meeting;
import cz.socialinclusion.partnership.meeting.MeetingId;
import cz.socialinclusion.partnership.meeting.MeetingKind;
import cz.socialinclusion.partnership.member.Member;
import cz.socialinclusion.partnership.member.MemberId;
import cz.socialinclusion.partnership.member.NaturalPerson;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A local partnership (lokální partnerství, LP): a municipality's public bodies, NGOs, schools, police and
 * others, convened and guaranteed by the Agency for Social Inclusion.
 *
 * <p>Invariants checked here: member ids are unique; every seat in a working group belongs to a
 * partnership member (guests are named as {@link cz.socialinclusion.partnership.group.Guest}s); group and
 * meeting ids are unique; meetings, attendance and reports refer to existing groups and members; a
 * founding meeting falls on the founding date; nothing is dated before the founding. Rules about time and
 * state (is the municipality a member, did every group report this quarter) are the business of
 * {@code cz.socialinclusion.partnership.rules}.
 *
 * <p>Immutable and thread-safe; every {@code with…} method returns a new instance.
 *
 * @param id                 the partnership's id
 * @param name               its name, e.g. {@code "Lokální partnerství Kadaň"}
 * @param municipality       the town it works in, e.g. {@code "Kadaň"}
 * @param founded            the day of its founding meeting (ustavující setkání), or {@code null} if not known
 * @param convener           who convenes and guarantees it (svolavatel a garant): the Agency
 * @param rulesOfProcedure   its rules of procedure, once adopted, else {@code null}
 * @param memberships        its members over time, in the order listed
 * @param workingGroups      its working groups
 * @param workingGroupsFormed when the members split into working groups, as precise as the record gives it
 *                           ("během srpna"; {@link RecordedDate#notRecorded()} for "at its second meeting" with no
 *                           date), where the source gives it for the partnership rather than per group; else {@code null}
 * @param meetings           its meetings and those of its groups
 * @param intervention       the Agency's intervention, or {@code null} if not recorded
 * @param membersListedAsOf  the day the member lists were last updated (aktualizováno ke dni), or {@code null}
 * @param themes             the partnership's areas (oblasti), e.g. education, employment, housing and social
 *                           prevention (iteration in declaration order); may be empty
 * @param situationAnalysis  the span of its situation analysis (analýza lokality, mapování), e.g. July to September
 *                           2010, or {@link RecordedSpan#notRecorded()} for "in the first phase"; {@code null} where
 *                           the record says nothing of it
 * @param membershipOpen     the span in which membership was open to new members (e.g. "během července a srpna"),
 *                           or {@code null}
 * @param localConsultant    the Agency's local consultant in the town and what they advise on, or {@code null}
 * @param coordinatedApproach its role in the coordinated approach (KPSVL), or {@code null} where not recorded
 * @param documents          documents of the partnership itself, such as press releases and good-practice
 *                           presentations; a meeting's documents are the meeting's
 * @param workingGroupPractice how its working groups worked, where the record tells it of the groups together
 *                           (Cheb: two to four meetings a month, March 2009 to January 2010, with external guests);
 *                           else {@code null}
 */
public record Partnership(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @Valid PartnershipId id,
        @NotBlank(message = "{cz.socialinclusion.partnership.NotBlank.message}")
        @Size(max = Limits.NAME_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanName String name,
        @NotBlank(message = "{cz.socialinclusion.partnership.NotBlank.message}")
        @Size(max = Limits.NAME_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanName String municipality,
        @WithinLimits LocalDate founded,
        @NotBlank(message = "{cz.socialinclusion.partnership.NotBlank.message}")
        @Size(max = Limits.NAME_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanName String convener,
        @Valid RulesOfProcedure rulesOfProcedure,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") List<@Valid Membership> memberships,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") List<@Valid WorkingGroup> workingGroups,
        RecordedDate workingGroupsFormed,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") List<@Valid Meeting> meetings,
        @Valid Intervention intervention,
        @WithinLimits LocalDate membersListedAsOf,
        Set<Theme> themes,
        RecordedSpan situationAnalysis,
        RecordedSpan membershipOpen,
        @Valid LocalConsultant localConsultant,
        @Valid CoordinatedApproachRole coordinatedApproach,
        List<@Valid DocumentLink> documents,
        @Valid WorkingGroupPractice workingGroupPractice) {

    /**
     * A partnership with none of the method's later facts recorded: no areas, situation analysis, open membership,
     * local consultant, role in the coordinated approach or documents of its own.
     *
     * @param id the partnership's id
     * @param name its name
     * @param municipality the town it works in
     * @param founded the day of its founding meeting, or {@code null} if not known
     * @param convener who convenes and guarantees it
     * @param rulesOfProcedure its rules of procedure, once adopted, else {@code null}
     * @param memberships its members over time, in the order listed
     * @param workingGroups its working groups
     * @param workingGroupsFormed when the members split into working groups, or {@code null}
     * @param meetings its meetings and those of its groups
     * @param intervention the Agency's intervention, or {@code null} if not recorded
     * @param membersListedAsOf the day the member lists were last updated, or {@code null}
     * @throws NullPointerException if a required argument is null
     * @throws InvalidValueException as the canonical constructor
     */
    public Partnership(PartnershipId id, String name, String municipality, LocalDate founded, String convener,
                       RulesOfProcedure rulesOfProcedure, List<Membership> memberships, List<WorkingGroup> workingGroups,
                       RecordedDate workingGroupsFormed, List<Meeting> meetings, Intervention intervention,
                       LocalDate membersListedAsOf) {
        this(id, name, municipality, founded, convener, rulesOfProcedure, memberships, workingGroups,
                workingGroupsFormed, meetings, intervention, membersListedAsOf, Set.of(), null, null, null, null, List.of(), null);
    }

    /** The Agency's name as the source pages give it: the convener of every partnership. */
    public static final String AGENCY = "Agentura pro sociální začleňování";

    /**
     * @param id the partnership's id
     * @param founded the day of its founding meeting (ustavující setkání), or {@code null} if not known
     * @param rulesOfProcedure its rules of procedure, once adopted, else {@code null}
     * @param workingGroups its working groups
     * @param workingGroupsFormed when the members split into working groups, as precise as the record gives it, where the source gives it for the partnership rather than per group; else {@code null}
     * @param meetings its meetings and those of its groups
     * @param intervention the Agency's intervention, or {@code null} if not recorded
     * @param membersListedAsOf the day the member lists were last updated (aktualizováno ke dni), or {@code null}
     * @param themes the partnership's areas; {@code null} is read as none
     * @param situationAnalysis the span of its situation analysis, or {@code null}
     * @param membershipOpen the span in which membership was open, or {@code null}
     * @param localConsultant the Agency's local consultant, or {@code null}
     * @param coordinatedApproach its role in the coordinated approach (KPSVL), or {@code null}
     * @param documents documents of the partnership itself; {@code null} is read as none
     * @param workingGroupPractice how its working groups worked, told of the groups together, or {@code null}
     * @param name its name, e.g. {@code "Lokální partnerství Kadaň"}
     * @param municipality the town it works in, e.g. {@code "Kadaň"}
     * @param convener who convenes and guarantees it (svolavatel a garant): the Agency
     * @param memberships its members over time, in the order listed
     * @throws NullPointerException if a required argument is null
     * @throws InvalidValueException if an invariant listed on the class is broken; the message names the
     *         field and the value,
     *         or a day, decimal or text is outside the bounds of {@link cz.socialinclusion.partnership.base.Limits}
     */
    public Partnership {
        Objects.requireNonNull(id, "id");
        Checks.name("name", name);
        Checks.name("municipality", municipality);
        Checks.name("convener", convener);
        Checks.optionalDay("founded", founded);
        Checks.optionalDay("membersListedAsOf", membersListedAsOf);
        themes = Checks.enumSet("themes", themes == null ? Set.of() : themes, Theme.class);
        documents = Checks.list("documents", documents == null ? List.of() : documents);
        if (situationAnalysis != null) {
            notBeforeFounding(founded, "situationAnalysis.from", situationAnalysis.from());
        }
        if (membershipOpen != null) {
            notBeforeFounding(founded, "membershipOpen.from", membershipOpen.from());
        }
        memberships = Checks.uniqueList("memberships", memberships, Membership::memberId);
        workingGroups = Checks.uniqueList("workingGroups", workingGroups, WorkingGroup::id);
        meetings = Checks.uniqueList("meetings", meetings, Meeting::id);

        Set<MemberId> members = memberships.stream().map(Membership::memberId).collect(Collectors.toSet());
        Set<WorkingGroupId> groups = workingGroups.stream().map(WorkingGroup::id).collect(Collectors.toSet());
        for (WorkingGroup group : workingGroups) {
            for (Participant participant : group.participants()) {
                if (participant instanceof Seat seat && !members.contains(seat.member())) {
                    throw new InvalidValueException("workingGroups[" + group.id() + "].participants", seat.member(),
                            "member " + seat.member() + " of working group " + group.id()
                                    + " is neither a partnership member nor a guest");
                }
            }
            notBeforeFounding(founded, "workingGroups[" + group.id() + "].formed", group.formed());
        }
        notBeforeFounding(founded, "workingGroupsFormed", workingGroupsFormed);
        for (Meeting meeting : meetings) {
            String at = "meetings[" + meeting.id() + "]";
            if (meeting.group() != null && !groups.contains(meeting.group())) {
                throw new InvalidValueException(at + ".group", meeting.group(),
                        at + ".group " + meeting.group() + " is not a working group of the partnership");
            }
            for (MemberId attendee : meeting.attendance()) {
                if (!(members.contains(attendee))) {
                    throw new InvalidValueException(at + ".attendance", attendee,
                            at + ".attendance names " + attendee + ", who is not a partnership member");
                }
            }
            for (GroupReport report : meeting.reports()) {
                if (!(groups.contains(report.group()))) {
                    throw new InvalidValueException(at + ".reports", report.group(),
                            at + ".reports names " + report.group() + ", which is not a working group of the partnership");
                }
            }
            if (meeting.kind() == MeetingKind.FOUNDING && founded != null) {
                if (!(meeting.date().equals(founded))) {
                    throw new InvalidValueException(at + ".date", meeting.date(),
                            at + ".date " + meeting.date() + " of the founding meeting is not the founding date " + founded);
                }
            }
            notBeforeFounding(founded, at + ".date", meeting.date());
        }
        if (rulesOfProcedure != null) {
            notBeforeFounding(founded, "rulesOfProcedure.adopted", rulesOfProcedure.adopted());
            MeetingId at = rulesOfProcedure.meeting();
            if (at != null) {
                Meeting meeting = meetings.stream().filter(m -> m.id().equals(at)).findFirst().orElseThrow(
                        () -> new InvalidValueException("rulesOfProcedure.meeting", at,
                                "rulesOfProcedure.meeting " + at + " is not a meeting of the partnership"));
                if (!(meeting.date().equals(rulesOfProcedure.adopted()))) {
                    throw new InvalidValueException("rulesOfProcedure.adopted", rulesOfProcedure.adopted(),
                            "rulesOfProcedure.adopted " + rulesOfProcedure.adopted() + " is not the date " + meeting.date() + " of meeting " + at);
                }
            }
        }
    }

    private static void notBeforeFounding(LocalDate founded, String field, LocalDate date) {
        if (founded != null && date != null && date.isBefore(founded)) {
            throw new InvalidValueException(field, date, field + " " + date + " is before the founding on " + founded);
        }
    }

    /** Refuses a date the record shows was certainly before the founding; an imprecise one that may not be passes. */
    private static void notBeforeFounding(LocalDate founded, String field, RecordedDate date) {
        if (founded != null && date != null && date.isBefore(founded) == Answer.YES) {
            throw new InvalidValueException(field, date, field + " " + date + " is before the founding on " + founded);
        }
    }

    /**
     * A builder for a partnership convened by the Agency.
     *
     * @param id the partnership's id
     * @param name its name, e.g. {@code "Lokální partnerství Kadaň"}
     * @param municipality the town it works in, e.g. {@code "Kadaň"}
     * @return a builder for a partnership convened by the Agency
     */
    public static Builder builder(PartnershipId id, String name, String municipality) {
        return new Builder(id, name, municipality);
    }

    /**
     * The members listed, whatever their dates.
     *
     * @return the members listed, whatever their dates
     */
    public List<Member> members() {
        return memberships.stream().map(Membership::member).toList();
    }

    /**
     * The members on {@code date}.
     *
     * @param date the day
     * @return the members on {@code date}
     */
    public List<Member> membersOn(LocalDate date) {
        return memberships.stream().filter(m -> m.isActiveOn(date)).map(Membership::member).toList();
    }

    /**
     * The member with this id, if it is listed.
     *
     * @param id the member's id
     * @return the member with this id, if it is listed
     */
    public Optional<Member> member(MemberId id) {
        return membership(id).map(Membership::member);
    }

    /**
     * The membership of the member with this id, if it is listed.
     *
     * @param id the member's id
     * @return the membership of the member with this id, if it is listed
     */
    public Optional<Membership> membership(MemberId id) {
        return memberships.stream().filter(m -> m.memberId().equals(id)).findFirst();
    }

    /**
     * The working group with this id, if any.
     *
     * @param id the group's id
     * @return the working group with this id, if any
     */
    public Optional<WorkingGroup> workingGroup(WorkingGroupId id) {
        return workingGroups.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /**
     * When the members split into working groups: {@link #workingGroupsFormed()} where given, else the earliest
     * formation among the groups ({@link RecordedDate#earlierOf(RecordedDate)}), else empty.
     *
     * @return when the members split into working groups, as precise as the record tells, or empty where not recorded
     */
    public Optional<RecordedDate> groupsFormedOn() {
        if (workingGroupsFormed != null) {
            return Optional.of(workingGroupsFormed);
        }
        return workingGroups.stream().map(WorkingGroup::formed).filter(Objects::nonNull).reduce(RecordedDate::earlierOf);
    }

    /**
     * When this group started to work: its own formation date, else the partnership's.
     *
     * @param group the working group
     * @return when this group started to work, as precise as the record tells, or empty where not recorded
     */
    public Optional<RecordedDate> formationOf(WorkingGroup group) {
        return group.formed() != null ? Optional.of(group.formed()) : groupsFormedOn();
    }

    /**
     * The partnership meetings, in date order.
     *
     * @return the partnership meetings, in date order
     */
    public List<Meeting> partnershipMeetings() {
        return meetings.stream()
                .filter(m -> m.group() == null)
                .sorted(Comparator.comparing(Meeting::date).thenComparing(Meeting::id))
                .toList();
    }

    /**
     * Member ids mapped to members, for look-ups.
     *
     * @return member ids mapped to members, for look-ups
     */
    public Map<MemberId, Member> memberIndex() {
        Map<MemberId, Member> index = new HashMap<>();
        for (Membership membership : memberships) {
            index.put(membership.memberId(), membership.member());
        }
        return index;
    }

    /**
     * A copy with this member added (joined on {@code joined}, which may be {@code null}).
     *
     * @param member the member
     * @param joined the day the member joined, or {@code null} if not known
     * @return a copy with this member added
     */
    public Partnership withMember(Member member, LocalDate joined) {
        List<Membership> more = new ArrayList<>(memberships);
        more.add(new Membership(member, joined, null));
        return toBuilder().memberships(more).build();
    }

    /**
     * A copy in which the member has left on {@code left}.
     *
     * @param member the member's id
     * @param left   the first day after the membership
     * @return a copy in which the member has left on {@code left}
     * @throws InvalidValueException if the member is not listed
     */
    public Partnership withMemberLeft(MemberId member, LocalDate left) {
        if (!(membership(member).isPresent())) {
            throw new InvalidValueException("memberId", member,
                    "memberId " + member + " is not a member of partnership " + id);
        }
        return toBuilder().memberships(memberships.stream()
                .map(m -> m.memberId().equals(member) ? m.endingOn(left) : m).toList()).build();
    }

    /**
     * A copy in which the natural person {@code member} is erased (výmaz osobních údajů): the member's names
     * become {@link NaturalPerson#ERASED_NAME}, its role is removed and {@code erasedOn} is recorded on it
     * ({@link NaturalPerson#erasedOn(LocalDate)}). The id stays, so the membership and its dates, the seats,
     * the meeting attendance, the plan versions and the projects that refer to the member stay valid.
     *
     * <p>A working-group {@link Guest} whose name is one of the person's names (ignoring case, diacritics and
     * spacing) is taken to be the same person: the guest is renamed {@code "vymazaná osoba (<member id>)"},
     * keeping the expert role; where that leaves the same guest twice in one group, the first is kept. A guest
     * listed under another form of the name (with a title, say) is not recognised and stays as it is.
     *
     * <p>Free texts (agenda items, decisions, summaries, titles) are not searched. A person already erased is
     * left as it is, with its first erasure day.
     *
     * @param member   the natural person to erase
     * @param erasedOn the day of the erasure
     * @return the partnership without the person's names
     * @throws NullPointerException if an argument is null
     * @throws InvalidValueException if {@code member} is not listed or is not a {@link NaturalPerson}, or the
     *         day is outside {@link Limits#EARLIEST_DAY}..{@link Limits#LATEST_DAY}
     */
    public Partnership eraseNaturalPerson(MemberId member, LocalDate erasedOn) {
        Objects.requireNonNull(member, "member");
        Checks.day("erasedOn", erasedOn);
        Membership membership = membership(member).orElseThrow(() -> new InvalidValueException("memberId", member,
                "memberId " + member + " is not a member of partnership " + id));
        if (!(membership.member() instanceof NaturalPerson person)) {
            throw new InvalidValueException("memberId", member,
                    "memberId " + member + " is not a natural person: only a natural person's data is erased");
        }
        if (person.isErased()) {
            return this;
        }
        Set<String> names = person.names().stream().map(Partnership::comparableName).collect(Collectors.toSet());
        List<WorkingGroup> groups = new ArrayList<>();
        for (WorkingGroup group : workingGroups) {
            List<Participant> participants = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            for (Participant participant : group.participants()) {
                Participant kept = participant;
                if (participant instanceof Guest guest && names.contains(comparableName(guest.name()))) {
                    kept = new Guest(NaturalPerson.ERASED_NAME + " (" + member + ")", guest.expertRole());
                }
                if (keys.add(kept.key())) {
                    participants.add(kept);
                }
            }
            groups.add(participants.equals(group.participants()) ? group : group.withParticipants(participants));
        }
        List<Membership> erased = memberships.stream()
                .map(m -> m == membership ? new Membership(person.erasedOn(erasedOn), m.joined(), m.left()) : m)
                .toList();
        return toBuilder().memberships(erased).workingGroups(groups).build();
    }

    /** A name as erasure compares it: without diacritics, in lower case, with single spaces. */
    private static String comparableName(String name) {
        String letters = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return letters.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }

    /**
     * A copy with this working group added, or replacing the group of the same id.
     *
     * @param group the working group
     * @return a copy with this working group added, or replacing the group of the same id
     */
    public Partnership withWorkingGroup(WorkingGroup group) {
        List<WorkingGroup> more = new ArrayList<>(workingGroups);
        more.removeIf(g -> g.id().equals(group.id()));
        more.add(group);
        return toBuilder().workingGroups(more).build();
    }

    /**
     * A copy with this meeting added.
     *
     * @param meeting the partnership's or one of its groups' meeting
     * @return a copy with this meeting added
     */
    public Partnership withMeeting(Meeting meeting) {
        List<Meeting> more = new ArrayList<>(meetings);
        more.add(meeting);
        return toBuilder().meetings(more).build();
    }

    /**
     * A copy with this intervention.
     *
     * @param intervention the Agency's intervention, or {@code null} if not recorded
     * @return a copy with this intervention
     */
    public Partnership withIntervention(Intervention intervention) {
        return toBuilder().intervention(intervention).build();
    }

    /**
     * A copy whose intervention is changed by {@code change}.
     *
     * @param change gives the new intervention from the current one (which may be {@code null}), e.g.
     *               {@code i -> i.extend(decided, newEnd, reason)}
     * @return a copy whose intervention is changed by {@code change}
     */
    public Partnership withIntervention(UnaryOperator<Intervention> change) {
        return withIntervention(change.apply(intervention));
    }

    /**
     * A builder holding this partnership's values.
     *
     * @return a builder holding this partnership's values
     */
    public Builder toBuilder() {
        return new Builder(id, name, municipality)
                .founded(founded).convener(convener).rulesOfProcedure(rulesOfProcedure)
                .memberships(memberships).workingGroups(workingGroups).workingGroupsFormed(workingGroupsFormed)
                .meetings(meetings).intervention(intervention).membersListedAsOf(membersListedAsOf)
                .themes(themes).situationAnalysis(situationAnalysis).membershipOpen(membershipOpen)
                .localConsultant(localConsultant).coordinatedApproach(coordinatedApproach).documents(documents)
                .workingGroupPractice(workingGroupPractice);
    }

    /** Builds a {@link Partnership}; not thread-safe. The invariants are checked by {@link #build()}. */
    public static final class Builder {
        private final PartnershipId id;
        private final String name;
        private final String municipality;
        private LocalDate founded;
        private String convener = AGENCY;
        private RulesOfProcedure rulesOfProcedure;
        private final List<Membership> memberships = new ArrayList<>();
        private final List<WorkingGroup> workingGroups = new ArrayList<>();
        private RecordedDate workingGroupsFormed;
        private WorkingGroupPractice workingGroupPractice;
        private final List<Meeting> meetings = new ArrayList<>();
        private Intervention intervention;
        private LocalDate membersListedAsOf;
        private Set<Theme> themes = Set.of();
        private RecordedSpan situationAnalysis;
        private RecordedSpan membershipOpen;
        private LocalConsultant localConsultant;
        private CoordinatedApproachRole coordinatedApproach;
        private final List<DocumentLink> documents = new ArrayList<>();

        private Builder(PartnershipId id, String name, String municipality) {
            this.id = id;
            this.name = name;
            this.municipality = municipality;
        }

        /**
         * Sets the founding day.
         *
         * @param founded the day of its founding meeting (ustavující setkání), or {@code null} if not known
         * @return this builder
         */
        public Builder founded(LocalDate founded) {
            this.founded = founded;
            return this;
        }

        /**
         * Sets who convenes the partnership.
         *
         * @param convener who convenes and guarantees it (svolavatel a garant): the Agency
         * @return this builder
         */
        public Builder convener(String convener) {
            this.convener = convener;
            return this;
        }

        /**
         * Sets the rules of procedure.
         *
         * @param rulesOfProcedure its rules of procedure, once adopted, else {@code null}
         * @return this builder
         */
        public Builder rulesOfProcedure(RulesOfProcedure rulesOfProcedure) {
            this.rulesOfProcedure = rulesOfProcedure;
            return this;
        }

        /**
         * Adds a member with no known dates.
         *
         * @param member the member
         * @return this builder
         */
        public Builder member(Member member) {
            memberships.add(Membership.of(member));
            return this;
        }

        /**
         * Adds a membership.
         *
         * @param membership the membership
         * @return this builder
         */
        public Builder membership(Membership membership) {
            memberships.add(membership);
            return this;
        }

        /**
         * Replaces the memberships.
         *
         * @param memberships its members over time, in the order listed
         * @return this builder
         */
        public Builder memberships(List<Membership> memberships) {
            this.memberships.clear();
            this.memberships.addAll(memberships);
            return this;
        }

        /**
         * Adds a working group.
         *
         * @param group the working group
         * @return this builder
         */
        public Builder workingGroup(WorkingGroup group) {
            workingGroups.add(group);
            return this;
        }

        /**
         * Replaces the working groups.
         *
         * @param groups its working groups
         * @return this builder
         */
        public Builder workingGroups(List<WorkingGroup> groups) {
            this.workingGroups.clear();
            this.workingGroups.addAll(groups);
            return this;
        }

        /**
         * Sets the day the members split into working groups.
         *
         * @param workingGroupsFormed when the members split into working groups, as precise as the record gives it, where the source gives it for the partnership rather than per group; else {@code null}
         * @return this builder
         */
        public Builder workingGroupsFormed(RecordedDate workingGroupsFormed) {
            this.workingGroupsFormed = workingGroupsFormed;
            return this;
        }

        /**
         * Adds a meeting.
         *
         * @param meeting the meeting
         * @return this builder
         */
        public Builder meeting(Meeting meeting) {
            meetings.add(meeting);
            return this;
        }

        /**
         * Replaces the meetings.
         *
         * @param meetings its meetings and those of its groups
         * @return this builder
         */
        public Builder meetings(List<Meeting> meetings) {
            this.meetings.clear();
            this.meetings.addAll(meetings);
            return this;
        }

        /**
         * Sets the Agency's intervention.
         *
         * @param intervention the Agency's intervention, or {@code null} if not recorded
         * @return this builder
         */
        public Builder intervention(Intervention intervention) {
            this.intervention = intervention;
            return this;
        }

        /**
         * Sets the day the list of members is as of.
         *
         * @param membersListedAsOf the day the member lists were last updated (aktualizováno ke dni), or {@code null}
         * @return this builder
         */
        public Builder membersListedAsOf(LocalDate membersListedAsOf) {
            this.membersListedAsOf = membersListedAsOf;
            return this;
        }

        /**
         * The partnership.
         *
         * @return the partnership
         * @throws NullPointerException if a required value is missing
         * @throws InvalidValueException if an invariant is broken
         */
        public Partnership build() {
            return new Partnership(id, name, municipality, founded, convener, rulesOfProcedure, memberships,
                    workingGroups, workingGroupsFormed, meetings, intervention, membersListedAsOf, themes,
                    situationAnalysis, membershipOpen, localConsultant, coordinatedApproach, documents, workingGroupPractice);
        }

        /**
         * Sets the partnership's areas (oblasti).
         *
         * @param themes the areas, e.g. education, employment, housing and social prevention
         * @return this builder
         */
        public Builder themes(Set<Theme> themes) {
            this.themes = themes;
            return this;
        }

        /**
         * Sets the span of the situation analysis (analýza lokality, mapování).
         *
         * @param situationAnalysis the span, or {@code null}
         * @return this builder
         */
        public Builder situationAnalysis(RecordedSpan situationAnalysis) {
            this.situationAnalysis = situationAnalysis;
            return this;
        }

        /**
         * Sets the span in which membership was open to new members.
         *
         * @param membershipOpen the span, or {@code null}
         * @return this builder
         */
        public Builder membershipOpen(RecordedSpan membershipOpen) {
            this.membershipOpen = membershipOpen;
            return this;
        }

        /**
         * Sets the Agency's local consultant.
         *
         * @param localConsultant the consultant and what they advise on, or {@code null}
         * @return this builder
         */
        public Builder localConsultant(LocalConsultant localConsultant) {
            this.localConsultant = localConsultant;
            return this;
        }

        /**
         * Sets the partnership's role in the coordinated approach (KPSVL).
         *
         * @param coordinatedApproach the role, or {@code null}
         * @return this builder
         */
        public Builder coordinatedApproach(CoordinatedApproachRole coordinatedApproach) {
            this.coordinatedApproach = coordinatedApproach;
            return this;
        }

        /**
         * Adds a document of the partnership itself, such as a press release or a presentation.
         *
         * @param document the document
         * @return this builder
         */
        public Builder document(DocumentLink document) {
            documents.add(Objects.requireNonNull(document, "document"));
            return this;
        }

        /**
         * Replaces the partnership's own documents.
         *
         * @param documents the documents
         * @return this builder
         */
        public Builder documents(List<DocumentLink> documents) {
            this.documents.clear();
            this.documents.addAll(documents);
            return this;
        }

        /**
         * Sets how the working groups worked, where the record tells it of the groups together.
         *
         * @param workingGroupPractice how often they met and whether external guests took part, or {@code null}
         * @return this builder
         */
        public Builder workingGroupPractice(WorkingGroupPractice workingGroupPractice) {
            this.workingGroupPractice = workingGroupPractice;
            return this;
        }
    }
}
