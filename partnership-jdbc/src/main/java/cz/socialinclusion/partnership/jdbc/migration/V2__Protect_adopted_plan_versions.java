package cz.socialinclusion.partnership.jdbc.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Migration V2: the database itself refuses an {@code UPDATE} or {@code DELETE} of an adopted plan version's
 * rows (SQLState 23000). Triggers differ between databases, so the SQL is written once per database, in
 * {@code cz/socialinclusion/partnership/jdbc/vendor/postgresql/} and {@code …/vendor/h2/}; Flyway finds this
 * class at {@link cz.socialinclusion.partnership.jdbc.Migrations#LOCATION} and it runs the script of the
 * database it migrates. A host without Flyway runs that script itself after V1.
 */
public class V2__Protect_adopted_plan_versions extends BaseJavaMigration {

    /** Creates the migration; Flyway calls it. */
    public V2__Protect_adopted_plan_versions() {
    }

    /**
     * Runs the script of the database of {@code context}'s connection.
     *
     * @throws SQLException if the database is neither PostgreSQL nor H2, or refuses the script
     */
    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String product = connection.getMetaData().getDatabaseProductName();
        String vendor = switch (product.toLowerCase(Locale.ROOT)) {
            case "postgresql" -> "postgresql";
            case "h2" -> "h2";
            default -> throw new SQLException("partnership-jdbc supports PostgreSQL and H2, not " + product, "0A000");
        };
        String script = script(vendor);
        try (Statement statement = connection.createStatement()) {
            if (vendor.equals("postgresql")) {
                statement.execute(script);
            } else {
                for (String command : script.split(";\\s*\\n")) {
                    String sql = command.lines().filter(line -> !line.startsWith("--")).reduce("", (a, b) -> a + b + "\n").strip();
                    if (!sql.isEmpty()) {
                        statement.execute(sql);
                    }
                }
            }
        }
    }

    private static String script(String vendor) {
        String path = "/cz/socialinclusion/partnership/jdbc/vendor/" + vendor + "/V2__protect_adopted_plan_versions.sql";
        try (InputStream in = V2__Protect_adopted_plan_versions.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the migration script " + path + " is missing from partnership-jdbc");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + path, e);
        }
    }
}
