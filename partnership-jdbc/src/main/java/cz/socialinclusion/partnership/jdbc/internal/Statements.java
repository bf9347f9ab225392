package cz.socialinclusion.partnership.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain JDBC with values only ever bound as {@link PreparedStatement} parameters. Package-private helpers
 * for the repositories.
 */
public final class Statements {

    private Statements() {
    }

    /** Reads one row of a result set. */
    @FunctionalInterface
    public interface Row<T> {
        /** Reads the row at {@code rs}'s cursor. */
        T read(ResultSet rs) throws SQLException;
    }

    /** Binds {@code values} to the parameters of {@code ps}, in order. */
    public static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            int at = i + 1;
            if (v == null) {
                ps.setNull(at, Types.NULL);
            } else if (v instanceof String s) {
                ps.setString(at, s);
            } else if (v instanceof Integer n) {
                ps.setInt(at, n);
            } else if (v instanceof Long n) {
                ps.setLong(at, n);
            } else if (v instanceof Boolean b) {
                ps.setBoolean(at, b);
            } else if (v instanceof LocalDate d) {
                ps.setObject(at, d);
            } else {
                throw new IllegalArgumentException("no binding for " + v.getClass());
            }
        }
    }

    /** Executes an update and returns the rows changed. */
    public static int update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, values);
            return ps.executeUpdate();
        }
    }

    /** Runs a query and reads every row. */
    public static <T> List<T> query(Connection c, String sql, Row<T> row, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, values);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(row.read(rs));
                }
                return rows;
            }
        }
    }

    /** Collects the rows of one insert and sends them as one batch; nothing is sent for no rows. */
    public static final class Batch {
        private final String sql;
        private final List<Object[]> rows = new ArrayList<>();

        /** An empty batch of {@code sql}. */
        public Batch(String sql) {
            this.sql = sql;
        }

        /** Adds a row of parameter values. */
        public void add(Object... values) {
            rows.add(values);
        }

        /** Sends the rows added as one batch on {@code c}. */
        public void execute(Connection c) throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    bind(ps, row);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    /** The date in {@code column} of the current row, or {@code null}. */
    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

}
