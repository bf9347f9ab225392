package cz.socialinclusion.partnership.jdbc;

import cz.socialinclusion.partnership.fixtures.SourcePages;
import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.plan.IllegalPlanChangeException;
import cz.socialinclusion.partnership.Membership;
import cz.socialinclusion.partnership.Partnership;
import cz.socialinclusion.partnership.base.PartnershipId;
import cz.socialinclusion.partnership.RulesOfProcedure;
import cz.socialinclusion.partnership.group.Guest;
import cz.socialinclusion.partnership.group.Seat;
import cz.socialinclusion.partnership.group.Theme;
import cz.socialinclusion.partnership.group.WorkingGroup;
import cz.socialinclusion.partnership.group.WorkingGroupId;
import cz.socialinclusion.partnership.group.WorkingGroupKind;
import cz.socialinclusion.partnership.intervention.Intervention;
import cz.socialinclusion.partnership.jdbc.internal.Statements;
import cz.socialinclusion.partnership.meeting.Decision;
import cz.socialinclusion.partnership.meeting.DecisionKind;
import cz.socialinclusion.partnership.meeting.DocumentLink;
import cz.socialinclusion.partnership.meeting.GroupReport;
import cz.socialinclusion.partnership.meeting.Meeting;
import cz.socialinclusion.partnership.meeting.MeetingId;
import cz.socialinclusion.partnership.meeting.MeetingKind;
import cz.socialinclusion.partnership.member.LegalForm;
import cz.socialinclusion.partnership.member.MemberId;
import cz.socialinclusion.partnership.member.NaturalPerson;
import cz.socialinclusion.partnership.member.Organisation;
import cz.socialinclusion.partnership.member.OrganisationKind;
import cz.socialinclusion.partnership.rules.RulePolicy;
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
import cz.socialinclusion.partnership.project.FundingKind;
import cz.socialinclusion.partnership.project.FundingSource;
import cz.socialinclusion.partnership.project.Project;
import cz.socialinclusion.partnership.project.ProjectId;
import cz.socialinclusion.partnership.project.ProjectStatus;
import cz.socialinclusion.partnership.project.StatusChange;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.net.URI;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The whole life of a local partnership (Kutná Hora's, as its source page tells it, and Cheb's beside it) walked
 * through the repositories on one database, the way a host program would: every step is saved, loaded back and
 * compared with what was saved. Where two users could collide, two threads save from the same version: one wins,
 * the other gets {@link ConcurrencyConflictException}, applies its change to a fresh copy, and nothing is lost.
 * Every public operation of the four repositories is used, and {@link #everyPublicRepositoryOperationIsUsed}
 * checks that against the repositories' classes.
 */
abstract class PartnershipLifeContract extends OnFreshDatabase {

    private static final PartnershipId KUTNA_HORA = PartnershipId.of("kutna-hora");
    private static final PlanId PLAN = PlanId.of("kutna-hora-spsz-2011");
    private static final MemberId MESTO = MemberId.of("kutna-hora-mesto");
    private static final MemberId AGENTURA = MemberId.of("kutna-hora-agentura");
    private static final MemberId URAD_PRACE = MemberId.of("kutna-hora-urad-prace");
    private static final MemberId CHARITA = MemberId.of("kutna-hora-charita");
    private static final MemberId PROSTOR = MemberId.of("kutna-hora-prostor");
    private static final MemberId ZS_KAMENNA_STEZKA = MemberId.of("kutna-hora-zs-kamenna-stezka");
    private static final MemberId PECOVATELSKA_SLUZBA = MemberId.of("kutna-hora-pecovatelska-sluzba");
    private static final MemberId RYTMUS = MemberId.of("kutna-hora-rytmus");
    private static final MemberId KSR = MemberId.of("kutna-hora-ksr");
    private static final MemberId SOCIALNI_FIRMA = MemberId.of("kutna-hora-socialni-firma");
    private static final WorkingGroupId PS_BYDLENI = WorkingGroupId.of("kutna-hora-ps-bydleni");
    private static final WorkingGroupId PS_ZAMESTNAVANI = WorkingGroupId.of("kutna-hora-ps-zamestnavani");
    private static final WorkingGroupId PS_VZDELAVANI = WorkingGroupId.of("kutna-hora-ps-vzdelavani");

    /** The public operations the walk used, as {@code Class.method}. */
    private final Set<String> used = new TreeSet<>();

    @Test
    void everyPublicRepositoryOperationIsUsed() throws Exception {
        openFreshDatabase();

        Versioned<Partnership> partnership = found();
        partnership = membersJoinAndLeave(partnership);
        partnership = workingGroupsAreFormedWithSeatsAndGuests(partnership);
        partnership = meetingsEveryQuarterWithGroupReports(partnership);
        Versioned<StrategicPlan> plan = aDraftPlanWhosePrioritiesAddressTheNeeds();
        plan = theBoardApprovesAndTheCouncilAdopts(plan);
        plan = theYearlyRevision(plan);
        List<Versioned<Project>> pipeline = projectsWithTheirStatusHistory();
        partnership = theInterventionIsExtended(partnership);
        partnership = aNaturalPersonIsErased(partnership, plan);
        plansAreDeletedWhereAllowed(plan);
        partnershipsAreDeletedWhereAllowed(partnership, pipeline);

        assertThat(used).containsExactlyInAnyOrderElementsOf(publicOperations());
    }

    /** Every public instance method the four repositories declare, as {@code Class.method}. */
    private static Set<String> publicOperations() {
        Set<String> all = new TreeSet<>();
        for (Class<?> type : List.of(PartnershipRepository.class, PlanRepository.class, ProjectRepository.class,
                DossierRepository.class)) {
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers()) && !method.isSynthetic()) {
                    all.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        return all;
    }

    /** Calls a repository operation and records that the walk used it. */
    private <T> T call(String operation, Supplier<T> call) {
        T result = call.get();
        used.add(operation);
        return result;
    }

    private void run(String operation, Runnable call) {
        call.run();
        used.add(operation);
    }

    private Versioned<Partnership> save(Versioned<Partnership> partnership) {
        Versioned<Partnership> saved = call("PartnershipRepository.save", () -> partnerships.save(partnership));
        assertThat(saved.version()).isEqualTo(partnership.version() + 1);
        assertThat(call("PartnershipRepository.get", () -> partnerships.get(KUTNA_HORA))).isEqualTo(saved);
        return saved;
    }

    private Versioned<StrategicPlan> save(Versioned<StrategicPlan> plan, PlanId id) {
        Versioned<StrategicPlan> saved = call("PlanRepository.save", () -> plans.save(plan));
        assertThat(saved.version()).isEqualTo(plan.version() + 1);
        assertThat(call("PlanRepository.get", () -> plans.get(id))).isEqualTo(saved);
        return saved;
    }

    private Versioned<Project> saveProject(Versioned<Project> project) {
        Versioned<Project> saved = call("ProjectRepository.save", () -> projects.save(project));
        assertThat(saved.version()).isEqualTo(project.version() + 1);
        assertThat(call("ProjectRepository.findById", () -> projects.findById(project.value().id()))).contains(saved);
        return saved;
    }

    // 1. The founding meeting of 11 June 2010: the Agency convenes, the town and its partners join.
    private Versioned<Partnership> found() {
        LocalDate founded = LocalDate.of(2010, 6, 11);
        MeetingId founding = MeetingId.of("kutna-hora-ustavujici");
        Partnership p = Partnership.builder(KUTNA_HORA, "Lokální partnerství Kutná Hora", "Kutná Hora")
                .founded(founded)
                .member(Organisation.of(AGENTURA, SourcePages.AGENCY_IN_ROMA_LOCALITIES, OrganisationKind.AGENCY))
                .member(Organisation.of(MESTO, "město Kutná Hora", OrganisationKind.MUNICIPALITY))
                .member(Organisation.of(URAD_PRACE, "Úřad práce Kutná Hora", OrganisationKind.LABOUR_OFFICE))
                .member(Organisation.of(CHARITA, "Oblastní charita Kutná Hora", OrganisationKind.CHURCH_OR_CHARITY)
                        .withFacilities(List.of("Azylový dům pro matky s dětmi")))
                .member(Organisation.of(PROSTOR, "O.s. Prostor", OrganisationKind.NGO).withLegalForm(LegalForm.CIVIC_ASSOCIATION))
                .member(Organisation.of(ZS_KAMENNA_STEZKA, "ZŠ Kamenná stezka", OrganisationKind.SCHOOL))
                .member(Organisation.of(PECOVATELSKA_SLUZBA, "Pečovatelská služba", OrganisationKind.OTHER))
                .member(new NaturalPerson(SOCIALNI_FIRMA, List.of("Miroslav Horváth", "Petr Vepřek"), "záměr sociální firmy s městem"))
                .meeting(Meeting.ofPartnership(founding, founded, MeetingKind.FOUNDING)
                        .withAttendance(List.of(AGENTURA, MESTO, URAD_PRACE, CHARITA, SOCIALNI_FIRMA))
                        .withAgenda(List.of("Ustavení lokálního partnerství", "Jednací řád"))
                        .withDecisions(List.of(new Decision(DecisionKind.RULES_OF_PROCEDURE_ADOPTED, "Partnerství přijalo jednací řád."))))
                .rulesOfProcedure(new RulesOfProcedure(founded, founding))
                .build();
        Versioned<Partnership> stored = save(Versioned.of(p));
        assertThat(stored.version()).isZero();
        assertThat(stored.value()).isEqualTo(p);
        assertThat(call("PartnershipRepository.findById", () -> partnerships.findById(KUTNA_HORA))).contains(stored);
        assertThatThrownBy(() -> partnerships.save(Versioned.of(p))).isInstanceOf(ConcurrencyConflictException.class);

        // Cheb's partnership, older, is imported as a whole dossier beside it.
        // Cheb's plan before the approval its page mentions: a draft, which step 13 deletes.
        Dossier chebAsPaged = SourcePages.cheb();
        Dossier cheb = new Dossier(chebAsPaged.partnership(), chebAsPaged.plans().stream()
                .map(plan -> new StrategicPlan(plan.id(), plan.partnership(), plan.title(), plan.period(), plan.versions().stream()
                        .map(v -> new PlanVersion(v.number(), v.date(), v.summary(), v.needs(), v.priorities(),
                                v.measuresWithoutGoal(), List.of(), v.statedGoalTerms())).toList()))
                .toList(), chebAsPaged.projects(), chebAsPaged.recordedUntil(), chebAsPaged.sources(), chebAsPaged.citations().stream()
                .filter(cited -> !cited.fact().contains(".approvals[")).toList());
        run("DossierRepository.saveNew", () -> dossiers.saveNew(cheb));
        assertThat(call("DossierRepository.findById", () -> dossiers.findById(cheb.partnership().id()))).contains(cheb);
        assertThat(call("DossierRepository.findByMunicipality", () -> dossiers.findByMunicipality("Cheb"))).containsExactly(cheb);
        assertThat(cheb.citations()).isNotEmpty();
        assertThat(cheb.recordedUntil()).isNotNull();

        // The record is revised beside the aggregates: a citation withdrawn, complete to a later day.
        Dossier revised = new Dossier(cheb.partnership(), cheb.plans(), cheb.projects(), cheb.recordedUntil().plusMonths(6),
                cheb.sources(), cheb.citations().subList(1, cheb.citations().size()));
        assertThat(call("DossierRepository.saveRecord", () -> dossiers.saveRecord(revised))).isTrue();
        assertThat(dossiers.findById(cheb.partnership().id())).contains(revised);
        assertThat(dossiers.saveRecord(revised)).as("the same record again changes nothing").isFalse();
        assertThat(dossiers.saveRecord(cheb)).isTrue();
        assertThat(dossiers.findById(cheb.partnership().id())).contains(cheb);
        Dossier elsewhere = new Dossier(Partnership.builder(PartnershipId.of("as-2"), "Lokální partnerství Aš", "Aš").build(),
                List.of(), List.of(), cheb.recordedUntil(), cheb.sources(), List.of());
        assertThatThrownBy(() -> dossiers.saveRecord(elsewhere)).isInstanceOf(AggregateNotFoundException.class);
        assertThat(call("PartnershipRepository.findAll", () -> partnerships.findAll()))
                .extracting(v -> v.value().id().value()).containsExactly("cheb", "kutna-hora");
        return stored;
    }

    // 2. Members join, one leaves; two officers add a member each from the same copy at once.
    private Versioned<Partnership> membersJoinAndLeave(Versioned<Partnership> stored) throws Exception {
        Organisation rytmus = Organisation.of(RYTMUS, "Rytmus Benešov, o.p.s.", OrganisationKind.NGO)
                .withLegalForm(LegalForm.PUBLIC_BENEFIT_COMPANY);
        Organisation ksr = Organisation.of(KSR, "Kulturní sdružení Romů Kutná Hora", OrganisationKind.NGO);
        Versioned<Partnership> last = race(stored,
                p -> p.withMember(rytmus, LocalDate.of(2010, 9, 15)),
                p -> p.withMember(ksr, LocalDate.of(2010, 9, 20)));
        assertThat(last.value().member(RYTMUS)).contains(rytmus);
        assertThat(last.value().member(KSR)).contains(ksr);

        Versioned<Partnership> left = save(last.with(last.value().withMemberLeft(PECOVATELSKA_SLUZBA, LocalDate.of(2011, 12, 31))));
        assertThat(left.value().membership(PECOVATELSKA_SLUZBA).map(Membership::left)).contains(LocalDate.of(2011, 12, 31));
        assertThat(call("PartnershipRepository.findByMunicipality", () -> partnerships.findByMunicipality("Kutná Hora")))
                .containsExactly(left);
        assertThat(partnerships.findByMunicipality("Kutna Hora")).isEmpty();
        return left;
    }

    // 3. The working groups are formed in August 2010, with seats for members and an invited guest.
    private Versioned<Partnership> workingGroupsAreFormedWithSeatsAndGuests(Versioned<Partnership> stored) {
        LocalDate formed = LocalDate.of(2010, 8, 31);
        Partnership p = stored.value()
                .withWorkingGroup(WorkingGroup.of(PS_BYDLENI, "Bydlení", WorkingGroupKind.THEMATIC, Set.of(Theme.HOUSING))
                        .withParticipants(List.of(new Seat(MESTO, "vedoucí skupiny"), Seat.of(CHARITA), Seat.of(PROSTOR),
                                new Guest("Petr Vepřek", "zkušenosti s bydlením zaměstnanců sociální firmy")))
                        .withFormed(RecordedDate.day(formed)))
                .withWorkingGroup(WorkingGroup.of(PS_ZAMESTNAVANI, "Zaměstnávání", WorkingGroupKind.THEMATIC, Set.of(Theme.EMPLOYMENT))
                        .withParticipants(List.of(Seat.of(URAD_PRACE), new Seat(SOCIALNI_FIRMA, "sociální firma"), Seat.of(RYTMUS),
                                new Guest("Roman Tirpák", "soukromý podnikatel")))
                        .withFormed(RecordedDate.day(formed)))
                .withWorkingGroup(WorkingGroup.of(PS_VZDELAVANI, "Vzdělávání", WorkingGroupKind.THEMATIC,
                                Set.of(Theme.EDUCATION, Theme.FAMILY))
                        .withParticipants(List.of(Seat.of(ZS_KAMENNA_STEZKA), Seat.of(KSR), Seat.of(AGENTURA)))
                        .withCommunityPlanningGroup("Pracovní skupina komunitního plánování Rodina a děti")
                        .withFormed(RecordedDate.day(formed)))
                .toBuilder().workingGroupsFormed(RecordedDate.day(formed)).build();
        Versioned<Partnership> saved = save(stored.with(p));
        assertThat(saved.value().workingGroups()).hasSize(3);
        return saved;
    }

    // 4. A partnership meeting every quarter at which each thematic group presents its output; group meetings too.
    private Versioned<Partnership> meetingsEveryQuarterWithGroupReports(Versioned<Partnership> stored) throws Exception {
        Versioned<Partnership> current = stored;
        YearQuarter quarter = YearQuarter.of(2010, 4);
        for (int i = 0; i < 6; i++, quarter = quarter.plusQuarters(1)) {
            YearQuarter q = quarter;
            LocalDate held = q.atDay(40);
            Meeting meeting = Meeting.ofPartnership(MeetingId.of("kutna-hora-setkani-" + q), held, MeetingKind.REGULAR)
                    .withAttendance(List.of(MESTO, AGENTURA, CHARITA))
                    .withAgenda(List.of("Výstupy pracovních skupin za " + q, "Různé"))
                    .withReports(List.of(
                            new GroupReport(PS_BYDLENI, q, "Prostupné bydlení: příprava systému"),
                            new GroupReport(PS_ZAMESTNAVANI, q, "Sociální firma: záměr s městem"),
                            new GroupReport(PS_VZDELAVANI, q, "Přípravná třída na ZŠ Kamenná stezka")))
                    .withDocuments(List.of(new DocumentLink("Zápis ze setkání",
                            URI.create("https://www.socialni-zaclenovani.cz/kutna-hora/zapis-" + q))));
            Meeting groupMeeting = Meeting.ofWorkingGroup(MeetingId.of("kutna-hora-ps-bydleni-" + q), PS_BYDLENI, held.minusDays(14))
                    .withAttendance(List.of(MESTO, CHARITA, PROSTOR));
            if (i == 2) {
                // Two officers record the quarter's two meetings at the same time from the same copy.
                current = race(current, p -> p.withMeeting(meeting), p -> p.withMeeting(groupMeeting));
            } else {
                current = save(current.with(current.value().withMeeting(groupMeeting).withMeeting(meeting)));
            }
        }
        Partnership p = current.value();
        assertThat(p.partnershipMeetings()).hasSize(7);
        assertThat(p.meetings()).hasSize(13);
        return current;
    }

    private static final NeedId NEED_HOUSING = NeedId.of("kutna-hora-potreba-bydleni");
    private static final NeedId NEED_EMPLOYMENT = NeedId.of("kutna-hora-potreba-zamestnavani");
    private static final NeedId NEED_EDUCATION = NeedId.of("kutna-hora-potreba-vzdelavani");
    private static final MeasureId PROSTUPNE_BYDLENI = MeasureId.of("kutna-hora-opatreni-bydleni-1");
    private static final MeasureId SOCIALNI_FIRMA_MEASURE = MeasureId.of("kutna-hora-opatreni-zamestnavani-1");
    private static final MeasureId PRIPRAVNA_TRIDA = MeasureId.of("kutna-hora-opatreni-vzdelavani-1");

    private static List<Need> needs() {
        String mapping = " (mapování červenec až září 2010)";
        return List.of(
                new Need(NEED_HOUSING, NeedKind.NEED, "Potřeby obyvatel sociálně vyloučených lokalit v oblasti bydlení" + mapping,
                        Set.of(Theme.HOUSING)),
                new Need(NEED_EMPLOYMENT, NeedKind.NEED, "Potřeby obyvatel sociálně vyloučených lokalit v oblasti zaměstnávání" + mapping,
                        Set.of(Theme.EMPLOYMENT)),
                new Need(NEED_EDUCATION, NeedKind.NEED, "Potřeby obyvatel sociálně vyloučených lokalit v oblasti vzdělávání" + mapping,
                        Set.of(Theme.EDUCATION, Theme.FAMILY)),
                new Need(NeedId.of("kutna-hora-zdroj-charita"), NeedKind.RESOURCE, "Azylový dům Oblastní charity Kutná Hora",
                        Set.of(Theme.HOUSING, Theme.SOCIAL_SERVICES)));
    }

    private static List<Priority> priorities(LocalDate completedStep, Measurement measured) {
        Indicator households = new Indicator(IndicatorId.of("kutna-hora-indikator-domacnosti"),
                "Domácnosti v systému prostupného bydlení", "domácnosti", Measurement.of(0, LocalDate.of(2011, 1, 1)),
                List.of(new IndicatorTarget(LocalDate.of(2012, 5, 1), BigDecimal.valueOf(10), measured)),
                IndicatorTarget.of(LocalDate.of(2014, 5, 1), 25));
        Measure housing = new Measure(PROSTUPNE_BYDLENI, "zavedení systému prostupného bydlení", MESTO,
                List.of(new ActionStep("Pravidla prostupného bydlení schválená radou města", MESTO, LocalDate.of(2011, 12, 31),
                                List.of(new Resource(ResourceKind.HUMAN, "sociální pracovnice odboru sociálních věcí", null),
                                        new Resource(ResourceKind.FINANCIAL, "rozpočet města",
                                                new Money(new BigDecimal("350000.00"), Money.CZK))), completedStep),
                        new ActionStep("Startovací byty v domě v Táborské ulici", MESTO, LocalDate.of(2012, 12, 31),
                                List.of(new Resource(ResourceKind.MATERIAL, "čtyři byty ve vlastnictví města", null)), null)),
                List.of(households));
        Measure firm = new Measure(SOCIALNI_FIRMA_MEASURE, "sociální firma", SOCIALNI_FIRMA, List.of(), List.of());
        Measure preparatoryClass = Measure.of(PRIPRAVNA_TRIDA,
                "přípravná třída pro předškolní vzdělávání na základní škole Kamenná stezka");
        Indicator pupils = new Indicator(IndicatorId.of("kutna-hora-indikator-zaci"), "Děti v přípravné třídě", "děti",
                Measurement.of(0, LocalDate.of(2011, 1, 1)), List.of(), IndicatorTarget.of(LocalDate.of(2014, 5, 1), 15));
        return List.of(
                new Priority(PriorityId.of("kutna-hora-priorita-bydleni"), "Bydlení", Set.of(Theme.HOUSING),
                        List.of(NEED_HOUSING), List.of(Goal.of(GoalId.of("kutna-hora-cil-bydleni"),
                        "Zlepšit situaci obyvatel žijících v podmínkách sociálního vyloučení – bydlení", GoalTerm.LONG_TERM,
                        List.of(housing)))),
                new Priority(PriorityId.of("kutna-hora-priorita-zamestnavani"), "Zaměstnávání", Set.of(Theme.EMPLOYMENT),
                        List.of(NEED_EMPLOYMENT), List.of(Goal.of(GoalId.of("kutna-hora-cil-zamestnavani"),
                        "Zlepšit situaci obyvatel žijících v podmínkách sociálního vyloučení – zaměstnávání", GoalTerm.LONG_TERM,
                        List.of(firm)))),
                new Priority(PriorityId.of("kutna-hora-priorita-vzdelavani"), "Vzdělávání", Set.of(Theme.EDUCATION, Theme.FAMILY),
                        List.of(NEED_EDUCATION), List.of(new Goal(GoalId.of("kutna-hora-cil-vzdelavani"),
                        "Zlepšit situaci obyvatel žijících v podmínkách sociálního vyloučení – vzdělávání", GoalTerm.SHORT_TERM,
                        List.of(preparatoryClass), List.of(pupils)))));
    }

    // 5. The needs mapped from July to September 2010 become the priorities of a draft plan.
    private Versioned<StrategicPlan> aDraftPlanWhosePrioritiesAddressTheNeeds() {
        LocalDate council = LocalDate.of(2011, 5, 10);
        PlanVersion draft = new PlanVersion(1, RecordedDate.day(LocalDate.of(2011, 3, 31)), "Strategický plán sociálního začleňování – návrh",
                needs(), priorities(null, null), List.of());
        StrategicPlan plan = StrategicPlan.of(PLAN, KUTNA_HORA, "Strategický plán sociálního začleňování v Kutné Hoře",
                LocalDateRange.of(council, council.plus(Period.ofYears(3))), draft);
        Versioned<StrategicPlan> saved = save(Versioned.of(plan), PLAN);
        assertThat(saved.value()).isEqualTo(plan);
        assertThat(call("PlanRepository.findById", () -> plans.findById(PLAN))).contains(saved);
        assertThat(call("PlanRepository.findByPartnership", () -> plans.findByPartnership(KUTNA_HORA))).containsExactly(saved);
        assertThat(call("PlanRepository.findByMunicipality", () -> plans.findByMunicipality("Kutná Hora"))).containsExactly(saved);
        assertThat(call("PlanRepository.findInForceOn", () -> plans.findInForceOn(LocalDate.of(2011, 6, 1)))).isEmpty();
        return saved;
    }

    // 6 and 7. The board approves the draft on 27 April 2011 while another officer corrects its summary; the
    // council adopts it on 10 May 2011. The adopted version is then kept as adopted: a change in place is refused.
    private Versioned<StrategicPlan> theBoardApprovesAndTheCouncilAdopts(Versioned<StrategicPlan> draft) throws Exception {
        PlanVersion corrected = new PlanVersion(1, RecordedDate.day(LocalDate.of(2011, 3, 31)), "Strategický plán sociálního začleňování",
                draft.value().latestVersion().needs(), draft.value().latestVersion().priorities(), List.of());
        Versioned<StrategicPlan> approved = racePlan(draft,
                p -> p.approve(Approval.board(LocalDate.of(2011, 4, 27))),
                p -> p.replaceDraft(new PlanVersion(1, corrected.date(), corrected.summary(), corrected.needs(),
                        corrected.priorities(), p.latestVersion().approvals())));
        assertThat(approved.value().latestVersion().boardApproval()).isPresent();
        assertThat(approved.value().latestVersion().summary()).isEqualTo("Strategický plán sociálního začleňování");

        Versioned<StrategicPlan> adopted = save(approved.with(approved.value().approve(
                new Approval(cz.socialinclusion.partnership.plan.ApprovalBody.COUNCIL, RecordedDate.day(LocalDate.of(2011, 5, 10)),
                        "usnesení Zastupitelstva města Kutná Hora"))), PLAN);
        assertThat(adopted.value().firstAdoption()).contains(RecordedDate.day(LocalDate.of(2011, 5, 10)));
        assertThat(plans.findInForceOn(LocalDate.of(2011, 6, 1)))
                .containsExactly(new PlanRepository.PlanRef(PLAN, KUTNA_HORA));
        assertThat(call("PlanRepository.findReviewsDue", () -> plans.findReviewsDue(LocalDate.of(2012, 5, 10), RulePolicy.DEFAULT, Period.ZERO))).containsExactly(new PlanRepository.ReviewDue(PLAN, KUTNA_HORA, LocalDate.of(2012, 5, 10)));

        PlanVersion v1 = adopted.value().latestVersion();
        StrategicPlan inPlace = new StrategicPlan(PLAN, KUTNA_HORA, adopted.value().title(), adopted.value().period(),
                List.of(new PlanVersion(1, v1.date(), "Přepsáno po přijetí", v1.needs(), v1.priorities(), v1.approvals())));
        assertThatThrownBy(() -> plans.save(adopted.with(inPlace))).isInstanceOf(IllegalPlanChangeException.class);
        assertThat(plans.get(PLAN)).isEqualTo(adopted);
        return adopted;
    }

    // 8. The yearly revision: a step done, an interim value measured; adopted by the council on 3 May 2012.
    private Versioned<StrategicPlan> theYearlyRevision(Versioned<StrategicPlan> adopted) throws Exception {
        PlanVersion revision = new PlanVersion(2, RecordedDate.day(LocalDate.of(2012, 4, 20)), "Roční revize strategického plánu", needs(),
                priorities(LocalDate.of(2011, 11, 30), Measurement.of(6, LocalDate.of(2012, 4, 30))),
                List.of(Approval.council(LocalDate.of(2012, 5, 3))));
        Versioned<StrategicPlan> revised = save(adopted.with(adopted.value().revise(revision)), PLAN);
        assertThat(revised.value().versions()).hasSize(2).first().isEqualTo(adopted.value().latestVersion());
        assertThat(plans.findReviewsDue(LocalDate.of(2012, 5, 10), RulePolicy.DEFAULT, Period.ZERO)).isEmpty();
        assertThat(plans.findReviewsDue(LocalDate.of(2013, 4, 20), RulePolicy.DEFAULT, Period.ZERO))
                .containsExactly(new PlanRepository.ReviewDue(PLAN, KUTNA_HORA, LocalDate.of(2013, 4, 20)));
        return revised;
    }

    // 9. The project pipeline: the town's individual project and a social firm, each status change saved.
    private List<Versioned<Project>> projectsWithTheirStatusHistory() throws Exception {
        Project individual = new Project(ProjectId.of("kutna-hora-ip-prostupne-bydleni"), KUTNA_HORA,
                "Individuální projekt města Kutná Hora – prostupné bydlení", MESTO, List.of(PROSTUPNE_BYDLENI, PRIPRAVNA_TRIDA),
                new FundingSource(FundingKind.EU_OPERATIONAL_PROGRAMME, "OP Lidské zdroje a zaměstnanost", "výzva č. 052"),
                new Money(new BigDecimal("4500000.00"), Money.CZK), true,
                List.of(new StatusChange(ProjectStatus.IDEA, LocalDate.of(2011, 6, 1))));
        Project firm = new Project(ProjectId.of("kutna-hora-socialni-firma"), KUTNA_HORA, "Sociální firma s městem",
                CHARITA, List.of(SOCIALNI_FIRMA_MEASURE), new FundingSource(FundingKind.MUNICIPAL_BUDGET, null, null), null, false,
                List.of(new StatusChange(ProjectStatus.IDEA, LocalDate.of(2011, 7, 1))));
        Versioned<Project> ip = saveProject(Versioned.of(individual));
        Versioned<Project> sf = saveProject(Versioned.of(firm));
        ip = saveProject(ip.with(ip.value().withStatus(ProjectStatus.IN_PREPARATION, LocalDate.of(2011, 9, 1))));
        // The consultant marks it submitted while the town's officer corrects the call, from the same copy.
        ip = raceProject(ip, p -> p.withStatus(ProjectStatus.SUBMITTED, LocalDate.of(2012, 1, 15)),
                p -> new Project(p.id(), p.partnership(), p.title(), p.applicant(), p.measures(),
                        new FundingSource(FundingKind.EU_OPERATIONAL_PROGRAMME, "OP Lidské zdroje a zaměstnanost", "výzva č. 52"),
                        p.requested(), p.individualProject(), p.history()));
        assertThat(ip.value().funding().call()).isEqualTo("výzva č. 52");
        ip = saveProject(ip.with(ip.value().withStatus(ProjectStatus.APPROVED, LocalDate.of(2012, 6, 30))));
        ip = saveProject(ip.with(ip.value().withStatus(ProjectStatus.IN_IMPLEMENTATION, LocalDate.of(2012, 9, 1))));
        assertThat(ip.value().history()).extracting(StatusChange::status).containsExactly(ProjectStatus.IDEA,
                ProjectStatus.IN_PREPARATION, ProjectStatus.SUBMITTED, ProjectStatus.APPROVED, ProjectStatus.IN_IMPLEMENTATION);
        sf = saveProject(sf.with(sf.value().withStatus(ProjectStatus.WITHDRAWN, LocalDate.of(2012, 3, 1))));

        assertThat(call("ProjectRepository.findByPartnership", () -> projects.findByPartnership(KUTNA_HORA))).containsExactly(ip, sf);
        assertThat(call("ProjectRepository.findByMunicipality", () -> projects.findByMunicipality("Kutná Hora"))).containsExactly(ip, sf);
        assertThat(call("ProjectRepository.findByStatus", () -> projects.findByStatus(ProjectStatus.IN_IMPLEMENTATION)))
                .containsExactly(ip);
        assertThat(projects.findByStatus(ProjectStatus.WITHDRAWN)).containsExactly(sf);
        assertThat(projects.findByStatus(ProjectStatus.IDEA)).isEmpty();
        return List.of(ip, sf);
    }

    // 10. The Agency's intervention, started at the founding, is extended by its monitoring committee.
    private Versioned<Partnership> theInterventionIsExtended(Versioned<Partnership> stored) throws Exception {
        Versioned<Partnership> started = save(stored.with(stored.value().withIntervention(Intervention.startingOn(LocalDate.of(2010, 6, 11)))));
        Versioned<Partnership> extended = race(started,
                p -> p.withIntervention(i -> i.extend(LocalDate.of(2013, 2, 4), LocalDate.of(2014, 12, 31),
                        "Monitorovací výbor Agentury prodloužil působení v lokalitě.")),
                p -> p.withMeeting(Meeting.ofPartnership(MeetingId.of("kutna-hora-setkani-2013-mimoradne"),
                        LocalDate.of(2013, 2, 20), MeetingKind.EXTRAORDINARY)));
        assertThat(extended.value().intervention().end()).isEqualTo(RecordedDate.day(LocalDate.of(2014, 12, 31)));
        assertThat(extended.value().meetings()).extracting(m -> m.id().value()).contains("kutna-hora-setkani-2013-mimoradne");
        return extended;
    }

    // 11. The natural persons planning the social firm ask to be erased (Partnership.eraseNaturalPerson): their
    // names, also where one of them was a group's guest, become "vymazaná osoba", their role is removed and the day
    // recorded. Nothing of their names or role is left in any table, and the adopted plan versions are untouched.
    private Versioned<Partnership> aNaturalPersonIsErased(Versioned<Partnership> stored, Versioned<StrategicPlan> plan)
            throws Exception {
        List<String> personal = List.of("Miroslav Horváth", "Petr Vepřek", "záměr sociální firmy s městem");
        for (String text : personal) {
            assertThat(tablesHolding(text)).as(text).isNotEmpty();
        }
        assertThat(tablesHolding("Petr Vepřek")).contains("lp_member_person_name.name", "lp_participant.guest_name");
        LocalDate erasedOn = LocalDate.of(2015, 3, 2);
        Versioned<Partnership> saved = save(stored.with(stored.value().eraseNaturalPerson(SOCIALNI_FIRMA, erasedOn)));
        NaturalPerson erased = (NaturalPerson) saved.value().member(SOCIALNI_FIRMA).orElseThrow();
        assertThat(erased.names()).containsExactly(NaturalPerson.ERASED_NAME);
        assertThat(erased.role()).isNull();
        assertThat(erased.erasedOn()).isEqualTo(erasedOn);
        for (String text : personal) {
            assertThat(tablesHolding(text)).as(text).isEmpty();
        }
        assertThat(tablesHolding("Roman Tirpák")).containsExactly("lp_participant.guest_name");
        assertThat(saved.value().workingGroup(PS_BYDLENI).orElseThrow().memberIds()).contains(MESTO, CHARITA, PROSTOR);
        assertThat(plans.get(PLAN)).isEqualTo(plan);
        return saved;
    }

    /** The {@code table.column}s, among every text column of every {@code lp_} table, that hold {@code text}. */
    private List<String> tablesHolding(String text) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            List<String[]> columns = Statements.query(c, "SELECT table_name, column_name FROM information_schema.columns"
                            + " WHERE LOWER(table_name) LIKE 'lp%' AND LOWER(data_type) IN ('character varying', 'character', 'text')",
                    rs -> new String[] {rs.getString(1).toLowerCase(java.util.Locale.ROOT), rs.getString(2).toLowerCase(java.util.Locale.ROOT)});
            assertThat(columns).hasSizeGreaterThan(60);
            for (String[] column : columns) {
                int rows = Statements.query(c, "SELECT COUNT(*) FROM " + column[0] + " WHERE " + column[1] + " LIKE ?",
                        rs -> rs.getInt(1), "%" + text + "%").get(0);
                if (rows > 0) {
                    found.add(column[0] + "." + column[1]);
                }
            }
        }
        return found;
    }

    // 12. A draft plan is deleted; the adopted plan, or a stale copy of a draft, is not.
    private void plansAreDeletedWhereAllowed(Versioned<StrategicPlan> adopted) {
        PlanId next = PlanId.of("kutna-hora-spsz-2014");
        PlanVersion draft = new PlanVersion(1, RecordedDate.day(LocalDate.of(2014, 3, 1)), "Návrh navazujícího plánu", needs(), priorities(null, null),
                List.of(Approval.board(LocalDate.of(2014, 3, 20))));
        StrategicPlan nextPlan = StrategicPlan.of(next, KUTNA_HORA, "Strategický plán sociálního začleňování 2014–2017",
                LocalDateRange.of(LocalDate.of(2014, 5, 11), LocalDate.of(2017, 5, 11)), draft);
        Versioned<StrategicPlan> first = save(Versioned.of(nextPlan), next);
        Versioned<StrategicPlan> second = save(first.with(nextPlan.replaceDraft(new PlanVersion(1, draft.date(),
                "Návrh navazujícího plánu, upravený", draft.needs(), draft.priorities(), draft.approvals()))), next);

        assertThatThrownBy(() -> plans.delete(first)).isInstanceOf(ConcurrencyConflictException.class);
        assertThatThrownBy(() -> plans.delete(adopted)).isInstanceOf(IllegalPlanChangeException.class);
        run("PlanRepository.delete", () -> plans.delete(second));
        assertThat(plans.findById(next)).isEmpty();
        assertThat(plans.findByPartnership(KUTNA_HORA)).containsExactly(adopted);
    }

    // 13. Cheb's partnership, with its draft plan deleted first, is deleted with its groups and seats; Kutná Hora's,
    // which has an adopted plan, is refused; a project is deleted from the pipeline.
    private void partnershipsAreDeletedWhereAllowed(Versioned<Partnership> kutnaHora, List<Versioned<Project>> pipeline) {
        Versioned<Partnership> cheb = partnerships.get(PartnershipId.of("cheb"));
        Versioned<Partnership> chebWithGroup = partnerships.save(cheb.with(cheb.value().withWorkingGroup(
                WorkingGroup.of(WorkingGroupId.of("cheb-ps-bydleni"), "Bydlení", WorkingGroupKind.THEMATIC, Set.of(Theme.HOUSING))
                        .withParticipants(List.of(Seat.of(MemberId.of("cheb-mesto")), Seat.of(MemberId.of("cheb-utociste")),
                                new Guest("Roman Tirpák", "soukromý podnikatel"))))));
        assertThatThrownBy(() -> partnerships.delete(chebWithGroup)).isInstanceOf(ConstraintViolatedException.class);
        // Cheb's project ideas are removed first: a partnership is not deleted before its projects and plans.
        for (Versioned<Project> idea : projects.findByPartnership(PartnershipId.of("cheb"))) {
            projects.delete(idea);
        }
        for (Versioned<StrategicPlan> plan : plans.findByPartnership(PartnershipId.of("cheb"))) {
            plans.delete(plan);
        }
        assertThatThrownBy(() -> partnerships.delete(cheb)).isInstanceOf(ConcurrencyConflictException.class);
        run("PartnershipRepository.delete", () -> partnerships.delete(chebWithGroup));
        assertThat(partnerships.findById(PartnershipId.of("cheb"))).isEmpty();
        assertThat(dossiers.findById(PartnershipId.of("cheb"))).isEmpty();

        assertThatThrownBy(() -> partnerships.delete(kutnaHora)).isInstanceOf(ConstraintViolatedException.class);
        run("ProjectRepository.delete", () -> projects.delete(pipeline.get(1)));
        assertThatThrownBy(() -> projects.delete(pipeline.get(1))).isInstanceOf(AggregateNotFoundException.class);
        Dossier left = dossiers.findById(KUTNA_HORA).orElseThrow();
        assertThat(left.partnership()).isEqualTo(kutnaHora.value());
        assertThat(left.projects()).containsExactly(pipeline.get(0).value());
        assertThat(partnerships.findAll()).containsExactly(kutnaHora);
    }

    /**
     * Two users load the same version and change it at once; exactly one save commits, the other is refused with
     * {@link ConcurrencyConflictException}, loads the winner's copy, applies its change again and saves. Returns
     * the last copy, which holds both changes.
     */
    private Versioned<Partnership> race(Versioned<Partnership> from, UnaryOperator<Partnership> one, UnaryOperator<Partnership> other)
            throws Exception {
        return raceOf(from, one, other, this::save, () -> partnerships.get(from.value().id()));
    }

    private Versioned<StrategicPlan> racePlan(Versioned<StrategicPlan> from, UnaryOperator<StrategicPlan> one,
                                              UnaryOperator<StrategicPlan> other) throws Exception {
        return raceOf(from, one, other, v -> save(v, from.value().id()), () -> plans.get(from.value().id()));
    }

    private Versioned<Project> raceProject(Versioned<Project> from, UnaryOperator<Project> one, UnaryOperator<Project> other)
            throws Exception {
        return raceOf(from, one, other, this::saveProject, () -> projects.findById(from.value().id()).orElseThrow());
    }

    private static <T> Versioned<T> raceOf(Versioned<T> from, UnaryOperator<T> one, UnaryOperator<T> other,
                                          UnaryOperator<Versioned<T>> save, Supplier<Versioned<T>> reload) throws Exception {
        List<UnaryOperator<T>> changes = List.of(one, other);
        CyclicBarrier barrier = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Object> outcomes = new ArrayList<>();
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (UnaryOperator<T> change : changes) {
                Callable<Object> user = () -> {
                    Versioned<T> copy = from.with(change.apply(from.value()));
                    barrier.await(60, TimeUnit.SECONDS);
                    try {
                        return save.apply(copy);
                    } catch (ConcurrencyConflictException refused) {
                        return refused;
                    }
                };
                futures.add(pool.submit(user));
            }
            for (Future<Object> future : futures) {
                outcomes.add(future.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(outcomes).filteredOn(o -> o instanceof ConcurrencyConflictException).hasSize(1);
        int loser = outcomes.get(0) instanceof ConcurrencyConflictException ? 0 : 1;
        ConcurrencyConflictException refused = (ConcurrencyConflictException) outcomes.get(loser);
        assertThat(refused.expectedVersion()).isEqualTo(from.version());
        assertThat(refused.storedVersion()).isEqualTo(from.version() + 1);
        Versioned<T> winner = reload.get();
        assertThat(winner).isEqualTo(outcomes.get(1 - loser));
        return save.apply(winner.with(changes.get(loser).apply(winner.value())));
    }
}
