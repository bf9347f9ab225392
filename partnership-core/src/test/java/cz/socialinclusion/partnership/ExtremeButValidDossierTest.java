package cz.socialinclusion.partnership;

import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.base.Limits;
import cz.socialinclusion.partnership.base.PartnershipId;
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
import cz.socialinclusion.partnership.member.MemberId;
import cz.socialinclusion.partnership.member.NaturalPerson;
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
import cz.socialinclusion.partnership.rules.Report;
import cz.socialinclusion.partnership.rules.Rules;
import cz.socialinclusion.partnership.rules.Schedule;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules evaluate a dossier that uses the model's extreme but valid values (founded on 1900-01-01, groups
 * formed that day, an intervention and a plan reaching 2200-12-31, decimals of thirty digits) and return: with
 * days bounded, the quarterly rule walks at most about 1,200 quarters.
 */
class ExtremeButValidDossierTest {

    private static final LocalDate FIRST = Limits.EARLIEST_DAY;
    private static final LocalDate LAST = Limits.LATEST_DAY;
    private static final BigDecimal HUGE = new BigDecimal("9".repeat(30));
    private static final BigDecimal TINY = new BigDecimal("0.0000000001");

    private static Dossier extreme() {
        MemberId town = MemberId.of("zatec-mesto");
        MemberId agency = MemberId.of("zatec-agentura");
        MemberId person = MemberId.of("zatec-osoba-1");
        WorkingGroupId group = WorkingGroupId.of("zatec-ps-bydleni");
        WorkingGroup housing = new WorkingGroup(group, "Bydlení", WorkingGroupKind.THEMATIC, Set.of(Theme.HOUSING),
                List.of(Seat.of(town), Seat.of(person)), null, RecordedDate.day(FIRST));
        Partnership partnership = Partnership.builder(PartnershipId.of("zatec"), "Lokální partnerství Žatec", "Žatec")
                .founded(FIRST)
                .member(Organisation.of(town, "Město Žatec", OrganisationKind.MUNICIPALITY))
                .member(Organisation.of(agency, "Agentura pro sociální začleňování", OrganisationKind.AGENCY))
                .membership(new Membership(NaturalPerson.of(person, "Žaneta Šťastná", "soukromá podnikatelka"), FIRST, LAST))
                .workingGroup(housing)
                .workingGroupsFormed(RecordedDate.day(FIRST))
                .meeting(Meeting.ofPartnership(MeetingId.of("zatec-ustavujici"), FIRST, MeetingKind.FOUNDING))
                .meeting(Meeting.ofPartnership(MeetingId.of("zatec-posledni"), LAST, MeetingKind.REGULAR)
                        .withReports(List.of(new GroupReport(group, YearQuarter.from(LAST), "Výstupy skupiny Bydlení"))))
                .intervention(new Intervention(RecordedDate.day(FIRST), Period.ofYears(300), List.of())
                        .extend(FIRST, LAST, "Prodloužení až do konce rozsahu modelu"))
                .membersListedAsOf(LAST)
                .build();

        Indicator indicator = indicator("zatec-i1");
        Measure measure = new Measure(MeasureId.of("zatec-o1"), "Prostupné bydlení", town,
                List.of(new ActionStep("Zmapovat byty", person, LAST,
                        List.of(new Resource(ResourceKind.FINANCIAL, "Rozpočet", Money.czk(new BigDecimal("9".repeat(28))))), FIRST)),
                List.of(indicator));
        Priority priority = new Priority(PriorityId.of("zatec-p1"), "Bydlení", Set.of(Theme.HOUSING), List.of(),
                List.of(new Goal(GoalId.of("zatec-c1"), "Zlepšit bydlení", GoalTerm.LONG_TERM, List.of(measure), List.of(indicator("zatec-i2")))));
        PlanVersion version = new PlanVersion(1, RecordedDate.day(FIRST), "Plán na celý rozsah modelu", List.of(), List.of(priority),
                List.of(Approval.board(FIRST), Approval.council(LAST)));
        StrategicPlan plan = StrategicPlan.of(PlanId.of("zatec-spsz"), partnership.id(), "Strategický plán Žatec",
                LocalDateRange.ofClosed(FIRST, LAST), version);
        Project project = new Project(ProjectId.of("zatec-pr1"), partnership.id(), "Sociální bydlení", town,
                List.of(measure.id()), FundingSource.euProgramme("OP Zaměstnanost", "výzva 1"), Money.czk(new BigDecimal("9".repeat(28))),
                true, List.of(new StatusChange(ProjectStatus.IDEA, FIRST), new StatusChange(ProjectStatus.SUBMITTED, LAST)));
        return new Dossier(partnership, List.of(plan), List.of(project));
    }

    private static Indicator indicator(String id) {
        return new Indicator(IndicatorId.of(id), "Počet bytů", "byty", new Measurement(TINY, FIRST),
                List.of(new IndicatorTarget(FIRST.plusDays(1), HUGE, new Measurement(HUGE.negate(), LAST))),
                new IndicatorTarget(LAST, TINY.negate(), new Measurement(HUGE, LAST)));
    }

    @Test
    void theStandardRulesReturnForTheWholeRangeOfDays() {
        Dossier dossier = extreme();
        for (LocalDate asOf : List.of(FIRST, FIRST.plusYears(150), LAST)) {
            Report report = Rules.standard().evaluate(dossier, asOf);
            assertThat(report.findings()).allSatisfy(f -> assertThat(f.rule()).isNotNull());
        }
        Report last = Rules.standard().evaluate(dossier, LAST);
        assertThat(last.findings()).isNotEmpty();
    }

    @Test
    void theScheduleAndProgressReturnForTheWholeRangeOfDays() {
        Dossier dossier = extreme();
        Schedule schedule = Rules.standard().schedule(dossier, FIRST, LAST, LAST);
        assertThat(schedule.deadlines()).isNotEmpty()
                .allSatisfy(d -> assertThat(d.toString()).isNotBlank());
        var progress = Rules.standard().progress(dossier.plans().get(0), LAST);
        assertThat(progress.id()).isEqualTo("zatec-spsz");
    }
}
