package cz.socialinclusion.partnership.jdbc.internal;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The H2 trigger of migration V2: refuses an {@code UPDATE} or {@code DELETE} of an adopted plan version's rows
 * (of {@code lp_plan_version} itself, or of a table of the version's content) with SQLState 23000. H2 creates
 * one instance a trigger ({@code CREATE TRIGGER … CALL "…AdoptedPlanVersionTrigger"}); the library never calls it.
 * Needs H2 on the class path only where H2 runs it.
 */
public final class AdoptedPlanVersionTrigger implements Trigger {

    private String table;
    private String versions;
    private boolean versionTable;
    private int planId = -1;
    private int number = -1;
    private int adoptedOn = -1;

    /** Creates the trigger; H2 calls {@link #init} next. */
    public AdoptedPlanVersionTrigger() {
    }

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        this.table = table;
        this.versionTable = table.equalsIgnoreCase("lp_plan_version");
        this.versions = "\"" + schema.replace("\"", "\"\"") + "\".lp_plan_version";
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet columns = meta.getColumns(null, schema, table, null)) {
            while (columns.next()) {
                int index = columns.getInt("ORDINAL_POSITION") - 1;
                switch (columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT)) {
                    case "plan_id" -> planId = index;
                    case "number" -> number = index;
                    case "adopted_on" -> adoptedOn = index;
                    default -> {
                        // not needed
                    }
                }
            }
        }
        if (planId < 0 || number < 0 || (versionTable && adoptedOn < 0)) {
            throw new SQLException("trigger " + trigger + " needs the columns plan_id and number"
                    + (versionTable ? " and adopted_on" : "") + " in table " + table, "42000");
        }
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow == null) {
            return;
        }
        if (versionTable) {
            if (oldRow[adoptedOn] != null) {
                throw new SQLException("version " + oldRow[number] + " of plan " + oldRow[planId] + " was adopted on "
                        + oldRow[adoptedOn] + " and cannot be changed or deleted: make a new revision", "23000");
            }
            return;
        }
        if (adopted(connection, oldRow) || (newRow != null && adopted(connection, newRow))) {
            throw new SQLException("version " + oldRow[number] + " of plan " + oldRow[planId] + " is adopted: its " + table
                    + " rows cannot be changed or deleted: make a new revision", "23000");
        }
    }

    private boolean adopted(Connection connection, Object[] row) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT 1 FROM " + versions + " WHERE plan_id = ? AND number = ? AND adopted_on IS NOT NULL")) {
            ps.setObject(1, row[planId]);
            ps.setObject(2, row[number]);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
