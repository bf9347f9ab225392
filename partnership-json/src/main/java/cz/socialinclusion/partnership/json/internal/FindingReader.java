package cz.socialinclusion.partnership.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.base.IsoDays;
import cz.socialinclusion.partnership.rules.Finding;
import cz.socialinclusion.partnership.rules.FindingCode;
import cz.socialinclusion.partnership.rules.Rules;
import cz.socialinclusion.partnership.rules.Subject;
import org.threeten.extra.YearQuarter;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a finding as {@link FindingWriter} writes it: the code (one of the method's rules), the subject, the
 * quarter and due day where given, and the arguments' texts, read back to their types by the code. The
 * {@code rule} and {@code severity} must be the code's; the {@code message} is not read.
 */
public final class FindingReader extends StdDeserializer<Finding> {

    private static final long serialVersionUID = 1L;

    /** A reader of findings of the method's rules. */
    public FindingReader() {
        super(Finding.class);
    }

    /** A string value parsed as {@code type}; text that does not parse is refused at its path. */
    private static <T> T parsed(JsonParser p, DeserializationContext ctxt, Class<T> type,
                                java.util.function.Function<String, T> parse) throws IOException {
        String text = ctxt.readValue(p, String.class);
        try {
            return parse.apply(text);
        } catch (java.time.DateTimeException e) {
            return type.cast(ctxt.handleWeirdStringValue(type, text, e.getMessage()));
        }
    }

    @Override
    public Finding deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.isExpectedStartObjectToken()) {
            return (Finding) ctxt.handleUnexpectedToken(Finding.class, p);
        }
        String rule = null;
        String code = null;
        String severity = null;
        Subject subject = null;
        YearQuarter quarter = null;
        LocalDate due = null;
        List<String> arguments = null;
        List<String> facts = List.of();
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            switch (name) {
                case "rule" -> rule = ctxt.readValue(p, String.class);
                case "code" -> code = ctxt.readValue(p, String.class);
                case "severity" -> severity = ctxt.readValue(p, String.class);
                case "subject" -> subject = ctxt.readValue(p, Subject.class);
                case "quarter" -> quarter = parsed(p, ctxt, YearQuarter.class, IsoDays::parseQuarter);
                case "due" -> due = parsed(p, ctxt, LocalDate.class, IsoDays::parse);
                case "arguments" -> arguments = texts(p, ctxt);
                case "facts" -> facts = texts(p, ctxt);
                case "message" -> p.skipChildren();
                default -> ctxt.handleUnknownProperty(p, this, Finding.class, name);
            }
        }
        if (code == null || subject == null || arguments == null) {
            return (Finding) ctxt.reportInputMismatch(this, "a finding needs its code, subject and arguments");
        }
        String id = code;
        FindingCode found = Rules.standard().code(id).orElse(null);
        if (found == null) {
            throw InvalidFormatException.from(p, "'" + id + "' is not the code of a finding of the method's rules", id, FindingCode.class);
        }
        if (rule != null && !rule.equals(found.rule().id())) {
            throw InvalidFormatException.from(p, "rule '" + rule + "' is not the rule of code " + id, rule, String.class);
        }
        if (severity != null && !severity.equals(EnumNamingStrategies.KEBAB_CASE.convertEnumToExternalName(found.severity().name()))) {
            throw InvalidFormatException.from(p, "severity '" + severity + "' is not the severity of code " + id, severity, String.class);
        }
        try {
            return Finding.ofTexts(found, subject, quarter, due, arguments).withFacts(facts);
        } catch (InvalidValueException e) {
            Object value = e.getMessage().startsWith("facts") ? facts : arguments;
            InvalidFormatException refused = InvalidFormatException.from(p, e.getMessage(), value, List.class);
            refused.initCause(e);
            throw refused;
        }
    }

    private static List<String> texts(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.isExpectedStartArrayToken()) {
            ctxt.handleUnexpectedToken(List.class, p);
        }
        List<String> texts = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                ctxt.handleUnexpectedToken(String.class, p);
            }
            texts.add(p.getText());
        }
        return texts;
    }
}
