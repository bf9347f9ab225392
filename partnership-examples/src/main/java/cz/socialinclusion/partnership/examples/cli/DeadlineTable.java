package cz.socialinclusion.partnership.examples.cli;

import cz.socialinclusion.partnership.rules.Deadline;
import cz.socialinclusion.partnership.rules.DeadlineKind;
import cz.socialinclusion.partnership.rules.DeadlineStatus;
import cz.socialinclusion.partnership.rules.Subject;

import java.io.PrintWriter;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Deadlines as aligned rows of text, with the kinds, statuses and subjects in words of the output language
 * (English, or Czech for {@code --lang cs}) from the bundle {@code cz/socialinclusion/partnership/examples/cli/Messages}.
 */
final class DeadlineTable {

    private static final String BUNDLE = "cz.socialinclusion.partnership.examples.cli.Messages";

    private final Locale locale;
    private final ResourceBundle words;
    private final int kindWidth;
    private final int statusWidth;

    DeadlineTable(Locale locale) {
        this.locale = locale;
        this.words = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        int kinds = 0;
        for (DeadlineKind kind : DeadlineKind.values()) {
            kinds = Math.max(kinds, kind(kind).length());
        }
        int statuses = 0;
        for (DeadlineStatus status : DeadlineStatus.values()) {
            statuses = Math.max(statuses, status(status).length());
        }
        this.kindWidth = kinds;
        this.statusWidth = statuses;
    }

    /** The text of {@code key} in the output language, with {@code arguments} in place of {0}, {1}… */
    String text(String key, Object... arguments) {
        return new MessageFormat(words.getString(key), locale).format(arguments);
    }

    String kind(DeadlineKind kind) {
        return words.getString("kind." + kind.name());
    }

    /** The kind of a deadline in words; a host rule's deadline ({@code OTHER}) by its rule's id. */
    String kind(Deadline deadline) {
        return deadline.kind() == DeadlineKind.OTHER ? deadline.rule().id() : kind(deadline.kind());
    }

    String status(DeadlineStatus status) {
        return words.getString("status." + status.name());
    }

    String subject(Subject subject) {
        return words.getString("subject." + subject.kind().name()) + " " + subject.id();
    }

    /**
     * One row: the due day, the municipality, the kind, the quarter (if any), the status, and the subject
     * when {@code withSubject}. Values from the dossier are escaped.
     */
    void row(PrintWriter out, String indent, Deadline d, String municipality, boolean withSubject) {
        String quarter = d.quarter() == null ? "" : d.quarter().toString();
        String status = withSubject ? pad(status(d.status()), statusWidth) + " " + subject(d.subject()) : status(d.status());
        TerminalText.printf(out, indent + "%s  %-12s %s %-8s %s%n", d.due(), municipality, pad(kind(d), kindWidth),
                quarter, status);
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
