package example.host;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.fixtures.RandomDossiers;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import cz.socialinclusion.partnership.json.PartnershipJson;
import cz.socialinclusion.partnership.json.PartnershipModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A host program's mapper, in a package of its own (not the model's): the module handles only the model's
 * types, whatever else is registered and in whatever order, and the host's own dates follow the host's settings.
 */
class HostMapperTest {

    /** A host's own type: a dossier it received, and its own day. */
    record Delivery(String sender, LocalDate received, Dossier dossier) {
    }

    private static final Dossier KUTNA_HORA = SourcePages.kutnaHora();
    private static final LocalDate RECEIVED = LocalDate.of(2024, 3, 1);

    static Stream<Arguments> hostMappers() {
        return Stream.of(
                Arguments.of("JavaTimeModule, then PartnershipModule", JsonMapper.builder()
                        .addModule(new JavaTimeModule()).addModule(new PartnershipModule())
                        .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build()),
                Arguments.of("PartnershipModule, then JavaTimeModule", JsonMapper.builder()
                        .addModule(new PartnershipModule()).addModule(new JavaTimeModule())
                        .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build()),
                Arguments.of("findAndAddModules()", JsonMapper.builder().findAndAddModules()
                        .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build()));
    }

    private static JsonNode canonicalTree(Dossier dossier) throws Exception {
        return PartnershipJson.mapper().readTree(PartnershipJson.writeDossier(dossier));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostMappers")
    void theHostsDateFollowsTheHostWhileTheDossiersDatesKeepTheFormat(String name, JsonMapper host) throws Exception {
        assertThat(host.getRegisteredModuleIds()).contains(PartnershipModule.class.getSimpleName());
        byte[] json = host.writeValueAsBytes(new Delivery("Městský úřad Kutná Hora", RECEIVED, KUTNA_HORA));
        JsonNode tree = PartnershipJson.mapper().readTree(json);
        assertThat(tree.get("received").toString()).isEqualTo("[2024,3,1]");
        assertThat(tree.get("dossier")).isEqualTo(canonicalTree(KUTNA_HORA));
        assertThat(tree.get("dossier").get("partnership").get("founded").isTextual()).isTrue();
        assertThat(host.readValue(json, Delivery.class))
                .isEqualTo(new Delivery("Městský úřad Kutná Hora", RECEIVED, KUTNA_HORA));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostMappers")
    void aDossierOfManyDatesReadsBackThroughTheHostsMapper(String name, JsonMapper host) throws Exception {
        Dossier dossier = RandomDossiers.generate(7, 20, 6);
        byte[] json = host.writeValueAsBytes(dossier);
        assertThat(PartnershipJson.mapper().readTree(json)).isEqualTo(canonicalTree(dossier));
        assertThat(host.readValue(json, Dossier.class)).isEqualTo(dossier);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostMappers")
    void theDossiersDatesAreReadStrictlyWhateverElseIsRegistered(String name, JsonMapper host) throws Exception {
        String json = new String(PartnershipJson.writeDossier(KUTNA_HORA), java.nio.charset.StandardCharsets.UTF_8);
        String founded = KUTNA_HORA.partnership().founded().toString();
        for (String other : List.of("[" + founded.replace("-0", ",").replace("-", ",") + "]", "\"+" + founded + "\"",
                "\"" + founded + "T00:00:00\"", "20080730")) {
            String hostile = json.replace("\"founded\": \"" + founded + "\"", "\"founded\": " + other);
            assertThat(hostile).as(other).isNotEqualTo(json);
            Throwable thrown = catchThrowable(() -> host.readValue(hostile, Dossier.class));
            assertThat(thrown).as(other).isInstanceOf(MismatchedInputException.class);
            assertThat(PartnershipJson.path((MismatchedInputException) thrown)).as(other).isEqualTo("$.partnership.founded");
        }
        // The host's own LocalDate still reads as the host's module reads it.
        assertThat(host.readValue("[2024,3,1]", LocalDate.class)).isEqualTo(RECEIVED);
    }

    @Test
    void theFormatVersionIsAnIntegerTokenWhateverTheHostsCoercionSettings() throws Exception {
        JsonMapper lenient = JsonMapper.builder().addModule(new PartnershipModule())
                .enable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(DeserializationFeature.ACCEPT_FLOAT_AS_INT).build();
        String json = new String(PartnershipJson.writeDossier(KUTNA_HORA), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(lenient.readValue(json, Dossier.class)).isEqualTo(KUTNA_HORA);
        for (String version : List.of("1.0", "1e0", "\"1\"", "true")) {
            Throwable thrown = catchThrowable(() -> lenient.readValue(
                    json.replace("\"formatVersion\": 1,", "\"formatVersion\": " + version + ","), Dossier.class));
            assertThat(thrown).as(version).isInstanceOf(MismatchedInputException.class);
            assertThat(PartnershipJson.path((MismatchedInputException) thrown)).as(version).isEqualTo("$.formatVersion");
        }
    }

    @Test
    void theHostsEnumSettingsDoNotChangeTheDossier() throws Exception {
        JsonMapper host = JsonMapper.builder().addModule(new PartnershipModule())
                .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
                .enable(DeserializationFeature.READ_ENUMS_USING_TO_STRING).build();
        Dossier dossier = RandomDossiers.generate(8, 20, 6);
        byte[] json = host.writeValueAsBytes(dossier);
        assertThat(PartnershipJson.mapper().readTree(json)).isEqualTo(canonicalTree(dossier));
        assertThat(host.readValue(json, Dossier.class)).isEqualTo(dossier);
        JsonMapper index = JsonMapper.builder().addModule(new PartnershipModule())
                .enable(SerializationFeature.WRITE_ENUMS_USING_INDEX).build();
        assertThat(PartnershipJson.mapper().readTree(index.writeValueAsBytes(dossier))).isEqualTo(canonicalTree(dossier));
    }

    @Test
    void onlyTheModelsTypesAreTakenOver() throws Exception {
        Module module = new PartnershipModule();
        JsonMapper onlyOurs = JsonMapper.builder().addModule(module).build();
        // Without a module of its own for java.time, the host's bare LocalDate is the host's business, not ours.
        assertThat(catchThrowable(() -> onlyOurs.writeValueAsString(RECEIVED))).isNotNull();
        JsonMapper withTime = JsonMapper.builder().addModule(module).addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).defaultLocale(Locale.ENGLISH).build();
        assertThat(withTime.writeValueAsString(RECEIVED)).isEqualTo("\"2024-03-01\"");
    }
}
