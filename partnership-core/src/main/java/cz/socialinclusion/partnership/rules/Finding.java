package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.InvalidValueException;
import cz.socialinclusion.partnership.internal.Checks;
import org.threeten.extra.YearQuarter;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * One thing the rules found: which rule, a code for the exact case (such as
 * {@code "review-cycle.overdue"}), how serious, what it concerns, the quarter and the due date where there
 * are some, and the values the message shows.
 *
 * <p>The message is not stored: {@link #message(Locale)} renders it in English or Czech from the bundle
 * {@code cz/socialinclusion/partnership/rules/Findings}. An argument that the bundle knows as
 * {@code value.<argument>} (a theme, a severity) is shown in the bundle's words.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rule      the rule
 * @param code      the case within the rule; starts with the rule's id and a dot
 * @param severity  error, warning or info
 * @param subject   what it concerns
 * @param quarter   the quarter it concerns, or {@code null}
 * @param due       the day something was or is due, or {@code null}
 * @param arguments the values the message shows, in order
 */
public record Finding(RuleId rule, String code, Severity severity, Subject subject, YearQuarter quarter,
                      LocalDate due, List<String> arguments) {

    private static final String BUNDLE = "cz.socialinclusion.partnership.rules.Findings";

    /**
     * @throws NullPointerException if a required argument is null
     * @throws cz.socialinclusion.partnership.InvalidValueException if the code does not belong to the rule
     */
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(code, "code");
        String id = rule.id();
        if (!(code.length() > id.length() && code.startsWith(id) && code.charAt(id.length()) == '.')) {
            throw new InvalidValueException("code", code, "code '" + code + "' does not start with the rule id " + id);
        }
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subject, "subject");
        arguments = Checks.list("arguments", arguments);
    }

    /** The message in the given language (English unless Czech is asked for). */
    public String message(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control
                .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] values = new Object[arguments.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = lookUp(bundle, "value." + arguments.get(i), arguments.get(i));
        }
        return new MessageFormat(lookUp(bundle, code, code), locale).format(values);
    }

    private static String lookUp(ResourceBundle bundle, String key, String otherwise) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return otherwise;
        }
    }

    /** The message in English. */
    public String message() {
        return message(Locale.ENGLISH);
    }

    @Override
    public String toString() {
        return severity + " " + code + " [" + subject + (quarter == null ? "" : ", " + quarter)
                + (due == null ? "" : ", due " + due) + "] " + message();
    }
}
