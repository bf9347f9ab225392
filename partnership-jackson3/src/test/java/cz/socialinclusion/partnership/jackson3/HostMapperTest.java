package cz.socialinclusion.partnership.jackson3;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A Spring Boot 4 style host: its own Jackson 3 mapper, with its own settings, and the module found on the
 * class path or added by hand. The module handles the model's types and leaves the host's alone.
 */
class HostMapperTest {

    /** A host's own message around a dossier, with the host's own day and amount. */
    record Upload(LocalDate received, BigDecimal fee, Dossier dossier) {
    }

    private static final LocalDate RECEIVED = LocalDate.of(2026, 11, 28);

    @Test
    void findAndAddModulesFindsTheModuleThroughItsServiceFile() {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        assertThat(mapper.registeredModules()).anyMatch(m -> m instanceof PartnershipModule);
        Dossier cheb = SourcePages.cheb();
        assertThat(mapper.readValue(mapper.writeValueAsBytes(cheb), Dossier.class)).isEqualTo(cheb);
    }

    @Test
    void theModuleVersionIsTheBuildsVersion() {
        assertThat(new PartnershipModule().version().getArtifactId()).isEqualTo("partnership-jackson3");
        assertThat(new PartnershipModule().version().getGroupId()).isEqualTo("cz.socialinclusion");
        assertThat(new PartnershipModule().version().isUnknownVersion()).isFalse();
    }

    @Test
    void aHostWritingDatesAsTimestampsGetsItsOwnDayAsAnArrayWhileTheDossiersDaysStayIsoStrings() {
        JsonMapper host = JsonMapper.builder()
                .addModule(new PartnershipModule())
                .enable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
        Upload upload = new Upload(RECEIVED, new BigDecimal("150.00"), SourcePages.cheb());

        JsonNode tree = host.readTree(host.writeValueAsBytes(upload));

        assertThat(tree.get("received").isArray()).isTrue();
        assertThat(tree.get("received").toString()).isEqualTo("[2026,11,28]");
        assertThat(tree.at("/dossier/partnership/founded").asString()).isEqualTo("2008-07-30");
        assertThat(tree.at("/dossier/plans/0/period/start").asString()).isEqualTo("2010-01-01");
        assertThat(tree.at("/dossier/partnership/name").asString()).isEqualTo("Lokální partnerství Cheb");
        assertThat(host.readValue(host.writeValueAsBytes(upload), Upload.class)).isEqualTo(upload);
    }

    @Test
    void aHostWithJacksonThreeDefaultsWritesItsOwnDayAsAnIsoString() {
        JsonMapper host = JsonMapper.builder().addModule(new PartnershipModule()).build();
        Upload upload = new Upload(RECEIVED, BigDecimal.TEN, SourcePages.kadan());

        JsonNode tree = host.readTree(host.writeValueAsString(upload));

        assertThat(tree.get("received").asString()).isEqualTo("2026-11-28");
        assertThat(host.readValue(host.writeValueAsString(upload), Upload.class)).isEqualTo(upload);
    }

    @Test
    void theDossiersLimitsOnDaysDoNotApplyToTheHostsOwnDays() {
        JsonMapper host = JsonMapper.builder().addModule(new PartnershipModule()).build();
        String dossier = new String(PartnershipJackson3.writeDossier(SourcePages.cheb()), StandardCharsets.UTF_8);
        String upload = "{\"received\": \"1850-01-01\", \"fee\": 1e3, \"dossier\": " + dossier + "}";

        Upload read = host.readValue(upload, Upload.class);
        assertThat(read.received()).isEqualTo(LocalDate.of(1850, 1, 1));
        assertThat(read.fee()).isEqualByComparingTo("1000");

        String oldDossier = upload.replace("\"founded\": \"2008-07-30\"", "\"founded\": \"1850-01-01\"");
        Throwable refused = catchThrowable(() -> host.readValue(oldDossier, Upload.class));
        assertThat(refused).isInstanceOf(InvalidFormatException.class);
        assertThat(PartnershipJackson3.path((InvalidFormatException) refused)).isEqualTo("$.dossier.partnership.founded");
    }

    @Test
    void aHostMapperFollowsItsOwnSettingForUnknownPropertiesButTheFormatStaysStrictOtherwise() {
        String cheb = new String(PartnershipJackson3.writeDossier(SourcePages.cheb()), StandardCharsets.UTF_8);
        String withNickname = cheb.replace("\"municipality\": \"Cheb\",",
                "\"municipality\": \"Cheb\", \"nickname\": {\"short\": [\"LP\", {\"x\": 1}]},");

        JsonMapper lenient = JsonMapper.builder().addModule(new PartnershipModule()).build();
        assertThat(lenient.readValue(withNickname, Dossier.class)).isEqualTo(SourcePages.cheb());
        JsonMapper strict = JsonMapper.builder().addModule(new PartnershipModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        Throwable unknown = catchThrowable(() -> strict.readValue(withNickname, Dossier.class));
        assertThat(unknown).isInstanceOf(UnrecognizedPropertyException.class);
        assertThat(PartnershipJackson3.path((UnrecognizedPropertyException) unknown)).isEqualTo("$.partnership.nickname");

        String twice = cheb.replace("\"municipality\": \"Cheb\",", "\"municipality\": \"Cheb\", \"municipality\": \"Aš\",");
        Throwable duplicate = catchThrowable(() -> lenient.readValue(twice, Dossier.class));
        assertThat(duplicate).isInstanceOf(MismatchedInputException.class);
        assertThat(PartnershipJackson3.path((MismatchedInputException) duplicate)).isEqualTo("$.partnership.municipality");

        String numberForName = cheb.replace("\"name\": \"Město Cheb\"", "\"name\": 12");
        Throwable wrongType = catchThrowable(() -> lenient.readValue(numberForName, Dossier.class));
        assertThat(wrongType).isInstanceOf(MismatchedInputException.class);
        assertThat(PartnershipJackson3.path((MismatchedInputException) wrongType))
                .isEqualTo("$.partnership.memberships[1].member.name");
    }

    @Test
    void aMemberWhoseTypeIsNotFirstIsReadLikeTheCanonicalOne() {
        String cheb = new String(PartnershipJackson3.writeDossier(SourcePages.cheb()), StandardCharsets.UTF_8);
        String typeLast = cheb.replace("""
                "type": "organisation",
                          "id": "cheb-agentura",""", """
                "id": "cheb-agentura",
                          "type": "organisation",""");
        assertThat(typeLast).isNotEqualTo(cheb);
        assertThat(PartnershipJackson3.readDossier(typeLast.getBytes(StandardCharsets.UTF_8))).isEqualTo(SourcePages.cheb());
    }
}
