package cz.socialinclusion.partnership.examples.cli;

import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.Locale;

/** The day and the language a command evaluates the rules in: {@code --as-of} and {@code --lang}. */
final class EvaluationOptions {

    @Option(names = "--as-of", paramLabel = "DATE", description = "The day to evaluate (2011-06-01), between 1900-01-01 and 2200-12-31; default: today.")
    LocalDate asOf;

    @Option(names = "--lang", paramLabel = "en|cs", defaultValue = "en", description = "Language of the findings and words of the text output; default: ${DEFAULT-VALUE}.")
    Locale language;

    /** The day given, or {@code today}. */
    LocalDate dayOr(LocalDate today) {
        return asOf != null ? asOf : today;
    }
}
