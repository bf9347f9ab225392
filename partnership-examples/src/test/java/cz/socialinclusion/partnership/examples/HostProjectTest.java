package cz.socialinclusion.partnership.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.base.PartnershipId;
import cz.socialinclusion.partnership.examples.WebFormExample.FieldError;
import cz.socialinclusion.partnership.examples.WebFormExample.OrganisationForm;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import cz.socialinclusion.partnership.jdbc.Database;
import cz.socialinclusion.partnership.jdbc.DossierRepository;
import cz.socialinclusion.partnership.jdbc.Migrations;
import cz.socialinclusion.partnership.json.PartnershipJson;
import cz.socialinclusion.partnership.member.OrganisationKind;
import jakarta.validation.Validation;
import jakarta.validation.constraints.AssertTrue;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One host project, as a municipality's case system embeds the library: it has its own Flyway migration {@code V1}
 * with its own table called {@code member}, {@code jackson-datatype-jsr310} in its JSON mapper, and its own
 * {@code ValidationMessages.properties} (this module's test resources). In one test it runs the library's
 * migrations beside its own, reads a dossier with its mapper and stores it, writes its own record holding a day
 * beside the dossier, and validates a web form — each part keeping to its own.
 */
class HostProjectTest {

    /** The host's own record: a case file opened on a day, with the partnership's dossier in it. */
    record CaseFile(LocalDate opened, Dossier dossier) {
    }

    /** The host's own form, with a message from the host's own bundle. */
    record Consent(@AssertTrue(message = "{registration.consent.message}") boolean given) {
    }

    @Test
    void aCaseSystemWithItsOwnV1MemberTableJsr310AndMessagesRunsTheLibraryBesideThem() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:case-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");

        // Migrations: the host's own V1 first, then the library's, each with its own history.
        Flyway.configure().dataSource(h2).locations("classpath:db/case-system").load().migrate();
        assertThat(Migrations.migrate(h2)).isEqualTo(2);
        assertThat(Migrations.migrate(h2)).isZero();
        assertThat(column(h2, "SELECT version FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")).containsExactly("1");
        assertThat(column(h2, "SELECT version FROM " + Migrations.HISTORY_TABLE + " WHERE version IS NOT NULL"
                + " AND version <> '0' ORDER BY installed_rank")).containsExactly("1", "2");

        // JSON: the host's mapper finds both modules; its own day follows its settings, the dossier's stay ISO.
        JsonMapper mapper = JsonMapper.builder().findAndAddModules()
                .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        assertThat(mapper.getRegisteredModuleIds()).hasSizeGreaterThanOrEqualTo(2);
        Dossier cheb = mapper.readValue(PartnershipJson.writeDossier(SourcePages.cheb()), Dossier.class);
        assertThat(cheb).isEqualTo(SourcePages.cheb());
        JsonNode caseFile = mapper.valueToTree(new CaseFile(LocalDate.of(2012, 8, 1), cheb));
        assertThat(caseFile.get("opened").toString()).isEqualTo("[2012,8,1]");
        assertThat(caseFile.get("dossier").get("partnership").get("founded").asText()).isEqualTo("2008-07-30");
        assertThat(caseFile.get("dossier").get("partnership").get("name").asText()).isEqualTo("Lokální partnerství Cheb");

        // JDBC: the dossier stored and read back whole; the host's member table untouched.
        DossierRepository dossiers = new DossierRepository(Database.of(h2));
        dossiers.saveNew(cheb);
        assertThat(dossiers.findById(PartnershipId.of("cheb"))).contains(cheb);
        assertThat(column(h2, "SELECT full_name || ' / ' || office FROM member"))
                .containsExactly("Jana Nováková / Odbor sociálních věcí, Městský úřad Cheb");

        // Validation: a web form's raw input, all mistakes at once with their fields, in Czech; and the host's
        // own message from its own bundle, through the same Hibernate Validator.
        List<FieldError> mistakes = WebFormExample.check(new OrganisationForm(" ", null, "25755278",
                List.of("Azylový dům Cheb", "")), Locale.forLanguageTag("cs"));
        assertThat(mistakes).extracting(FieldError::field).containsExactly("name", "kind", "ico", "facilities[1]");
        assertThat(mistakes).extracting(FieldError::message)
                .contains("není platné IČO: osm číslic se správnou kontrolní číslicí");
        var validator = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
        assertThat(validator.validate(new Consent(false))).extracting(v -> v.getMessage())
                .containsExactly("must be agreed to before the organisation is listed");
        assertThat(WebFormExample.check(new OrganisationForm("Diecézní charita Plzeň", OrganisationKind.CHURCH_OR_CHARITY,
                null, List.of("AZ Betlém")), Locale.ENGLISH)).isEmpty();
    }

    private static List<String> column(JdbcDataSource dataSource, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
