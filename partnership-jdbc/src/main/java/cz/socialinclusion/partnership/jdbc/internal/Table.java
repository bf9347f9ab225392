package cz.socialinclusion.partnership.jdbc.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * A table's columns, written once as a record: each component is a column of the same name in snake case
 * ({@code leftOn} is {@code left_on}), in the table's order. From it come the text of the {@code INSERT}, the
 * versioned {@code UPDATE} and the {@code SELECT}; a row is written from a record and read into one, each column
 * by its index. A column's Java type is {@code String}, {@code int}, {@code long}, {@code boolean},
 * {@code Integer} or {@code LocalDate}.
 *
 * @param <R> the row record
 */
public final class Table<R extends Record> {

    private final String name;
    private final String[] columns;
    private final Class<?>[] types;
    private final Method[] accessors;
    private final Constructor<R> constructor;
    private final String insert;
    private final String select;

    private Table(String name, Class<R> row) {
        this.name = name;
        RecordComponent[] components = row.getRecordComponents();
        this.columns = new String[components.length];
        this.types = new Class<?>[components.length];
        this.accessors = new Method[components.length];
        for (int i = 0; i < components.length; i++) {
            columns[i] = snakeCase(components[i].getName());
            types[i] = components[i].getType();
            accessors[i] = components[i].getAccessor();
            accessors[i].setAccessible(true);
        }
        try {
            this.constructor = row.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("record " + row + " has no canonical constructor", e);
        }
        constructor.setAccessible(true);
        StringJoiner marks = new StringJoiner(", ");
        for (int i = 0; i < columns.length; i++) {
            marks.add("?");
        }
        this.insert = "INSERT INTO " + name + " (" + String.join(", ", columns) + ") VALUES (" + marks + ")";
        this.select = "SELECT " + String.join(", ", columns) + " FROM " + name;
    }

    /** The table {@code name} whose columns are the components of {@code row}. */
    public static <R extends Record> Table<R> of(String name, Class<R> row) {
        return new Table<>(name, row);
    }

    static String snakeCase(String component) {
        StringBuilder column = new StringBuilder();
        for (char c : component.toCharArray()) {
            if (Character.isUpperCase(c)) {
                column.append('_').append(Character.toLowerCase(c));
            } else {
                column.append(c);
            }
        }
        return column.toString().toLowerCase(Locale.ROOT);
    }

    /** The table's name. */
    public String name() {
        return name;
    }

    /** {@code INSERT INTO name (every column) VALUES (?, …)}. */
    public String insert() {
        return insert;
    }

    /** {@code SELECT every column FROM name}, to which a caller appends its {@code WHERE} and {@code ORDER BY}. */
    public String select() {
        return select;
    }

    /**
     * {@code UPDATE name SET version = version + 1, every other column = ? WHERE id = ? AND version = ?}, for a
     * root table whose first two columns are {@code id} and {@code version}; its values are
     * {@link #updateValues}.
     */
    public String versionedUpdate() {
        if (!columns[0].equals("id") || !columns[1].equals("version")) {
            throw new IllegalStateException(name + " is not a root table: its first columns are not id and version");
        }
        StringJoiner set = new StringJoiner(", ");
        set.add("version = version + 1");
        for (int i = 2; i < columns.length; i++) {
            set.add(columns[i] + " = ?");
        }
        return "UPDATE " + name + " SET " + set + " WHERE id = ? AND version = ?";
    }

    /** The values of {@code row} in column order, for {@link #insert}. */
    public Object[] values(R row) {
        Object[] values = new Object[columns.length];
        for (int i = 0; i < columns.length; i++) {
            values[i] = get(row, i);
        }
        return values;
    }

    /** The values of {@link #versionedUpdate} for {@code row} stored at {@code version}. */
    public Object[] updateValues(R row, long version) {
        Object[] values = new Object[columns.length];
        for (int i = 2; i < columns.length; i++) {
            values[i - 2] = get(row, i);
        }
        values[columns.length - 2] = get(row, 0);
        values[columns.length - 1] = version;
        return values;
    }

    /** Inserts {@code rows} in one batch; nothing is sent for none. */
    public void insert(Connection c, List<R> rows) throws SQLException {
        Statements.Batch batch = new Statements.Batch(insert);
        for (R row : rows) {
            batch.add(values(row));
        }
        batch.execute(c);
    }

    /** Runs {@link #select} followed by {@code where} (a {@code WHERE} and {@code ORDER BY}) and reads every row. */
    public List<R> read(Connection c, String where, Object... params) throws SQLException {
        return Statements.query(c, select + " " + where, this::read, params);
    }

    /** The row at the result set's cursor, read from a {@link #select}: each column by its index. */
    public R read(ResultSet rs) throws SQLException {
        Object[] values = new Object[columns.length];
        for (int i = 0; i < columns.length; i++) {
            int at = i + 1;
            Class<?> type = types[i];
            if (type == String.class) {
                values[i] = rs.getString(at);
            } else if (type == int.class) {
                values[i] = rs.getInt(at);
            } else if (type == long.class) {
                values[i] = rs.getLong(at);
            } else if (type == boolean.class) {
                values[i] = rs.getBoolean(at);
            } else if (type == Integer.class) {
                int value = rs.getInt(at);
                values[i] = rs.wasNull() ? null : value;
            } else if (type == LocalDate.class) {
                values[i] = rs.getObject(at, LocalDate.class);
            } else {
                throw new IllegalStateException("column " + name + "." + columns[i] + " has no reading for " + type);
            }
        }
        try {
            return constructor.newInstance(values);
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("reading a row of " + name, e);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException("reading a row of " + name, e.getCause());
        }
    }

    /** The column names, in order. */
    public List<String> columns() {
        return List.of(columns);
    }

    private Object get(R row, int column) {
        try {
            return accessors[column].invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("reading column " + columns[column] + " of a " + name + " row", e);
        }
    }

    /** Collects the rows of one table, to insert them in one batch. */
    public static final class Rows<R extends Record> {
        private final Table<R> table;
        private final List<R> rows = new ArrayList<>();

        /** No rows of {@code table} yet. */
        public Rows(Table<R> table) {
            this.table = table;
        }

        /** Adds a row. */
        public void add(R row) {
            rows.add(row);
        }

        /** The rows added, in order. */
        public List<R> rows() {
            return rows;
        }

        /** The table the rows go to. */
        public Table<R> table() {
            return table;
        }

        /** The values of {@code row}, one of these rows, in column order. */
        @SuppressWarnings("unchecked")
        public Object[] values(Object row) {
            return table.values((R) row);
        }

        /** Inserts the rows in one batch. */
        public void insert(Connection c) throws SQLException {
            table.insert(c, rows);
        }
    }
}
