package cz.socialinclusion.partnership.jdbc.internal;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Inserts many rows of one table on PostgreSQL with {@code COPY … FROM STDIN} (text format) on the caller's
 * connection, inside its transaction: the rows are checked by the same constraints and triggers as an
 * {@code INSERT}, and a failure aborts the transaction (or rolls back to the caller's savepoint) like a failing
 * {@code INSERT}. Used by {@link Table#insert(Connection, List)} when the driver is PostgreSQL's and the rows are
 * many; other databases and small inserts take a batched {@code INSERT}.
 */
public final class Copy {

    /** The fewest rows sent with {@code COPY}; fewer go in a batch, which costs less to start. */
    public static final int MIN_ROWS = 200;

    /** Bytes collected before they are sent. */
    private static final int CHUNK = 64 * 1024;

    private static final boolean DRIVER = driverPresent();

    private Copy() {
    }

    private static boolean driverPresent() {
        try {
            Class.forName("org.postgresql.PGConnection", false, Copy.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Whether {@code c} is, or wraps, a PostgreSQL connection (a pool's or a framework's proxy of one). */
    static boolean isAvailable(Connection c) throws SQLException {
        return DRIVER && Postgres.is(c);
    }

    /** Sends {@code rows} of {@code table} with one {@code COPY}. */
    static <R extends Record> void copy(Connection c, Table<R> table, List<R> rows) throws SQLException {
        Postgres.copy(c, "COPY " + table.name() + " (" + String.join(", ", table.columns()) + ") FROM STDIN", out -> {
            for (R row : rows) {
                Object[] values = table.values(row);
                for (int i = 0; i < values.length; i++) {
                    if (i > 0) {
                        out.ascii('\t');
                    }
                    out.value(values[i]);
                }
                out.ascii('\n');
            }
        });
    }

    /** Writes the text of a {@code COPY}. */
    @FunctionalInterface
    interface Body {
        void write(Out out) throws SQLException;
    }

    /** The references to the PostgreSQL driver, loaded only when it is present. */
    private static final class Postgres {

        static boolean is(Connection c) throws SQLException {
            return c.isWrapperFor(PGConnection.class);
        }

        static void copy(Connection c, String sql, Body body) throws SQLException {
            CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            try {
                Out out = new Out(in);
                body.write(out);
                out.flush();
                in.endCopy();
            } catch (SQLException | RuntimeException e) {
                if (in.isActive()) {
                    try {
                        in.cancelCopy();
                    } catch (SQLException suppressed) {
                        e.addSuppressed(suppressed);
                    }
                }
                throw e;
            }
        }
    }

    /** The text of a {@code COPY}, encoded in UTF-8 (the driver's client encoding) and sent in chunks. */
    static final class Out {
        private final CopyIn in;
        private byte[] buffer = new byte[CHUNK + 64];
        private int length;

        private Out(CopyIn in) {
            this.in = in;
        }

        void ascii(char c) throws SQLException {
            if (length == buffer.length) {
                flush();
            }
            buffer[length++] = (byte) c;
        }

        /** A value: {@code \N} for null, {@code t}/{@code f}, digits, an ISO day, or escaped text. */
        void value(Object value) throws SQLException {
            if (value == null) {
                ascii('\\');
                ascii('N');
            } else if (value instanceof String s) {
                text(s);
            } else if (value instanceof Boolean b) {
                ascii(b ? 't' : 'f');
            } else if (value instanceof Integer || value instanceof Long || value instanceof LocalDate) {
                String s = value.toString();
                for (int i = 0; i < s.length(); i++) {
                    ascii(s.charAt(i));
                }
            } else {
                throw new IllegalArgumentException("no COPY text for " + value.getClass());
            }
        }

        /** Text with backslash, tab, line feed and carriage return escaped, as the text format needs. */
        private void text(String s) throws SQLException {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> escaped('\\');
                    case '\t' -> escaped('t');
                    case '\n' -> escaped('n');
                    case '\r' -> escaped('r');
                    default -> {
                        if (c < 0x80) {
                            ascii(c);
                        } else {
                            int end = i + 1;
                            while (end < s.length() && s.charAt(end) >= 0x80) {
                                end++;
                            }
                            bytes(s.substring(i, end).getBytes(StandardCharsets.UTF_8));
                            i = end - 1;
                        }
                    }
                }
            }
        }

        private void escaped(char c) throws SQLException {
            ascii('\\');
            ascii(c);
        }

        private void bytes(byte[] bytes) throws SQLException {
            if (length + bytes.length > buffer.length) {
                flush();
                if (bytes.length > buffer.length) {
                    buffer = Arrays.copyOf(buffer, bytes.length);
                }
            }
            System.arraycopy(bytes, 0, buffer, length, bytes.length);
            length += bytes.length;
        }

        void flush() throws SQLException {
            if (length > 0) {
                in.writeToCopy(buffer, 0, length);
                length = 0;
            }
        }
    }
}
