package cz.socialinclusion.partnership.examples;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.Partnership;
import cz.socialinclusion.partnership.base.PartnershipId;
import cz.socialinclusion.partnership.jdbc.ConcurrencyConflictException;
import cz.socialinclusion.partnership.jdbc.Database;
import cz.socialinclusion.partnership.jdbc.Migrations;
import cz.socialinclusion.partnership.jdbc.PartnershipRepository;
import cz.socialinclusion.partnership.jdbc.Versioned;
import org.h2.jdbcx.JdbcDataSource;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Shows how a host saves with the repositories inside its own plain-JDBC transaction: the host opens a
 * connection, turns auto-commit off, writes a row of its own (an audit entry) and saves a partnership with
 * {@link Database#onHostConnection(cz.socialinclusion.partnership.jdbc.SqlSupplier)}; the partnership is committed
 * or rolled back together with the host's row. The library neither commits nor closes the host's connection. A save
 * that fails inside the host's transaction (here: the partnership is already stored) is thrown to the host and
 * leaves the host's transaction usable, holding nothing of the failed save: the host goes on and commits its own
 * rows. For a Spring host, see {@link SpringHostExample}.
 *
 * <p>The database is H2 in memory; the library's migrations are applied with {@link Migrations#migrate}.
 */
public final class HostTransactionExample {

    private HostTransactionExample() {
    }

    public static void main(String[] args) throws SQLException {
        run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    /** Runs the example and returns whether the partnership is stored at the end (it is). */
    public static boolean run(PrintStream out) throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Migrations.migrate(dataSource);
        Partnership cheb = BuildPartnershipExample.cheb().partnership();

        try (Connection host = dataSource.getConnection(); Statement ddl = host.createStatement()) {
            ddl.execute("CREATE TABLE audit (what VARCHAR NOT NULL)");
            host.setAutoCommit(false);
            PartnershipRepository partnerships = new PartnershipRepository(Database.onHostConnection(() -> host));

            audit(host, "Záznam: uložení partnerství Cheb");
            partnerships.save(Versioned.of(cheb));
            host.rollback();
            out.println("After the host's rollback: partnership stored " + partnerships.findById(cheb.id()).isPresent()
                    + ", audit rows " + count(host));

            audit(host, "Záznam: uložení partnerství Cheb");
            Versioned<Partnership> saved = partnerships.save(Versioned.of(cheb));
            try {
                partnerships.save(Versioned.of(cheb));
            } catch (ConcurrencyConflictException e) {
                out.println("A failed save inside the host's transaction: " + e.getMessage());
                audit(host, "Záznam: partnerství Cheb už bylo uloženo");
            }
            host.commit();
            out.println("After the host's commit: partnership stored at version " + saved.version() + ", audit rows " + count(host));
        }
        PartnershipRepository own = new PartnershipRepository(Database.of(dataSource));
        boolean stored = own.findById(PartnershipId.of("cheb")).map(v -> v.value().equals(cheb)).orElse(false);
        out.println("Read back in a transaction of its own, equal to what was saved: " + stored);
        return stored && Dossier.of(cheb).partnership().equals(cheb);
    }

    private static void audit(Connection host, String what) throws SQLException {
        try (PreparedStatement insert = host.prepareStatement("INSERT INTO audit (what) VALUES (?)")) {
            insert.setString(1, what);
            insert.executeUpdate();
        }
    }

    private static int count(Connection host) throws SQLException {
        try (Statement s = host.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM audit")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
