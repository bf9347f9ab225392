package cz.socialinclusion.partnership.jdbc;

/**
 * Where the SQL migrations are: Flyway-named scripts ({@code V1__partnership_schema.sql}, …) that run
 * unchanged on PostgreSQL and on H2 in PostgreSQL mode ({@code MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE}).
 * A host adds {@link #LOCATION} to its own Flyway:
 *
 * <pre>{@code
 * Flyway.configure().dataSource(dataSource).locations(Migrations.LOCATION).load().migrate();
 * }</pre>
 *
 * <p>Czech text is stored as given, byte for byte, when the database's encoding is UTF-8: on PostgreSQL create
 * the database with {@code ENCODING 'UTF8'} (a migration cannot change it); H2 always stores Unicode.
 */
public final class Migrations {

    /** The Flyway location of the migrations on the class path. */
    public static final String LOCATION = "classpath:cz/socialinclusion/partnership/jdbc/migration";

    private Migrations() {
    }
}
