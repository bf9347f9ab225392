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
        // each definition is named after its type, the first letter in lower case
        for (Class<?> type : List.<Class<?>>of(
                cz.socialinclusion.partnership.Partnership.class,
                cz.socialinclusion.partnership.RulesOfProcedure.class,
                cz.socialinclusion.partnership.Membership.class,
                cz.socialinclusion.partnership.member.Organisation.class,
                cz.socialinclusion.partnership.member.NaturalPerson.class,
                cz.socialinclusion.partnership.member.Collective.class,
                cz.socialinclusion.partnership.group.WorkingGroup.class,
                cz.socialinclusion.partnership.group.Seat.class,
                cz.socialinclusion.partnership.group.Guest.class,
                cz.socialinclusion.partnership.meeting.Meeting.class,
                cz.socialinclusion.partnership.meeting.Decision.class,
                cz.socialinclusion.partnership.meeting.GroupReport.class,
                cz.socialinclusion.partnership.meeting.DocumentLink.class,
                cz.socialinclusion.partnership.intervention.Intervention.class,
                cz.socialinclusion.partnership.intervention.Extension.class,
                cz.socialinclusion.partnership.plan.StrategicPlan.class,
                cz.socialinclusion.partnership.plan.PlanVersion.class,
                cz.socialinclusion.partnership.plan.Need.class,
                cz.socialinclusion.partnership.plan.Priority.class,
                cz.socialinclusion.partnership.plan.Goal.class,
                cz.socialinclusion.partnership.plan.Measure.class,
                cz.socialinclusion.partnership.plan.ActionStep.class,
                cz.socialinclusion.partnership.plan.Resource.class,
                cz.socialinclusion.partnership.plan.Indicator.class,
                cz.socialinclusion.partnership.plan.Measurement.class,
                cz.socialinclusion.partnership.plan.IndicatorTarget.class,
                cz.socialinclusion.partnership.plan.Approval.class,
                cz.socialinclusion.partnership.plan.Money.class,
                cz.socialinclusion.partnership.project.Project.class,
                cz.socialinclusion.partnership.project.FundingSource.class,
                cz.socialinclusion.partnership.project.StatusChange.class,
                cz.socialinclusion.partnership.source.Source.class,
                cz.socialinclusion.partnership.source.Citation.class,
                cz.socialinclusion.partnership.base.RecordedSpan.class,
                cz.socialinclusion.partnership.group.MeetingRhythm.class,
                cz.socialinclusion.partnership.group.WorkingGroupPractice.class,
                cz.socialinclusion.partnership.intervention.LocalConsultant.class,
                cz.socialinclusion.partnership.CoordinatedApproachRole.class)) {
            RECORDS.put(definition(type), type);
        }
        // the enums are those the records' components hold, alone or as the elements of a list or set
        for (Class<?> record : RECORDS.values()) {
            for (java.lang.reflect.RecordComponent component : record.getRecordComponents()) {
                Class<?> type = component.getType();
                if (component.getGenericType() instanceof java.lang.reflect.ParameterizedType generic
                        && generic.getActualTypeArguments()[0] instanceof Class<?> element) {
                    type = element;
                }
                if (type.isEnum()) {
                    @SuppressWarnings("unchecked")
                    Class<? extends Enum<?>> kind = (Class<? extends Enum<?>>) type;
                    ENUMS.put(definition(kind), kind);
                }
            }
        }
    }

    /** The schema's definition of a type: its simple name with the first letter in lower case. */
    private static String definition(Class<?> type) {
        String name = type.getSimpleName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
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
        Set<String> enumDefinitions = new TreeSet<>();
        SCHEMA_TREE.get("$defs").fields().forEachRemaining(d -> {
            if (d.getValue().has("enum")) {
                enumDefinitions.add(d.getKey());
            }
        });
        assertThat(ENUMS.keySet()).as("the enums of the records' components are the schema's enum definitions")
                .containsExactlyInAnyOrderElementsOf(enumDefinitions).hasSize(16);
        ENUMS.forEach((name, type) -> {
            List<String> words = new ArrayList<>();
            SCHEMA_TREE.get("$defs").get(name).get("enum").forEach(w -> words.add(w.asText()));
            assertThat(words).as(name).containsExactly(
                    Stream.of(type.getEnumConstants()).map(c -> EnumNamingStrategies.KEBAB_CASE.convertEnumToExternalName(((Enum<?>) c).name())).toArray(String[]::new));
        });
    }
}
