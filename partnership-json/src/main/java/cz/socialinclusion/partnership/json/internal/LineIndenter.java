package cz.socialinclusion.partnership.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import java.io.IOException;
import java.io.Serializable;

/**
 * The canonical form's indentation: a line feed, then two spaces a level (none below level 1). It writes what
 * Jackson's {@code DefaultIndenter("  ", "\n")} writes, as one prepared run of bytes per level (up to
 * {@value #KEPT_LEVELS} levels; deeper ones are written in parts), which the byte generator copies whole, where
 * it encodes that indenter's characters one at a time: indentation is most of what a pretty document holds.
 */
public final class LineIndenter implements DefaultPrettyPrinter.Indenter, Serializable {

    private static final long serialVersionUID = 1L;
    /** How many levels have their line made beforehand: a dossier is about a dozen deep. */
    static final int KEPT_LEVELS = 64;
    private static final SerializedString[] LINES = new SerializedString[KEPT_LEVELS];
    private static final String SPACES;

    static {
        StringBuilder line = new StringBuilder("\n");
        for (int level = 0; level < KEPT_LEVELS; level++) {
            LINES[level] = new SerializedString(line.toString());
            line.append("  ");
        }
        SPACES = line.substring(1);
    }

    /** The one instance: it holds nothing. */
    public static final LineIndenter INSTANCE = new LineIndenter();

    private LineIndenter() {
    }

    @Override
    public void writeIndentation(JsonGenerator g, int level) throws IOException {
        if (level < KEPT_LEVELS) {
            // A level below 0 (a value written inside a host's own output) is a line feed alone, as Jackson's.
            g.writeRaw(LINES[Math.max(level, 0)]);
            return;
        }
        g.writeRaw(LINES[KEPT_LEVELS - 1]);
        for (int left = 2 * (level - KEPT_LEVELS + 1); left > 0; left -= SPACES.length()) {
            g.writeRaw(SPACES, 0, Math.min(left, SPACES.length()));
        }
    }

    @Override
    public boolean isInline() {
        return false;
    }

    private Object readResolve() {
        return INSTANCE;
    }
}
