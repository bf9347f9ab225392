package cz.socialinclusion.partnership.examples.cli;

import java.util.Locale;

/** The languages of the tool's findings: {@code en} and {@code cs}. */
final class Languages {

    static final Locale CZECH = Locale.forLanguageTag("cs");

    private Languages() {
    }

    static Locale parse(String text) {
        return switch (text) {
            case "en" -> Locale.ENGLISH;
            case "cs" -> CZECH;
            default -> throw new picocli.CommandLine.TypeConversionException("'" + text + "' is not a language: use en or cs");
        };
    }
}
