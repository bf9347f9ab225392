package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.Partnership;
import cz.socialinclusion.partnership.base.PartnershipId;
import cz.socialinclusion.partnership.group.Seat;
import cz.socialinclusion.partnership.group.Theme;
import cz.socialinclusion.partnership.group.WorkingGroup;
import cz.socialinclusion.partnership.group.WorkingGroupId;
import cz.socialinclusion.partnership.group.WorkingGroupKind;
import cz.socialinclusion.partnership.meeting.GroupReport;
import cz.socialinclusion.partnership.meeting.Meeting;
import cz.socialinclusion.partnership.meeting.MeetingId;
import cz.socialinclusion.partnership.meeting.MeetingKind;
import cz.socialinclusion.partnership.member.MemberId;
import cz.socialinclusion.partnership.member.Organisation;
import cz.socialinclusion.partnership.member.OrganisationKind;
import cz.socialinclusion.partnership.plan.Approval;
import cz.socialinclusion.partnership.plan.Goal;
import cz.socialinclusion.partnership.plan.GoalId;
import cz.socialinclusion.partnership.plan.GoalTerm;
import cz.socialinclusion.partnership.plan.Measure;
import cz.socialinclusion.partnership.plan.MeasureId;
import cz.socialinclusion.partnership.plan.Need;
import cz.socialinclusion.partnership.plan.NeedId;
import cz.socialinclusion.partnership.plan.NeedKind;
import cz.socialinclusion.partnership.plan.PlanId;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.Priority;
import cz.socialinclusion.partnership.plan.PriorityId;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Small hand-made dossiers for the rule tests: a town, its members, two thematic groups formed one day. */
final class Scenario {

    static final LocalDate FOUNDED = LocalDate.of(2010, 6, 23);
    static final LocalDate FORMED = LocalDate.of(2010, 9, 15);
    static final MemberId TOWN = MemberId.of("mesto");
    static final MemberId AGENCY = MemberId.of("agentura");
    static final MemberId SCHOOL = MemberId.of("zs");
    static final WorkingGroupId HOUSING = WorkingGroupId.of("ps-bydleni");
    static final WorkingGroupId EDUCATION = WorkingGroupId.of("ps-vzdelavani");
    static final PartnershipId ID = PartnershipId.of("jachymov");

    private Scenario() {
    }

    static Partnership partnership() {
        return Partnership.builder(ID, "Lokální partnerství Jáchymov", "Jáchymov")
                .founded(FOUNDED)
                .member(Organisation.of(TOWN, "Město Jáchymov", OrganisationKind.MUNICIPALITY))
                .member(Organisation.of(AGENCY, "Agentura pro sociální začleňování", OrganisationKind.AGENCY))
                .member(Organisation.of(SCHOOL, "ZŠ Jáchymov", OrganisationKind.SCHOOL))
                .meeting(Meeting.ofPartnership(MeetingId.of("ustavujici"), FOUNDED, MeetingKind.FOUNDING))
                .workingGroup(new WorkingGroup(HOUSING, "Bydlení", WorkingGroupKind.THEMATIC, Set.of(Theme.HOUSING),
                        List.of(Seat.of(TOWN)), null, RecordedDate.day(FORMED)))
                .workingGroup(new WorkingGroup(EDUCATION, "Vzdělávání", WorkingGroupKind.THEMATIC,
                        Set.of(Theme.EDUCATION, Theme.FAMILY), List.of(Seat.of(SCHOOL)), null, RecordedDate.day(FORMED)))
                .build();
    }

    static Dossier dossier() {
        return Dossier.of(partnership());
    }

    /** A partnership meeting on {@code day} at which the given groups report on that day's quarter. */
    static Meeting meeting(String id, LocalDate day, WorkingGroupId... reporting) {
        YearQuarter q = YearQuarter.from(day);
        return Meeting.ofPartnership(MeetingId.of(id), day, MeetingKind.REGULAR).withReports(
                java.util.Arrays.stream(reporting).map(g -> new GroupReport(g, q, "Výstupy " + g)).toList());
    }

    /** Version 1 of a plan whose priorities cover the given themes, one measure each, addressing a need. */
    static PlanVersion version(LocalDate date, List<Approval> approvals, Theme... themes) {
        Need need = new Need(NeedId.of("n1"), NeedKind.NEED, "Potřeby v lokalitě", Set.of(themes));
        List<Priority> priorities = new java.util.ArrayList<>();
        for (Theme theme : themes) {
            String t = theme.name().toLowerCase(java.util.Locale.ROOT);
            Measure measure = Measure.of(MeasureId.of("o-" + t), "Opatření " + t).withResponsible(TOWN);
            priorities.add(new Priority(PriorityId.of("p-" + t), "Priorita " + t, Set.of(theme), List.of(need.id()),
                    List.of(Goal.of(GoalId.of("c-" + t), "Cíl " + t, GoalTerm.LONG_TERM, List.of(measure)))));
        }
        return new PlanVersion(1, RecordedDate.day(date), "Plán", List.of(need), priorities, approvals);
    }

    /** A three-year plan from {@code start}, adopted by the council on {@code adopted} (or not, if null). */
    static StrategicPlan plan(String id, LocalDate start, LocalDate adopted, Theme... themes) {
        LocalDate drafted = adopted == null ? start : (adopted.isBefore(start) ? adopted : start);
        return StrategicPlan.of(PlanId.of(id), ID, "Strategický plán " + id, LocalDateRange.of(start, start.plusYears(3)),
                version(drafted, adopted == null ? List.of() : List.of(Approval.council(adopted)), themes));
    }
}
