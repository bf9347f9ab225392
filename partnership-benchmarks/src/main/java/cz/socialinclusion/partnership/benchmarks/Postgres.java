package cz.socialinclusion.partnership.benchmarks;

import cz.socialinclusion.partnership.jdbc.Migrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * An embedded PostgreSQL for the JDBC benchmarks, migrated by {@link Migrations#migrate} (history in
 * {@code lp_schema_history}, V2's triggers included), with {@code reWriteBatchedInserts=true}; and the
 * baseline: the same rows the repositories write, inserted with one batched statement a table and read with
 * one query a table, into plain arrays; and a second baseline save with one {@code COPY} a table.
 */
final class Postgres implements AutoCloseable {

    /** Every table, parents before children. */
    static final List<String> TABLES = List.of("lp_partnership", "lp_member", "lp_member_facility", "lp_member_person_name", "lp_working_group",
            "lp_working_group_theme", "lp_participant", "lp_meeting", "lp_meeting_attendance", "lp_meeting_agenda_item", "lp_meeting_decision",
            "lp_group_report", "lp_meeting_document", "lp_intervention_extension",
            "lp_partnership_theme", "lp_consultant_topic", "lp_partnership_document", "lp_dossier", "lp_source", "lp_citation",
            "lp_strategic_plan", "lp_plan_version", "lp_plan_approval",
            "lp_plan_need", "lp_plan_need_theme", "lp_plan_priority", "lp_plan_priority_theme", "lp_plan_priority_need", "lp_plan_goal",
            "lp_plan_measure", "lp_plan_step", "lp_plan_step_resource", "lp_plan_indicator", "lp_plan_indicator_target", "lp_project",
            "lp_project_measure", "lp_project_status_change");

    final EmbeddedPostgres server;
    final PGSimpleDataSource dataSource;

    Postgres() throws IOException {
        server = EmbeddedPostgres.builder().start();
        dataSource = new PGSimpleDataSource();
        dataSource.setURL("jdbc:postgresql://localhost:" + server.getPort() + "/postgres");
        dataSource.setUser("postgres");
        dataSource.setReWriteBatchedInserts(true);
        Migrations.migrate(dataSource);
    }

    void truncate() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // TRUNCATE fires no row trigger: V2's protection of adopted plan versions does not refuse it.
            s.execute("TRUNCATE " + String.join(", ", TABLES));
        }
    }

    /** A table's columns and rows, as read back. */
    record Table(String name, List<String> columns, List<Object[]> rows) {
    }

    /** Every row of every table, as stored now. */
    List<Table> capture() throws SQLException {
        List<Table> tables = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (String table : TABLES) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    List<String> columns = new ArrayList<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        columns.add(meta.getColumnName(i));
                    }
                    List<Object[]> rows = new ArrayList<>();
                    while (rs.next()) {
                        Object[] row = new Object[columns.size()];
                        for (int i = 0; i < row.length; i++) {
                            row[i] = rs.getObject(i + 1);
                        }
                        rows.add(row);
                    }
                    tables.add(new Table(table, columns, rows));
                }
            }
        }
        return tables;
    }

    /**
     * The baseline save: one batched insert a table, in one transaction on {@code c}, a connection the caller
     * holds in auto-commit mode (as the library's calls on it do).
     */
    static void insertBaseline(Connection c, List<Table> tables) throws SQLException {
        c.setAutoCommit(false);
        try {
            for (Table table : tables) {
                if (table.rows().isEmpty()) {
                    continue;
                }
                String sql = "INSERT INTO " + table.name() + " (" + String.join(", ", table.columns()) + ") VALUES ("
                        + "?, ".repeat(table.columns().size() - 1) + "?)";
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    for (Object[] row : table.rows()) {
                        for (int i = 0; i < row.length; i++) {
                            ps.setObject(i + 1, row[i]);
                        }
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
    }

    /**
     * The second baseline save: the same rows, one {@code COPY … FROM STDIN} a table (text format), in one
     * transaction on {@code c}, held as for {@link #insertBaseline}.
     */
    static void copyBaseline(Connection c, List<Table> tables) throws SQLException {
        c.setAutoCommit(false);
        try {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (Table table : tables) {
                if (table.rows().isEmpty()) {
                    continue;
                }
                StringBuilder text = new StringBuilder();
                for (Object[] row : table.rows()) {
                    for (int i = 0; i < row.length; i++) {
                        text.append(i == 0 ? "" : "\t");
                        copyText(text, row[i]);
                    }
                    text.append('\n');
                }
                try {
                    copy.copyIn("COPY " + table.name() + " (" + String.join(", ", table.columns()) + ") FROM STDIN",
                            new StringReader(text.toString()));
                } catch (IOException e) {
                    throw new SQLException("COPY into " + table.name(), e);
                }
            }
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static void copyText(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
            return;
        }
        String s = value instanceof Boolean b ? (b ? "t" : "f") : value.toString();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(ch);
            }
        }
    }

    /**
     * The baseline load: one query a table for one partnership's rows, read into arrays, in one transaction on
     * {@code c}, a connection the caller holds in auto-commit mode (as the library's calls on it do).
     */
    static int loadBaseline(Connection c, String partnership) throws SQLException {
        int values = 0;
        c.setAutoCommit(false);
        try {
            for (String table : TABLES) {
                String where = switch (table) {
                    case "lp_partnership" -> "id = ?";
                    case "lp_strategic_plan", "lp_project" -> "partnership_id = ?";
                    case "lp_project_measure", "lp_project_status_change" -> "project_id IN (SELECT id FROM lp_project WHERE partnership_id = ?)";
                    default -> table.startsWith("lp_plan_") ? "plan_id IN (SELECT id FROM lp_strategic_plan WHERE partnership_id = ?)"
                            : "partnership_id = ?";
                };
                try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table + " WHERE " + where)) {
                    ps.setString(1, partnership);
                    try (ResultSet rs = ps.executeQuery()) {
                        int columns = rs.getMetaData().getColumnCount();
                        List<Object[]> rows = new ArrayList<>();
                        while (rs.next()) {
                            Object[] row = new Object[columns];
                            for (int i = 0; i < columns; i++) {
                                row[i] = rs.getObject(i + 1);
                            }
                            rows.add(row);
                            values += columns;
                        }
                    }
                }
            }
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
        return values;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
