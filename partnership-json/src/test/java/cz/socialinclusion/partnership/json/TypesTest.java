package cz.socialinclusion.partnership.json;

import cz.socialinclusion.partnership.base.RecordedDate;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.Membership;
import cz.socialinclusion.partnership.base.PartnershipId;
import cz.socialinclusion.partnership.RulesOfProcedure;
import cz.socialinclusion.partnership.fixtures.RandomDossiers;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import cz.socialinclusion.partnership.group.Guest;
import cz.socialinclusion.partnership.group.Participant;
import cz.socialinclusion.partnership.group.Seat;
import cz.socialinclusion.partnership.group.Theme;
import cz.socialinclusion.partnership.group.WorkingGroupId;
import cz.socialinclusion.partnership.meeting.Decision;
import cz.socialinclusion.partnership.meeting.DecisionKind;
import cz.socialinclusion.partnership.meeting.DocumentLink;
import cz.socialinclusion.partnership.meeting.GroupReport;
import cz.socialinclusion.partnership.meeting.Meeting;
import cz.socialinclusion.partnership.meeting.MeetingId;
import cz.socialinclusion.partnership.meeting.MeetingKind;
import cz.socialinclusion.partnership.member.Collective;
import cz.socialinclusion.partnership.member.Ico;
import cz.socialinclusion.partnership.member.LegalForm;
import cz.socialinclusion.partnership.member.Member;
import cz.socialinclusion.partnership.member.MemberId;
import cz.socialinclusion.partnership.member.NaturalPerson;
import cz.socialinclusion.partnership.member.Organisation;
import cz.socialinclusion.partnership.member.OrganisationKind;
import cz.socialinclusion.partnership.plan.ActionStep;
import cz.socialinclusion.partnership.plan.Approval;
import cz.socialinclusion.partnership.plan.ApprovalBody;
import cz.socialinclusion.partnership.plan.Indicator;
import cz.socialinclusion.partnership.plan.IndicatorId;
import cz.socialinclusion.partnership.plan.IndicatorTarget;
import cz.socialinclusion.partnership.plan.Measurement;
import cz.socialinclusion.partnership.plan.Money;
import cz.socialinclusion.partnership.plan.Resource;
import cz.socialinclusion.partnership.plan.ResourceKind;
import cz.socialinclusion.partnership.project.FundingSource;
import cz.socialinclusion.partnership.project.Project;
import cz.socialinclusion.partnership.project.ProjectId;
import cz.socialinclusion.partnership.project.ProjectStatus;
import cz.socialinclusion.partnership.project.StatusChange;
import cz.socialinclusion.partnership.rules.Progress;
import cz.socialinclusion.partnership.rules.Finding;
import cz.socialinclusion.partnership.rules.Report;
import cz.socialinclusion.partnership.rules.Rules;
import cz.socialinclusion.partnership.rules.Schedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.YearQuarter;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every core type: its canonical JSON, and reading what was written gives an equal value. */
class TypesTest {

    private static final JsonMapper MAPPER = PartnershipJson.mapper();
    private static final LocalDate D = LocalDate.of(2011, 5, 10);

    static Stream<Arguments> canonicalForms() {
        return Stream.of(
                Arguments.of(PartnershipId.of("kutna-hora"), PartnershipId.class, "\"kutna-hora\""),
                Arguments.of(MemberId.of("decin-ospod"), MemberId.class, "\"decin-ospod\""),
                Arguments.of(new Ico("25755277"), Ico.class, "\"25755277\""),
                Arguments.of(new GroupReport(WorkingGroupId.of("ps"), YearQuarter.of(2011, 2), "Výstupy"), GroupReport.class,
                        "{\"group\":\"ps\",\"quarter\":\"2011-Q2\",\"summary\":\"Výstupy\"}"),
                Arguments.of(Theme.SOCIO_PATHOLOGICAL_PHENOMENA, Theme.class, "\"socio-pathological-phenomena\""),
                Arguments.of(LegalForm.PUBLIC_BENEFIT_COMPANY, LegalForm.class, "\"public-benefit-company\""),
                Arguments.of(Money.czk(new BigDecimal("1500.5")), Money.class, "{\"amount\":\"1500.50\",\"currency\":\"CZK\"}"),
                Arguments.of(new Collective(MemberId.of("decin-dobra-adresa"), "Členové platformy Dobrá adresa"), Member.class,
                        "{\"type\":\"collective\",\"id\":\"decin-dobra-adresa\",\"name\":\"Členové platformy Dobrá adresa\"}"),
                Arguments.of(new Guest("Jana Nováková", "speciální pedagožka"), Participant.class,
                        "{\"type\":\"guest\",\"name\":\"Jana Nováková\",\"expertRole\":\"speciální pedagožka\"}"),
                Arguments.of(Seat.of(MemberId.of("m")), Participant.class, "{\"type\":\"seat\",\"member\":\"m\"}"),
                Arguments.of(Approval.board(D), Approval.class, "{\"body\":\"board\",\"date\":\"2011-05-10\"}"));
    }

    @ParameterizedTest
    @MethodSource("canonicalForms")
    void eachTypeHasItsCanonicalFormAndReadsBack(Object value, Class<?> type, String json) throws Exception {
        assertThat(MAPPER.writerFor(type).writeValueAsString(value)).isEqualTo(json);
        assertThat(MAPPER.readValue(json, type)).isEqualTo(value);
    }

    static Stream<Object> values() {
        MemberId town = MemberId.of("mesto");
        Organisation school = Organisation.of(MemberId.of("zs"), "ZŠ Kamenná stezka", OrganisationKind.SCHOOL)
                .withLegalForm(LegalForm.CONTRIBUTORY_ORGANISATION).withIco(new Ico("25755277"))
                .withFacilities(List.of("Přípravná třída", "Školní klub"));
        Indicator indicator = new Indicator(IndicatorId.of("i"), "Děti v přípravné třídě", "osoby", Measurement.of(4, D),
                List.of(IndicatorTarget.of(D.plusYears(1), 8).withActual(new Measurement(new BigDecimal("7.5"), D.plusYears(1)))),
                IndicatorTarget.of(D.plusYears(2), 12));
        Dossier cheb = SourcePages.cheb();
        return Stream.of(
                school,
                NaturalPerson.of(MemberId.of("tirpak"), "Roman Tirpák", "soukromý podnikatel"),
                new Membership(school, D, D.plusYears(2)),
                new RulesOfProcedure(D, MeetingId.of("lp-2")),
                new Meeting(MeetingId.of("lp-2"), cz.socialinclusion.partnership.meeting.MeetingLevel.PARTNERSHIP, null, D,
                        MeetingKind.EXTRAORDINARY, List.of(town), List.of("Jednací řád", "Pracovní skupiny"),
                        List.of(new Decision(DecisionKind.RULES_OF_PROCEDURE_ADOPTED, "Jednací řád přijat")),
                        List.of(new GroupReport(WorkingGroupId.of("ps"), YearQuarter.of(2011, 2), "Výstupy")),
                        List.of(new DocumentLink("Zápis", URI.create("https://example.org/zapis.pdf")))),
                new ActionStep("Rekonstrukce", town, D, List.of(new Resource(ResourceKind.FINANCIAL, "Rozpočet", Money.czk(120_000)),
                        new Resource(ResourceKind.HUMAN, "Stavební dozor", null)), D.plusDays(30)),
                indicator,
                new Project(ProjectId.of("ip"), PartnershipId.of("cheb"), "Individuální projekt města Cheb", town,
                        List.of(cz.socialinclusion.partnership.plan.MeasureId.of("o1")), FundingSource.euProgramme("OP LZZ", "výzva 30"),
                        Money.czk(12_000_000), true, List.of(new StatusChange(ProjectStatus.IDEA, D),
                        new StatusChange(ProjectStatus.SUBMITTED, D.plusMonths(2)))),
                cheb.partnership(),
                cheb.plans().get(0),
                cheb);
    }

    @ParameterizedTest
    @MethodSource("values")
    void everyTypeReadsBackEqual(Object value) throws Exception {
        byte[] json = MAPPER.writeValueAsBytes(value);
        assertThat(MAPPER.readValue(json, value.getClass())).isEqualTo(value);
    }

    @Test
    void approvalBodiesAndOptionalValuesAreWrittenOnlyWhenPresent() throws Exception {
        assertThat(MAPPER.writeValueAsString(new Approval(ApprovalBody.COUNCIL, RecordedDate.day(D), "ZM/45/2011")))
                .isEqualTo("{\"body\":\"council\",\"date\":\"2011-05-10\",\"resolution\":\"ZM/45/2011\"}");
        assertThat(MAPPER.writeValueAsString(SourcePages.kadan().partnership())).doesNotContain("null")
                .doesNotContain("\"founded\"").doesNotContain("thematic");
    }

    @Test
    void aReportWritesEachFindingWithItsMessageInTheMappersLanguageAndReadsBack() throws Exception {
        Report report = Rules.standard().evaluate(SourcePages.cheb(), LocalDate.of(2012, 7, 1));
        String english = MAPPER.writeValueAsString(report);
        assertThat(english).contains("\"rule\":\"intervention\"", "\"code\":\"intervention.ending\"", "\"severity\":\"info\"",
                "\"subject\":{\"kind\":\"intervention\",\"id\":\"cheb\"}", "\"due\":\"2012-12-31\"",
                "\"message\":\"The Agency's intervention ends on 2012-12-31: 183 days left.\"");
        String czech = PartnershipJson.mapper(Locale.forLanguageTag("cs")).writeValueAsString(report);
        assertThat(czech).contains("\"message\":\"Působení Agentury končí 2012-12-31: zbývá 183 dní.\"");
        assertThat(MAPPER.readValue(english, Report.class)).isEqualTo(report);
        assertThat(MAPPER.readValue(czech, Report.class)).isEqualTo(report);
        assertThat(english).contains("\"facts\":[\"partnership.intervention\"]");
        assertThat(report.findings()).allSatisfy(f -> assertThat(f.facts()).isNotEmpty());
    }

    @Test
    void aFindingsFactsAreReadAsCheckedPathsAndABadOneIsRefusedAtItsPath() throws Exception {
        String finding = "{\"code\":\"intervention.ending\",\"subject\":{\"kind\":\"intervention\",\"id\":\"cheb\"},"
                + "\"due\":\"2012-12-31\",\"arguments\":[\"2012-12-31\",\"183\"],\"facts\":[%s]}";
        Finding read = MAPPER.readValue(finding.formatted("\"partnership.intervention\""), Finding.class);
        assertThat(read.facts()).containsExactly("partnership.intervention");
        assertThat(read.sources(SourcePages.cheb())).containsExactlyElementsOf(SourcePages.cheb().sources());
        assertThat(MAPPER.readValue(finding.formatted(""), Finding.class).facts()).isEmpty();
        assertThatThrownBy(() -> MAPPER.readValue(finding.formatted("\"partnership..intervention\""), Finding.class))
                .isInstanceOf(com.fasterxml.jackson.databind.exc.InvalidFormatException.class)
                .hasMessageContaining("facts[0] 'partnership..intervention' is not a path");
    }

    @Test
    void aScheduleAndProgressWriteAndReadBack() throws Exception {
        Dossier dossier = RandomDossiers.generate(42, 20, 6);
        LocalDate asOf = dossier.partnership().founded().plusYears(3);
        Schedule schedule = Rules.standard().schedule(dossier, asOf.minusYears(3), asOf.plusYears(3), asOf);
        assertThat(schedule.deadlines()).isNotEmpty();
        assertThat(MAPPER.readValue(MAPPER.writeValueAsBytes(schedule), Schedule.class)).isEqualTo(schedule);
        String quarter = new String(MAPPER.writeValueAsBytes(schedule), StandardCharsets.UTF_8);
        assertThat(quarter).containsPattern("\"quarter\":\"\\d{4}-Q[1-4]\"").contains("\"kind\":\"quarterly-meeting\"");
        for (var plan : dossier.plans()) {
            Progress progress = Rules.standard().progress(plan, asOf);
            assertThat(MAPPER.readValue(MAPPER.writeValueAsBytes(progress), Progress.class)).isEqualTo(progress);
        }
    }

    @Test
    void findAndAddModulesFindsTheModuleWithItsRealVersion() throws Exception {
        JsonMapper found = JsonMapper.builder().findAndAddModules().build();
        assertThat(found.getRegisteredModuleIds()).contains(PartnershipModule.class.getSimpleName());
        assertThat(found.readValue("{\"body\":\"board\",\"date\":\"2011-05-10\"}", Approval.class))
                .isEqualTo(Approval.board(D));
        Module module = new PartnershipModule();
        assertThat(module.version().toString()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(module.version().getGroupId()).isEqualTo("cz.socialinclusion");
        assertThat(module.version().getArtifactId()).isEqualTo("partnership-json");
    }

    @Test
    void aMapperWithOnlyTheModuleStillRefusesUnknownPropertiesAndNamesPaths() {
        JsonMapper plain = JsonMapper.builder().addModule(new PartnershipModule()).build();
        assertThatThrownBy(() -> plain.readValue("{\"type\":\"collective\",\"id\":\"x\",\"name\":\"Obyvatelé\",\"ethnicity\":\"?\"}",
                Member.class)).isInstanceOf(UnrecognizedPropertyException.class);
        JavaType type = plain.constructType(Member.class);
        assertThat(type.getRawClass()).isEqualTo(Member.class);
    }
}
