package cz.socialinclusion.partnership.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.fixtures.RandomDossiers;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import com.fasterxml.jackson.databind.EnumNamingStrategies;
import cz.socialinclusion.partnership.json.internal.ModelRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON Schema shipped in the jar describes exactly what the module writes. */
class SchemaTest {

    private static final JsonNode SCHEMA_TREE = readSchemaTree();
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SCHEMA_TREE, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

    private static JsonNode readSchemaTree() {
        try (InputStream in = PartnershipJson.class.getResourceAsStream(PartnershipJson.SCHEMA_RESOURCE)) {
            return PartnershipJson.mapper().readTree(in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Set<ValidationMessage> validate(Dossier dossier) throws Exception {
        return SCHEMA.validate(PartnershipJson.mapper().readTree(PartnershipJson.writeDossier(dossier)));
    }

    static Stream<Dossier> sourcePages() {
        return SourcePages.all().stream();
    }

    @ParameterizedTest
    @MethodSource("sourcePages")
    void theSourcePageDossiersValidate(Dossier dossier) throws Exception {
        assertThat(validate(dossier)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 19, 23, 42, 77, 101, 256, 999, 2026, 31337, 65536})
    void everyGeneratedDossierValidates(long seed) throws Exception {
        assertThat(validate(RandomDossiers.generate(seed, 30, 8))).isEmpty();
    }

    @Test
    void theSchemaRefusesWhatTheReaderRefuses() throws Exception {
        ObjectNode tree = (ObjectNode) PartnershipJson.mapper().readTree(PartnershipJson.writeDossier(SourcePages.cheb()));
        ((ObjectNode) tree.get("partnership")).remove("municipality");
        ((ObjectNode) tree.get("partnership").get("memberships").get(0).get("member")).put("kind", "police");
        tree.put("formatVersion", 2);
        assertThat(SCHEMA.validate(tree)).extracting(ValidationMessage::getInstanceLocation).extracting(Object::toString)
                .contains("/partnership", "/partnership/memberships/0/member/kind", "/formatVersion");
    }

    @Test
    void theSchemaRefusesTheHostileValuesTheReaderRefuses() throws Exception {
        ObjectNode tree = (ObjectNode) PartnershipJson.mapper().readTree(PartnershipJson.writeDossier(SourcePages.cheb()));
        ObjectNode partnership = (ObjectNode) tree.get("partnership");
        partnership.put("founded", "+999999999-12-31");
        partnership.put("workingGroupsFormed", "1899-12-31");
        partnership.put("municipality", "Ch\u0000eb");
        partnership.put("name", "Lokální partnerství \u001b[2JCheb");
        tree.put("formatVersion", new java.math.BigDecimal("1.5"));
        assertThat(SCHEMA.validate(tree)).extracting(ValidationMessage::getInstanceLocation).extracting(Object::toString)
                .contains("/partnership/founded", "/partnership/workingGroupsFormed", "/partnership/municipality",
                        "/partnership/name", "/formatVersion");
    }

    /** Which schema definition describes which record of the model. */
    private static final Map<String, Class<?>> RECORDS = new LinkedHashMap<>();
    /** Which schema definition lists the words of which enum. */
    private static final Map<String, Class<? extends Enum<?>>> ENUMS = new LinkedHashMap<>();

    static {
        RECORDS.put("partnership", cz.socialinclusion.partnership.Partnership.class);
        RECORDS.put("rulesOfProcedure", cz.socialinclusion.partnership.RulesOfProcedure.class);
        RECORDS.put("membership", cz.socialinclusion.partnership.Membership.class);
        RECORDS.put("organisation", cz.socialinclusion.partnership.member.Organisation.class);
        RECORDS.put("naturalPerson", cz.socialinclusion.partnership.member.NaturalPerson.class);
        RECORDS.put("collective", cz.socialinclusion.partnership.member.Collective.class);
        RECORDS.put("workingGroup", cz.socialinclusion.partnership.group.WorkingGroup.class);
        RECORDS.put("seat", cz.socialinclusion.partnership.group.Seat.class);
        RECORDS.put("guest", cz.socialinclusion.partnership.group.Guest.class);
        RECORDS.put("meeting", cz.socialinclusion.partnership.meeting.Meeting.class);
        RECORDS.put("decision", cz.socialinclusion.partnership.meeting.Decision.class);
        RECORDS.put("groupReport", cz.socialinclusion.partnership.meeting.GroupReport.class);
        RECORDS.put("documentLink", cz.socialinclusion.partnership.meeting.DocumentLink.class);
        RECORDS.put("intervention", cz.socialinclusion.partnership.intervention.Intervention.class);
        RECORDS.put("extension", cz.socialinclusion.partnership.intervention.Extension.class);
        RECORDS.put("strategicPlan", cz.socialinclusion.partnership.plan.StrategicPlan.class);
        RECORDS.put("planVersion", cz.socialinclusion.partnership.plan.PlanVersion.class);
        RECORDS.put("need", cz.socialinclusion.partnership.plan.Need.class);
        RECORDS.put("priority", cz.socialinclusion.partnership.plan.Priority.class);
        RECORDS.put("goal", cz.socialinclusion.partnership.plan.Goal.class);
        RECORDS.put("measure", cz.socialinclusion.partnership.plan.Measure.class);
        RECORDS.put("actionStep", cz.socialinclusion.partnership.plan.ActionStep.class);
        RECORDS.put("resource", cz.socialinclusion.partnership.plan.Resource.class);
        RECORDS.put("indicator", cz.socialinclusion.partnership.plan.Indicator.class);
        RECORDS.put("measurement", cz.socialinclusion.partnership.plan.Measurement.class);
        RECORDS.put("indicatorTarget", cz.socialinclusion.partnership.plan.IndicatorTarget.class);
        RECORDS.put("approval", cz.socialinclusion.partnership.plan.Approval.class);
        RECORDS.put("money", cz.socialinclusion.partnership.plan.Money.class);
        RECORDS.put("project", cz.socialinclusion.partnership.project.Project.class);
        RECORDS.put("fundingSource", cz.socialinclusion.partnership.project.FundingSource.class);
        RECORDS.put("statusChange", cz.socialinclusion.partnership.project.StatusChange.class);
        RECORDS.put("source", cz.socialinclusion.partnership.source.Source.class);
        RECORDS.put("citation", cz.socialinclusion.partnership.source.Citation.class);
        RECORDS.put("recordedSpan", cz.socialinclusion.partnership.base.RecordedSpan.class);
        RECORDS.put("meetingRhythm", cz.socialinclusion.partnership.group.MeetingRhythm.class);
        RECORDS.put("localConsultant", cz.socialinclusion.partnership.intervention.LocalConsultant.class);
        RECORDS.put("coordinatedApproachRole", cz.socialinclusion.partnership.CoordinatedApproachRole.class);
        ENUMS.put("organisationKind", cz.socialinclusion.partnership.member.OrganisationKind.class);
        ENUMS.put("legalForm", cz.socialinclusion.partnership.member.LegalForm.class);
        ENUMS.put("theme", cz.socialinclusion.partnership.group.Theme.class);
        ENUMS.put("workingGroupKind", cz.socialinclusion.partnership.group.WorkingGroupKind.class);
        ENUMS.put("meetingLevel", cz.socialinclusion.partnership.meeting.MeetingLevel.class);
        ENUMS.put("meetingKind", cz.socialinclusion.partnership.meeting.MeetingKind.class);
        ENUMS.put("decisionKind", cz.socialinclusion.partnership.meeting.DecisionKind.class);
        ENUMS.put("needKind", cz.socialinclusion.partnership.plan.NeedKind.class);
        ENUMS.put("goalTerm", cz.socialinclusion.partnership.plan.GoalTerm.class);
        ENUMS.put("resourceKind", cz.socialinclusion.partnership.plan.ResourceKind.class);
        ENUMS.put("approvalBody", cz.socialinclusion.partnership.plan.ApprovalBody.class);
        ENUMS.put("fundingKind", cz.socialinclusion.partnership.project.FundingKind.class);
        ENUMS.put("projectStatus", cz.socialinclusion.partnership.project.ProjectStatus.class);
        ENUMS.put("sourceKind", cz.socialinclusion.partnership.source.SourceKind.class);
        ENUMS.put("adviceTopic", cz.socialinclusion.partnership.intervention.AdviceTopic.class);
        ENUMS.put("documentKind", cz.socialinclusion.partnership.meeting.DocumentKind.class);
    }

    @Test
    void eachDefinitionHasTheRecordsPropertiesAndRequiresWhatTheReaderRequires() {
        List<String> mismatches = new ArrayList<>();
        RECORDS.forEach((name, type) -> {
            JsonNode def = SCHEMA_TREE.get("$defs").get(name);
            Set<String> properties = new TreeSet<>();
            def.get("properties").fieldNames().forEachRemaining(properties::add);
            properties.remove("type");
            Set<String> required = new TreeSet<>();
            def.get("required").forEach(r -> required.add(r.asText()));
            required.remove("type");
            ModelRecords record = ModelRecords.of(type);
            Set<String> expectedRequired = new TreeSet<>();
            record.names().stream().filter(record::isRequired).forEach(expectedRequired::add);
            if (!properties.equals(new TreeSet<>(record.names()))) {
                mismatches.add(name + " properties " + properties + " != " + record.names());
            }
            if (!required.equals(expectedRequired)) {
                mismatches.add(name + " required " + required + " != " + expectedRequired);
            }
            assertThat(def.get("additionalProperties").asBoolean(true)).as(name).isFalse();
        });
        assertThat(mismatches).isEmpty();
    }

    @Test
    void eachEnumDefinitionListsTheEnumsWords() {
        ENUMS.forEach((name, type) -> {
            List<String> words = new ArrayList<>();
            SCHEMA_TREE.get("$defs").get(name).get("enum").forEach(w -> words.add(w.asText()));
            assertThat(words).as(name).containsExactly(
                    Stream.of(type.getEnumConstants()).map(c -> EnumNamingStrategies.KEBAB_CASE.convertEnumToExternalName(((Enum<?>) c).name())).toArray(String[]::new));
        });
    }
}
