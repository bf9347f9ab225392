package cz.socialinclusion.partnership.jdbc;

import javax.sql.DataSource;

/** The repositories inside a host's Spring and plain-JDBC transactions, over HikariCP, on H2 in PostgreSQL mode. */
class HostTransactionH2Test extends HostTransactionContract {

    @Override
    DataSource freshDatabase() {
        return H2Databases.fresh();
    }
}
