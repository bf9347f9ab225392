package cz.socialinclusion.partnership.jdbc;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import javax.sql.DataSource;
import java.util.Objects;

/**
 * The library's SQL migrations, and how they run beside a host's own. The scripts ({@code V1__partnership_schema.sql},
 * …) run unchanged on PostgreSQL and on H2 in PostgreSQL mode ({@code MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE}); every
 * table, constraint and index is named {@code lp_…}, so none clashes with a host's {@code member} or {@code project}.
 *
 * <p>The library keeps its own Flyway history, in the table {@value #HISTORY_TABLE}: its {@code V1} and a host's
 * {@code V1} never meet, and the host's {@code flyway_schema_history} is not touched. A host runs its own Flyway as
 * before, then the library's:
 *
 * <pre>{@code
 * Migrations.migrate(dataSource);                    // the connection's current schema
 * Migrations.migrate(dataSource, "partnership");     // a schema of its own, created if missing
 * Migrations.configure(Flyway.configure().dataSource(dataSource)).load().migrate(); // with settings of the host's
 * }</pre>
 *
 * Running them again is a no-op. A schema that already holds the host's tables is fine: the first run records a
 * baseline at version 0 in {@value #HISTORY_TABLE} (Flyway refuses a non-empty schema without one) and then applies
 * every library migration.
 *
 * <p>Flyway is an optional dependency of {@code partnership-jdbc}: a host that calls {@link #migrate(DataSource)} or
 * {@link #configure(FluentConfiguration)} adds {@code org.flywaydb:flyway-core} (13.x) itself, and
 * {@code flyway-database-postgresql} for PostgreSQL; a host that runs the scripts with another tool needs only
 * {@link #LOCATION}, and for V2 (a Java migration) the script of its database in
 * {@code cz/socialinclusion/partnership/jdbc/vendor/postgresql/} or {@code …/vendor/h2/}. Flyway logs through the host's logging framework, as it does for the host's own migrations.
 *
 * <p>With a schema of its own, the repositories' SQL stays unqualified: give the data source of the repositories
 * that schema as the connection's current schema (HikariCP {@code schema=partnership}, PostgreSQL
 * {@code currentSchema=partnership} in the URL, H2 {@code SCHEMA=partnership} in the URL, Spring Boot
 * {@code spring.datasource.hikari.schema}).
 *
 * <p>Czech text is stored as given, byte for byte, when the database's encoding is UTF-8: on PostgreSQL create
 * the database with {@code ENCODING 'UTF8'} (a migration cannot change it); H2 always stores Unicode.
 */
public final class Migrations {

    /** The Flyway location of the migrations on the class path. */
    public static final String LOCATION = "classpath:cz/socialinclusion/partnership/jdbc/migration";

    /** The table of the library's own Flyway history, apart from the host's {@code flyway_schema_history}. */
    public static final String HISTORY_TABLE = "lp_schema_history";

    private Migrations() {
    }

    /**
     * Applies the library's pending migrations to the connection's current schema, with the history in
     * {@value #HISTORY_TABLE}; a no-op when none is pending.
     *
     * @param dataSource the database
     * @return how many migrations were applied (0 when the schema was up to date)
     * @throws org.flywaydb.core.api.FlywayException if a migration fails or the history does not match the scripts
     */
    public static int migrate(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return configure(Flyway.configure().dataSource(dataSource)).load().migrate().migrationsExecuted;
    }

    /**
     * Applies the library's pending migrations to {@code schema}, created if it does not exist, with the history in
     * {@value #HISTORY_TABLE} of that schema; a no-op when none is pending. The repositories then need a data source
     * whose current schema is {@code schema} (see the class comment).
     *
     * @param dataSource the database
     * @param schema the schema of the library's tables, as the database names it (lower case on PostgreSQL and on H2
     *               with {@code DATABASE_TO_LOWER=TRUE})
     * @return how many migrations were applied (0 when the schema was up to date)
     * @throws IllegalArgumentException if {@code schema} is blank
     * @throws org.flywaydb.core.api.FlywayException if a migration fails or the history does not match the scripts
     */
    public static int migrate(DataSource dataSource, String schema) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(schema, "schema");
        if (schema.isBlank()) {
            throw new IllegalArgumentException("schema is blank: '" + schema + "'");
        }
        return configure(Flyway.configure().dataSource(dataSource).schemas(schema).defaultSchema(schema).createSchemas(true))
                .load().migrate().migrationsExecuted;
    }

    /**
     * Makes {@code configuration} the configuration of the library's migrations: history table
     * {@value #HISTORY_TABLE}, locations {@link #LOCATION} only, and a baseline at version 0 on a schema that already
     * holds tables (the host's), so that every library migration still runs there. Everything else (data source,
     * schemas, placeholders, {@code cleanDisabled}) stays as the host set it.
     *
     * <p>Give it a configuration of its own, not the one of the host's migrations: it is changed and returned.
     *
     * <pre>{@code
     * Migrations.configure(Flyway.configure().dataSource(dataSource).schemas("partnership")).load().migrate();
     * }</pre>
     *
     * @param configuration a new Flyway configuration, with the host's data source
     * @return {@code configuration}, set up for the library's migrations
     */
    public static FluentConfiguration configure(FluentConfiguration configuration) {
        Objects.requireNonNull(configuration, "configuration");
        return configuration
                .table(HISTORY_TABLE)
                .locations(LOCATION)
                .baselineOnMigrate(true)
                .baselineVersion("0");
    }
}
