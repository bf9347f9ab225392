package cz.socialinclusion.partnership.jdbc;

import javax.sql.DataSource;

/** The library's migrations beside a host's own, on H2 in PostgreSQL mode. */
class MigrationsBesideHostH2Test extends MigrationsBesideHostContract {

    @Override
    DataSource freshDatabase() {
        return H2Databases.fresh();
    }
}
