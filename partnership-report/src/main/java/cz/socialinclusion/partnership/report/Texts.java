package cz.socialinclusion.partnership.report;

import java.text.MessageFormat;
import cz.socialinclusion.partnership.base.RecordedDate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The words of the page in one language ({@code Report.properties}, {@code Report_cs.properties}), and its dates. */
final class Texts {

    private static final String BUNDLE = "cz.socialinclusion.partnership.report.Report";

    private final ResourceBundle bundle;
    private final Locale locale;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter months;

    Texts(Locale locale) {
        // No fallback to the JVM's default locale: English is the base bundle, whatever the machine's language.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.locale = bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(this.locale);
        this.months = DateTimeFormatter.ofPattern("LLLL uuuu", this.locale);
    }

    Locale locale() {
        return locale;
    }

    /** The word under {@code key}; a key the bundle lacks (a constant newer than the bundle) gives {@code otherwise}. */
    String word(String key, String otherwise) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return otherwise;
        }
    }

    String word(String key) {
        return bundle.getString(key);
    }

    /** The pattern under {@code key} with the arguments filled in (MessageFormat, the page's locale). */
    String format(String key, Object... arguments) {
        return new MessageFormat(word(key), locale).format(arguments);
    }

    String date(LocalDate date) {
        return dates.format(date);
    }

    /** A date as precise as the record gives it: a day, "February 2010", "Q3 2010", "by 30 Jun 2011", "date not recorded". */
    String date(RecordedDate date) {
        LocalDate first = date.earliest();
        return switch (date.precision()) {
            case DAY -> date(first);
            case MONTH -> months.format(first);
            case QUARTER -> format("date.quarter", first.get(IsoFields.QUARTER_OF_YEAR), String.valueOf(first.getYear()));
            case HALF_YEAR -> format("date.half", first.getMonthValue() < 7 ? 1 : 2, String.valueOf(first.getYear()));
            case YEAR -> String.valueOf(first.getYear());
            case RANGE -> first == null ? format("date.by", date(date.latest()))
                    : format("date.range", date(first), date(date.latest()));
            case NOT_RECORDED -> word("date.notRecorded");
        };
    }

    /** The words the template reads by name: every key without a dot. */
    Map<String, String> forTemplate() {
        Map<String, String> words = new HashMap<>();
        for (String key : bundle.keySet()) {
            if (key.indexOf('.') < 0) {
                words.put(key, bundle.getString(key));
            }
        }
        return words;
    }
}
