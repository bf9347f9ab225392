package cz.socialinclusion.partnership.jdbc.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * A table's columns, written once as a record: each component is a column of the same name in snake case
 * ({@code leftOn} is {@code left_on}), in the table's order. From it come the text of the {@code INSERT}, the
 * versioned {@code UPDATE} and the {@code SELECT}. A row is read by the table's {@link Reader}, the record's
 * constructor called with one {@link Columns} read a component, each column by its index; the reader is checked
 * against the components when the table is made. A column's Java type is {@code String}, {@code int},
 * {@code long}, {@code boolean}, {@code Integer} or {@code LocalDate}.
 *
 * @param <R> the row record
 */
public final class Table<R extends Record> {

    /** Reads one row: the record's constructor with one {@link Columns} read a component, in order. */
    @FunctionalInterface
    public interface Reader<R> {
        /**
         * Reads the row at the cursor.
         *
         * @param in the row's columns, read one after the other
         * @return the row
         * @throws SQLException if the driver fails
         */
        R read(Columns in) throws SQLException;
    }

    /** Takes each row of a query as it is read. */
    @FunctionalInterface
    public interface Each<R> {
        /**
         * Takes a row.
         *
         * @param row the row just read
         * @throws SQLException if the driver fails
         */
        void accept(R row) throws SQLException;
    }

    private final String name;
    private final String[] columns;
    private final Class<?>[] types;
    private final MethodHandle[] getters;
    private final Reader<R> reader;
    private final String insert;
    private final String select;

    private Table(String name, Class<R> row, Reader<R> reader) {
        this.name = name;
        this.reader = reader;
        RecordComponent[] components = row.getRecordComponents();
        this.columns = new String[components.length];
        this.types = new Class<?>[components.length];
        this.getters = new MethodHandle[components.length];
        for (int i = 0; i < components.length; i++) {
            columns[i] = snakeCase(components[i].getName());
            types[i] = components[i].getType();
            Method accessor = components[i].getAccessor();
            accessor.setAccessible(true);
            try {
                getters[i] = MethodHandles.lookup().unreflect(accessor).asType(MethodType.methodType(Object.class, Object.class));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("component " + components[i].getName() + " of " + row + " cannot be read", e);
            }
        }
        Class<?>[] read = Columns.typesRead(reader);
        if (!Arrays.equals(read, types)) {
            throw new IllegalStateException("the reader of " + name + " reads " + Arrays.toString(read) + ", its columns are "
                    + Arrays.toString(types));
        }
        StringJoiner marks = new StringJoiner(", ");
        for (int i = 0; i < columns.length; i++) {
            marks.add("?");
        }
        this.insert = "INSERT INTO " + name + " (" + String.join(", ", columns) + ") VALUES (" + marks + ")";
        this.select = "SELECT " + String.join(", ", columns) + " FROM " + name;
    }

    /**
     * The table {@code name} whose columns are the components of {@code row}.
     *
     * @param name   the table's name
     * @param row    the row record
     * @param reader the record's constructor called with one {@link Columns} read a component, in order
     * @param <R>    the row record
     * @return the table
     * @throws IllegalStateException if the reader does not read the components' types in order
     */
    public static <R extends Record> Table<R> of(String name, Class<R> row, Reader<R> reader) {
        return new Table<>(name, row, reader);
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

    /** {@code SELECT every column FROM name}, to which a caller appends its {@code WHERE}. */
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

    /**
     * Inserts {@code rows}: on PostgreSQL, when there are at least {@link Copy#MIN_ROWS}, with one {@code COPY};
     * otherwise in one batch. Nothing is sent for none.
     */
    public void insert(Connection c, List<R> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        if (rows.size() >= Copy.MIN_ROWS && Copy.isAvailable(c)) {
            Copy.copy(c, this, rows);
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(insert)) {
            for (R row : rows) {
                Statements.bind(ps, values(row));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Runs {@link #select} followed by {@code where} and hands each row to {@code each} as it is read, each column
     * read by its index; no list of rows is kept.
     */
    public void forEach(Connection c, String where, Each<R> each, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(select + " " + where)) {
            Statements.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                Columns in = new Columns(rs);
                while (rs.next()) {
                    in.at = 0;
                    each.accept(reader.read(in));
                }
            }
        }
    }

    /** Every row {@link #select} followed by {@code where} gives, in the order the database gives them. */
    public List<R> read(Connection c, String where, Object... params) throws SQLException {
        List<R> rows = new ArrayList<>();
        forEach(c, where, rows::add, params);
        return rows;
    }

    /** The column names, in order. */
    public List<String> columns() {
        return List.of(columns);
    }

    private Object get(R row, int column) {
        try {
            return getters[column].invokeExact((Object) row);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("reading column " + columns[column] + " of a " + name + " row", e);
        }
    }

    /**
     * The columns of the row at a result set's cursor, read one after the other by index: the first call reads
     * column 1, the next column 2, and so on.
     */
    public static final class Columns {
        private final ResultSet rs;
        private final List<Class<?>> recorded;
        private int at;

        private Columns(ResultSet rs) {
            this.rs = rs;
            this.recorded = null;
        }

        private Columns(List<Class<?>> recorded) {
            this.rs = null;
            this.recorded = recorded;
        }

        /** The types {@code reader} reads, in order, found by running it on no row. */
        static Class<?>[] typesRead(Reader<?> reader) {
            List<Class<?>> recorded = new ArrayList<>();
            try {
                reader.read(new Columns(recorded));
            } catch (SQLException e) {
                throw new IllegalStateException("a reader on no row cannot fail", e);
            }
            return recorded.toArray(Class<?>[]::new);
        }

        private boolean recording(Class<?> type) {
            if (recorded == null) {
                at++;
                return false;
            }
            recorded.add(type);
            return true;
        }

        /** The next column, as text, or {@code null}. */
        public String text() throws SQLException {
            return recording(String.class) ? null : rs.getString(at);
        }

        /** The next column, an integer not null. */
        public int integer() throws SQLException {
            return recording(int.class) ? 0 : rs.getInt(at);
        }

        /** The next column, an integer or {@code null}. */
        public Integer optionalInteger() throws SQLException {
            if (recording(Integer.class)) {
                return null;
            }
            int value = rs.getInt(at);
            return rs.wasNull() ? null : value;
        }

        /** The next column, a boolean, or {@code null}. */
        public Boolean optionalBool() throws SQLException {
            if (recording(Boolean.class)) {
                return null;
            }
            boolean value = rs.getBoolean(at);
            return rs.wasNull() ? null : value;
        }

        /** The next column, a long integer not null. */
        public long longInteger() throws SQLException {
            return recording(long.class) ? 0 : rs.getLong(at);
        }

        /** The next column, a boolean not null. */
        public boolean bool() throws SQLException {
            return !recording(boolean.class) && rs.getBoolean(at);
        }

        /** The next column, a day, or {@code null}. */
        public LocalDate date() throws SQLException {
            return recording(LocalDate.class) ? null : rs.getObject(at, LocalDate.class);
        }
    }

    /** Collects the rows of one table, to insert them in one statement. */
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

        /** Inserts the rows ({@link Table#insert(Connection, List)}). */
        public void insert(Connection c) throws SQLException {
            table.insert(c, rows);
        }
    }
}
