package cz.socialinclusion.partnership.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The time axis of the page and the marks on it: where a day falls (one linear scale from the first of January
 * of the first year to the first of January after the last), and the SVG geometry of each mark. Coordinates
 * are written with a dot whatever the page's language.
 */
final class Timeline {

    static final int WIDTH = 1200;
    static final int LEFT = 250;
    static final int RIGHT = 1180;
    static final int TOP = 40;
    static final int ROW = 30;
    private static final double R = 6;

    /** How a mark is drawn: a shape centred on its day, or a bar from one day to another. */
    enum Shape { CIRCLE, RING, DIAMOND, SQUARE, TRIANGLE, CROSS, PENTAGON, HEXAGON, BAR, RANGE }

    /** A rectangle, its numbers as SVG attribute texts. */
    record Box(String x, String y, String width, String height) {
    }

    /** A short text drawn beside a mark (a letter, a version number) so that no mark is told by colour alone. */
    record Label(String x, String y, String text, String anchor) {
    }

    /** One mark: the {@code id} a host or a test finds it by, its CSS classes, what it is (title and aria-label). */
    record Mark(String id, String css, String label, Box box, String path, Label symbol) {
    }

    /**
     * One row of the axis: its name (shortened to fit; the full name in its title), its marks, and a note where
     * the row has nothing to draw because the dossier does not record it ({@code null} otherwise).
     */
    record Row(String name, String fullName, String textY, String bandY, String bandHeight, boolean odd, List<Mark> marks,
               String note, String noteX) {
    }

    /** A year's tick: its line and its label. */
    record Tick(String x, String label) {
    }

    private final LocalDate start;
    private final LocalDate end;
    private final long days;
    private final List<Row> rows = new ArrayList<>();

    /** An axis covering {@code first} to {@code last}, widened to whole years. */
    Timeline(LocalDate first, LocalDate last) {
        this.start = LocalDate.of(first.getYear(), 1, 1);
        this.end = LocalDate.of(last.getYear() + 1, 1, 1);
        this.days = ChronoUnit.DAYS.between(start, end);
    }

    LocalDate start() {
        return start;
    }

    LocalDate end() {
        return end;
    }

    /** The x of the beginning of {@code day}; days outside the axis are held at its ends. */
    double x(LocalDate day) {
        long d = Math.max(0, Math.min(days, ChronoUnit.DAYS.between(start, day)));
        return LEFT + (RIGHT - LEFT) * (double) d / days;
    }

    static String n(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    List<Tick> ticks() {
        List<Tick> ticks = new ArrayList<>();
        for (LocalDate y = start; !y.isAfter(end); y = y.plusYears(1)) {
            ticks.add(new Tick(n(x(y)), String.valueOf(y.getYear())));
        }
        return ticks;
    }

    /** The y of the middle of row {@code index}. */
    static double rowY(int index) {
        return TOP + ROW * index + ROW / 2.0;
    }

    /** The height of the drawing with {@code rowCount} rows: the rows, and the year labels below. */
    static int height(int rowCount) {
        return TOP + ROW * rowCount + 30;
    }

    /** Adds a row; its marks are made by {@link #mark} and {@link #bar} with the row's index. */
    void row(String name, List<Mark> marks) {
        row(name, marks, null);
    }

    /** Adds a row with a note, drawn when it has no mark (what the dossier does not record). */
    void row(String name, List<Mark> marks, String note) {
        int index = rows.size();
        String shown = name.length() > 34 ? name.substring(0, 33).strip() + "…" : name;
        rows.add(new Row(shown, name, n(rowY(index) + 4), n(rowY(index) - ROW / 2.0), String.valueOf(ROW), index % 2 == 1,
                List.copyOf(marks), marks.isEmpty() ? note : null, n(LEFT + 6.0)));
    }

    int nextRow() {
        return rows.size();
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    /**
     * A mark for something that happened between {@code earliest} and {@code latest} (the same day when the date
     * is exact): a shape centred on the day, or a hatched bar over the days it may have been.
     */
    Mark mark(String id, String css, String label, int row, LocalDate earliest, LocalDate latest, Shape shape, String symbol) {
        return mark(id, css, label, row, earliest, latest, shape, symbol, true);
    }

    /** A mark as {@link #mark(String, String, String, int, LocalDate, LocalDate, Shape, String)}, its symbol after or before it. */
    Mark mark(String id, String css, String label, int row, LocalDate earliest, LocalDate latest, Shape shape, String symbol,
              boolean symbolAfter) {
        double y = rowY(row);
        if (!earliest.equals(latest)) {
            double x1 = x(earliest);
            double x2 = x(latest);
            Box box = new Box(n(x1), n(y - R), n(Math.max(x2 - x1, 1)), n(2 * R));
            return new Mark(id, css + " range", label, box, null, symbol(x2 + 3, y, symbol, "start"));
        }
        double cx = x(earliest);
        return new Mark(id, css + " " + shape.name().toLowerCase(Locale.ROOT), label, null, path(shape, cx, y),
                symbolAfter ? symbol(cx + R + 2, y, symbol, "start") : symbol(cx - R - 2, y, symbol, "end"));
    }

    /** A bar from the beginning of {@code from} to the beginning of {@code to}, thinner than the marks. */
    Mark bar(String id, String css, String label, int row, LocalDate from, LocalDate to, String symbol) {
        double y = rowY(row);
        double x1 = x(from);
        double x2 = x(to);
        Box box = new Box(n(x1), n(y - R / 2), n(Math.max(x2 - x1, 1)), n(R));
        return new Mark(id, css + " bar", label, box, null, symbol(x1 + 2, y - R / 2 - 3, symbol, "start"));
    }

    /** A mark drawn alone for the legend, in a box 40 wide and 20 high. */
    static Mark legendMark(String css, Shape shape, String symbol) {
        if (shape == Shape.RANGE || shape == Shape.BAR) {
            String kind = shape == Shape.RANGE ? " range" : " bar";
            return new Mark(null, css + kind, null, new Box(n(2), n(10 - R), n(24), n(2 * R)), null, null);
        }
        return new Mark(null, css + " " + shape.name().toLowerCase(Locale.ROOT), null, null, path(shape, 12, 10),
                symbol(12 + R + 2, 10, symbol, "start"));
    }

    private static Label symbol(double x, double y, String text, String anchor) {
        return text == null ? null : new Label(n(x), n(y + 4), text, anchor);
    }

    private static String path(Shape shape, double cx, double cy) {
        return switch (shape) {
            case CIRCLE, RING -> "M" + n(cx - R) + " " + n(cy) + " a" + n(R) + " " + n(R) + " 0 1 0 " + n(2 * R)
                    + " 0 a" + n(R) + " " + n(R) + " 0 1 0 " + n(-2 * R) + " 0 Z";
            case DIAMOND -> "M" + n(cx) + " " + n(cy - R - 1) + " L" + n(cx + R + 1) + " " + n(cy) + " L" + n(cx) + " "
                    + n(cy + R + 1) + " L" + n(cx - R - 1) + " " + n(cy) + " Z";
            case SQUARE -> "M" + n(cx - R) + " " + n(cy - R) + " h" + n(2 * R) + " v" + n(2 * R) + " h" + n(-2 * R) + " Z";
            case TRIANGLE -> "M" + n(cx) + " " + n(cy - R) + " L" + n(cx + R) + " " + n(cy + R) + " L" + n(cx - R) + " "
                    + n(cy + R) + " Z";
            case PENTAGON -> "M" + n(cx) + " " + n(cy - R) + " L" + n(cx + R) + " " + n(cy - R * 0.2) + " L" + n(cx + R * 0.6)
                    + " " + n(cy + R) + " L" + n(cx - R * 0.6) + " " + n(cy + R) + " L" + n(cx - R) + " " + n(cy - R * 0.2) + " Z";
            case HEXAGON -> "M" + n(cx - R) + " " + n(cy) + " L" + n(cx - R / 2) + " " + n(cy - R) + " L" + n(cx + R / 2) + " "
                    + n(cy - R) + " L" + n(cx + R) + " " + n(cy) + " L" + n(cx + R / 2) + " " + n(cy + R) + " L" + n(cx - R / 2)
                    + " " + n(cy + R) + " Z";
            case CROSS -> "M" + n(cx - R) + " " + n(cy - R) + " L" + n(cx + R) + " " + n(cy + R) + " M" + n(cx + R) + " "
                    + n(cy - R) + " L" + n(cx - R) + " " + n(cy + R);
            case BAR, RANGE -> throw new IllegalArgumentException(shape + " is drawn as a box");
        };
    }
}
