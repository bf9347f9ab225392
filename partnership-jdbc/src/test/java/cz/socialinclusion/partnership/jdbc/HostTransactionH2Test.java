package cz.socialinclusion.partnership.jdbc;

import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.util.UUID;

/** The repositories inside a host's Spring and plain-JDBC transactions, over HikariCP, on H2 in PostgreSQL mode. */
class HostTransactionH2Test extends HostTransactionContract {

    @Override
    DataSource freshDatabase() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        return h2;
    }
}
