package cz.socialinclusion.partnership.examples.cli;

import cz.socialinclusion.partnership.rules.Deadline;
import cz.socialinclusion.partnership.rules.DeadlineStatus;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * An iCalendar (RFC 5545) file of deadlines: one all-day event a deadline, CRLF line ends, text escaped and
 * lines folded at 75 octets. The same deadlines give the same file.
 *
 * <p>A deadline the record cannot tell ({@link DeadlineStatus#NOT_RECORDED}: due after the day the dossier is complete
 * to, or met on a day recorded too imprecisely) stays in the calendar on its (earliest possible) due day, marked
 * {@code STATUS:TENTATIVE}, with "not recorded" and the reason in its description, so that a calendar shows it as
 * uncertain rather than dropping it or calling it late.
 */
final class Calendar {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private Calendar() {
    }

    static String of(List<ScheduleCommand.Entry> entries, LocalDate asOf) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//cz.socialinclusion//partnership//EN");
        line(ics, "CALSCALE:GREGORIAN");
        for (ScheduleCommand.Entry e : entries) {
            Deadline d = e.deadline();
            String partnership = e.dossier().partnership().id().value();
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + text(word(d.kind().name()) + "-" + d.subject().id() + "-" + d.due().format(DAY)
                    + "@" + partnership + ".partnership"));
            line(ics, "DTSTAMP:" + asOf.format(DAY) + "T000000Z");
            line(ics, "DTSTART;VALUE=DATE:" + d.due().format(DAY));
            line(ics, "DTEND;VALUE=DATE:" + d.due().plusDays(1).format(DAY));
            line(ics, "SUMMARY:" + text(e.dossier().partnership().municipality() + ": " + summary(d)));
            line(ics, "DESCRIPTION:" + text(e.dossier().partnership().name() + ", " + d.subject() + ", "
                    + word(d.status().name()) + " as of " + asOf
                    + (d.status() == DeadlineStatus.NOT_RECORDED ? " (the record cannot tell whether it was met)" : "")));
            if (d.status() == DeadlineStatus.NOT_RECORDED) {
                line(ics, "STATUS:TENTATIVE");
            }
            line(ics, "CATEGORIES:" + text(word(d.kind().name())));
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private static String summary(Deadline d) {
        return switch (d.kind()) {
            case QUARTERLY_MEETING -> "partnership meeting with the working groups' reports for " + d.quarter();
            case PLAN_REVIEW -> "review of plan " + d.subject().id();
            case PLANNING_DEADLINE -> "strategic plan to be adopted";
            case INTERVENTION_END -> "the Agency's intervention ends";
            case PLAN_PERIOD_END -> "plan " + d.subject().id() + " ends";
            case OTHER -> d.rule().id() + ": " + d.subject();
        };
    }

    private static String word(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * A TEXT value of RFC 5545 (3.3.11): backslash, semicolon and comma escaped with a backslash, a line end
     * (CRLF, LF or a lone CR) written as {@code \n}; tab kept. Every other control character (C0, DEL, C1),
     * which TEXT cannot hold and a calendar program would show or act on, is dropped, and a lone surrogate,
     * which UTF-8 cannot encode, becomes U+FFFD.
     */
    static String text(String value) {
        StringBuilder text = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case ';' -> text.append("\\;");
                case ',' -> text.append("\\,");
                case '\n' -> text.append("\\n");
                case '\r' -> {
                    text.append("\\n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\t' -> text.append(c);
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                        text.append(c).append(value.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        text.append('\uFFFD');
                    } else if (c >= 0x20 && (c < 0x7F || c > 0x9F)) {
                        text.append(c);
                    }
                }
            }
        }
        return text.toString();
    }

    /** Appends a content line folded at 75 octets (never inside a UTF-8 sequence), ending with CRLF. */
    static void line(StringBuilder ics, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                ics.append("\r\n ");
                octets = 1;
            }
            ics.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        ics.append("\r\n");
    }
}
