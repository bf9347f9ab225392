package cz.socialinclusion.partnership.benchmarks;

import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.Partnership;
import cz.socialinclusion.partnership.base.PartnershipId;
import cz.socialinclusion.partnership.group.Participant;
import cz.socialinclusion.partnership.group.Seat;
import cz.socialinclusion.partnership.group.Theme;
import cz.socialinclusion.partnership.group.WorkingGroup;
import cz.socialinclusion.partnership.group.WorkingGroupId;
import cz.socialinclusion.partnership.group.WorkingGroupKind;
import cz.socialinclusion.partnership.intervention.Intervention;
import cz.socialinclusion.partnership.meeting.GroupReport;
import cz.socialinclusion.partnership.meeting.Meeting;
import cz.socialinclusion.partnership.meeting.MeetingId;
import cz.socialinclusion.partnership.meeting.MeetingKind;
import cz.socialinclusion.partnership.member.LegalForm;
import cz.socialinclusion.partnership.member.MemberId;
import cz.socialinclusion.partnership.member.Organisation;
import cz.socialinclusion.partnership.member.OrganisationKind;
import cz.socialinclusion.partnership.plan.ActionStep;
import cz.socialinclusion.partnership.plan.Approval;
import cz.socialinclusion.partnership.plan.Goal;
import cz.socialinclusion.partnership.plan.GoalId;
import cz.socialinclusion.partnership.plan.GoalTerm;
import cz.socialinclusion.partnership.plan.Indicator;
import cz.socialinclusion.partnership.plan.IndicatorId;
import cz.socialinclusion.partnership.plan.IndicatorTarget;
import cz.socialinclusion.partnership.plan.Measure;
import cz.socialinclusion.partnership.plan.MeasureId;
import cz.socialinclusion.partnership.plan.Measurement;
import cz.socialinclusion.partnership.plan.Money;
import cz.socialinclusion.partnership.plan.Need;
import cz.socialinclusion.partnership.plan.NeedId;
import cz.socialinclusion.partnership.plan.NeedKind;
import cz.socialinclusion.partnership.plan.PlanId;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.Priority;
import cz.socialinclusion.partnership.plan.PriorityId;
import cz.socialinclusion.partnership.plan.Resource;
import cz.socialinclusion.partnership.plan.ResourceKind;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import cz.socialinclusion.partnership.project.FundingSource;
import cz.socialinclusion.partnership.project.Project;
import cz.socialinclusion.partnership.project.ProjectId;
import cz.socialinclusion.partnership.project.ProjectStatus;
import cz.socialinclusion.partnership.project.StatusChange;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The large dossier of the benchmarks: 200 members, 8 thematic working groups of 20, a partnership meeting
 * in each of 40 quarters with every group's report, and a plan of 10 priorities, 100 goals, 1,000 measures,
 * 5,000 action steps (10,000 resources) and 1,000 indicators, with 100 projects. Czech text throughout.
 */
public final class LargeDossier {

    private LargeDossier() {
    }

    /** The dossier, with ids prefixed by {@code prefix} (so that several can be stored side by side). */
    public static Dossier of(String prefix) {
        LocalDate founded = LocalDate.of(2010, 6, 23);
        PartnershipId pid = PartnershipId.of(prefix);
        List<MemberId> members = new ArrayList<>();
        Partnership.Builder builder = Partnership.builder(pid, "Lokální partnerství Děčín " + prefix, "Děčín").founded(founded)
                .meeting(Meeting.ofPartnership(MeetingId.of(prefix + "-ustavujici"), founded, MeetingKind.FOUNDING))
                .intervention(Intervention.startingOn(founded).extend(LocalDate.of(2013, 2, 1), LocalDate.of(2014, 12, 31), "Prodloužení")
                        .extend(LocalDate.of(2014, 10, 1), LocalDate.of(2020, 6, 30), "Druhé prodloužení"));
        OrganisationKind[] kinds = OrganisationKind.values();
        for (int i = 0; i < 200; i++) {
            MemberId id = MemberId.of(prefix + "-clen-" + i);
            members.add(id);
            builder.member(Organisation.of(id, "Křesťanské společenství Jonáš, pobočka č. " + i, i == 0 ? OrganisationKind.MUNICIPALITY
                    : kinds[i % kinds.length]).withLegalForm(LegalForm.REGISTERED_ASSOCIATION)
                    .withFacilities(i % 4 == 0 ? List.of("Azylový dům Kompas", "K-Centrum") : List.of()));
        }
        Theme[] themes = Theme.values();
        List<WorkingGroupId> groups = new ArrayList<>();
        for (int g = 0; g < 8; g++) {
            WorkingGroupId gid = WorkingGroupId.of(prefix + "-ps-" + g);
            groups.add(gid);
            List<Participant> seats = new ArrayList<>();
            for (int s = 0; s < 20; s++) {
                seats.add(Seat.of(members.get((g * 20 + s) % members.size())));
            }
            builder.workingGroup(new WorkingGroup(gid, "Pracovní skupina " + themes[g % themes.length], WorkingGroupKind.THEMATIC,
                    EnumSet.of(themes[g % themes.length]), seats, "Koordinační skupina komunitního plánování", RecordedDate.day(founded.plusMonths(2))));
        }
        YearQuarter first = YearQuarter.from(founded).plusQuarters(1);
        for (int q = 0; q < 40; q++) {
            YearQuarter quarter = first.plusQuarters(q);
            List<GroupReport> reports = new ArrayList<>();
            for (WorkingGroupId g : groups) {
                reports.add(new GroupReport(g, quarter, "Výstupy pracovní skupiny za čtvrtletí " + quarter + ": plnění opatření a úkolů."));
            }
            builder.meeting(Meeting.ofPartnership(MeetingId.of(prefix + "-lp-" + q), quarter.atDay(20), MeetingKind.REGULAR)
                    .withAttendance(members.subList(0, 30)).withAgenda(List.of("Zahájení", "Výstupy pracovních skupin", "Různé"))
                    .withReports(reports));
        }
        Partnership partnership = builder.build();

        LocalDate start = LocalDate.of(2011, 1, 1);
        List<Need> needs = new ArrayList<>();
        List<Priority> priorities = new ArrayList<>();
        List<MeasureId> measureIds = new ArrayList<>();
        for (int p = 0; p < 10; p++) {
            NeedId need = NeedId.of(prefix + "-potreba-" + p);
            needs.add(new Need(need, NeedKind.NEED, "Potřeby obyvatel sociálně vyloučených lokalit v oblasti " + themes[p % themes.length],
                    Set.of(themes[p % themes.length])));
            List<Goal> goals = new ArrayList<>();
            for (int g = 0; g < 10; g++) {
                List<Measure> measures = new ArrayList<>();
                for (int m = 0; m < 10; m++) {
                    String mid = prefix + "-opatreni-" + p + "-" + g + "-" + m;
                    measureIds.add(MeasureId.of(mid));
                    List<ActionStep> steps = new ArrayList<>();
                    for (int s = 0; s < 5; s++) {
                        LocalDate deadline = start.plusMonths(3L * s + m);
                        steps.add(new ActionStep("Krok " + s + ": příprava a realizace", members.get((p + g + m + s) % 200), deadline,
                                List.of(new Resource(ResourceKind.FINANCIAL, "Rozpočet města", Money.czk(25_000L * (s + 1))),
                                        new Resource(ResourceKind.HUMAN, "Sociální pracovník, 0,5 úvazku", null)),
                                s < 2 ? deadline.minusDays(3) : null));
                    }
                    Indicator indicator = new Indicator(IndicatorId.of(mid + "-ind"), "Počet podpořených osob", "osoby", Measurement.of(m, start),
                            List.of(IndicatorTarget.of(start.plusYears(1), 10 + m).withActual(Measurement.of(8 + m, start.plusYears(1)))),
                            IndicatorTarget.of(start.plusYears(3).minusDays(1), 20 + m));
                    measures.add(new Measure(MeasureId.of(mid), "Opatření " + p + "." + g + "." + m + ": přípravná třída a asistent pedagoga",
                            members.get(m), steps, List.of(indicator)));
                }
                goals.add(Goal.of(GoalId.of(prefix + "-cil-" + p + "-" + g), "Cíl " + p + "." + g + ": zlepšit situaci v lokalitě",
                        g % 2 == 0 ? GoalTerm.LONG_TERM : GoalTerm.SHORT_TERM, measures));
            }
            priorities.add(new Priority(PriorityId.of(prefix + "-priorita-" + p), "Priorita " + p + ": " + themes[p % themes.length],
                    Set.of(themes[p % themes.length]), List.of(need), goals));
        }
        StrategicPlan plan = StrategicPlan.of(PlanId.of(prefix + "-spsz"), pid, "Strategický plán sociálního začleňování Děčín",
                LocalDateRange.of(start, start.plusYears(3)), new PlanVersion(1, RecordedDate.day(LocalDate.of(2010, 12, 1)), "Plán",
                        needs, priorities, List.of(Approval.board(LocalDate.of(2010, 12, 10)), Approval.council(LocalDate.of(2010, 12, 15)))));

        List<Project> projects = new ArrayList<>();
        for (int j = 0; j < 100; j++) {
            projects.add(new Project(ProjectId.of(String.format("%s-projekt-%03d", prefix, j)), pid, "Projekt " + j + ": nízkoprahové centrum", members.get(j),
                    List.of(measureIds.get(j * 10), measureIds.get(j * 10 + 1)), FundingSource.euProgramme("OP Zaměstnanost", "výzva " + j),
                    Money.czk(1_000_000L + j), j == 0, List.of(new StatusChange(ProjectStatus.IDEA, start),
                    new StatusChange(ProjectStatus.SUBMITTED, start.plusMonths(2)))));
        }
        return new Dossier(partnership, List.of(plan), projects);
    }
}
