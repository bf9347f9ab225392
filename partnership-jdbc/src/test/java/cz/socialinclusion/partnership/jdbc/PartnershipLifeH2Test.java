package cz.socialinclusion.partnership.jdbc;

import javax.sql.DataSource;

/** The life of a partnership on H2 in memory, in PostgreSQL mode. */
class PartnershipLifeH2Test extends PartnershipLifeContract {

    @Override
    DataSource freshDatabase() {
        return H2Databases.fresh();
    }
}
