package cz.socialinclusion.partnership.jdbc;

import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.util.UUID;

/** The library's migrations beside a host's own, on H2 in PostgreSQL mode. */
class MigrationsBesideHostH2Test extends MigrationsBesideHostContract {

    @Override
    DataSource freshDatabase() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        return h2;
    }
}
