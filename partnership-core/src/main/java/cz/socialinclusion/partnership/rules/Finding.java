package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.source.Citation;
import cz.socialinclusion.partnership.source.FactPaths;
import cz.socialinclusion.partnership.source.Source;
import org.threeten.extra.YearQuarter;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * One thing the rules found: a code for the exact case (such as {@code review-cycle.overdue}), which gives
 * the rule and how serious it is; what it concerns; the quarter and the due date where there are some; and
 * the values the message shows, each of the type the code declares.
 *
 * <p>The message is not stored: {@link #message(Locale)} renders it in English or Czech from the code's
 * bundle. Only an argument whose type is {@link ArgumentType#PERIOD} or a word ({@link ArgumentType#word}) is
 * put in the bundle's words; names, ids, days and counts are shown as they are, whatever their text.
 *
 * <p>A finding names the facts it rests on by their paths in the dossier ({@link #facts()}, such as
 * {@code plans[cheb-spsz-2010].versions[0].adoption}), so that a host can show where they come from:
 * {@link #sources(Dossier)} gives the sources the dossier cites for them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code      the case
 * @param subject   what it concerns
 * @param quarter   the quarter it concerns, or {@code null}
 * @param due       the day something was or is due, or {@code null}
 * @param arguments the values the message shows, in the order and of the types {@link FindingCode#arguments()} declares
 * @param facts     the paths of the facts it rests on, in the dossier's fact syntax ({@link Dossier#facts()}), each once
 */
public record Finding(FindingCode code, Subject subject, YearQuarter quarter, LocalDate due, List<Object> arguments,
                      List<String> facts) {

    /**
     * @param code      the case
     * @param subject   what it concerns
     * @param quarter   the quarter it concerns, or {@code null}
     * @param due       the day something was or is due, or {@code null}
     * @param arguments the values the message shows, in the order and of the types the code declares
     * @param facts     the paths of the facts it rests on, each once
     * @throws NullPointerException  if a required argument or an element of {@code arguments} or {@code facts} is null
     * @throws InvalidValueException if the code's id does not start with its rule's id and a dot, the
     *                               arguments are not as many or not of the types the code declares, or a fact is
     *                               not a well-formed path or is named twice
     */
    public Finding {
        Objects.requireNonNull(code, "code");
        String id = code.rule().id();
        String codeId = code.id();
        if (!(codeId.length() > id.length() && codeId.startsWith(id) && codeId.charAt(id.length()) == '.')) {
            throw new InvalidValueException("code", codeId, "code '" + codeId + "' does not start with the rule id " + id);
        }
        Objects.requireNonNull(code.severity(), "severity");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(arguments, "arguments");
        List<ArgumentType<?>> types = code.arguments();
        if (arguments.size() != types.size()) {
            throw new InvalidValueException("arguments", arguments, "arguments of " + codeId + " are " + arguments.size()
                    + " values, but the code declares " + types.size() + ": " + types);
        }
        List<Object> checked = new ArrayList<>(arguments.size());
        for (int i = 0; i < arguments.size(); i++) {
            Object value = Objects.requireNonNull(arguments.get(i), "arguments[" + i + "]");
            if (!types.get(i).accepts(value)) {
                throw new InvalidValueException("arguments[" + i + "]", value, "arguments[" + i + "] of " + codeId
                        + " is " + value + " (" + value.getClass().getSimpleName() + "), not a " + types.get(i));
            }
            checked.add(value instanceof Integer number ? Long.valueOf(number) : value);
        }
        arguments = List.copyOf(checked);
        facts = checkedFacts(facts);
    }

    /**
     * A finding that names no fact it rests on.
     *
     * @param code      the case
     * @param subject   what it concerns
     * @param quarter   the quarter it concerns, or {@code null}
     * @param due       the day something was or is due, or {@code null}
     * @param arguments the values the message shows, in the order and of the types the code declares
     * @throws NullPointerException  if a required argument or an element of {@code arguments} is null
     * @throws InvalidValueException if the arguments do not match what the code declares
     */
    public Finding(FindingCode code, Subject subject, YearQuarter quarter, LocalDate due, List<Object> arguments) {
        this(code, subject, quarter, due, arguments, List.of());
    }

    private static List<String> checkedFacts(List<String> facts) {
        Objects.requireNonNull(facts, "facts");
        for (int i = 0; i < facts.size(); i++) {
            String fact = Objects.requireNonNull(facts.get(i), "facts[" + i + "]");
            if (!FactPaths.isWellFormed(fact)) {
                throw new InvalidValueException("facts[" + i + "]", fact, "facts[" + i + "] '" + fact
                        + "' is not a path such as partnership.workingGroups[kh-bydleni].formed");
            }
            if (facts.subList(0, i).contains(fact)) {
                throw new InvalidValueException("facts[" + i + "]", fact, "facts[" + i + "] '" + fact + "' is named twice");
            }
        }
        return List.copyOf(facts);
    }

    /**
     * This finding resting on these facts (in place of any it named).
     *
     * @param paths the paths of the facts, each once, such as {@code partnership.meetings}
     * @return a copy naming these facts
     * @throws InvalidValueException if a path is not well formed or is named twice
     */
    public Finding withFacts(String... paths) {
        return new Finding(code, subject, quarter, due, arguments, Arrays.asList(paths));
    }

    /**
     * This finding resting on these facts (in place of any it named).
     *
     * @param paths the paths of the facts, each once
     * @return a copy naming these facts
     * @throws InvalidValueException if a path is not well formed or is named twice
     */
    public Finding withFacts(List<String> paths) {
        return new Finding(code, subject, quarter, due, arguments, paths);
    }

    /**
     * The sources {@code dossier} cites for the facts this finding rests on ({@link #citations(Dossier)}), each once,
     * in the order of the facts.
     *
     * @param dossier the dossier the finding was made on
     * @return the sources, empty where the dossier cites none for these facts
     */
    public List<Source> sources(Dossier dossier) {
        Set<Source> sources = new LinkedHashSet<>();
        for (Citation citation : citations(dossier)) {
            dossier.source(citation.source()).ifPresent(sources::add);
        }
        return List.copyOf(sources);
    }

    /**
     * The citations {@code dossier} gives for the facts this finding rests on, each once, in the order of the facts:
     * for each fact, the citations of the fact itself, of the parts that hold it (a plan's citation covers its
     * versions' dates) and of the facts inside it (a finding on the membership list rests on each member's citation).
     * A fact the record lacks (a plan version's priorities the page does not list) rests on what the record says of
     * the nearest part that holds it: the citations within that part.
     *
     * @param dossier the dossier the finding was made on
     * @return the citations with their quoted words and, for a derived value, how it was derived; empty where the
     *         dossier cites nothing for these facts or the parts that hold them
     */
    public List<Citation> citations(Dossier dossier) {
        Objects.requireNonNull(dossier, "dossier");
        Set<Citation> citations = new LinkedHashSet<>();
        for (String fact : facts) {
            for (String part : FactPaths.coveringPaths(fact)) {
                boolean found = false;
                for (Citation citation : dossier.citations()) {
                    if (citation.covers(part) || FactPaths.covers(part, citation.fact())) {
                        citations.add(citation);
                        found = true;
                    }
                }
                if (found) {
                    break;
                }
            }
        }
        return List.copyOf(citations);
    }

    /**
     * A finding with these arguments.
     *
     * @param code      the case
     * @param subject   what it concerns
     * @param quarter   the quarter it concerns, or {@code null}
     * @param due       the day something was or is due, or {@code null}
     * @param arguments the values the message shows; an {@link Integer} is kept as a {@link Long}
     * @return the finding
     * @throws NullPointerException  if a required argument is null
     * @throws InvalidValueException if the arguments do not match what the code declares
     */
    public static Finding of(FindingCode code, Subject subject, YearQuarter quarter, LocalDate due, Object... arguments) {
        return new Finding(code, subject, quarter, due, Arrays.asList(arguments));
    }

    /**
     * A finding whose arguments are read from their texts ({@link #argumentTexts()}) by the types the code
     * declares: what a reader of JSON findings calls.
     *
     * @param code      the case
     * @param subject   what it concerns
     * @param quarter   the quarter it concerns, or {@code null}
     * @param due       the day something was or is due, or {@code null}
     * @param texts     the arguments' texts, in the order the code declares
     * @return the finding
     * @throws NullPointerException  if a required argument or a text is null
     * @throws InvalidValueException naming {@code arguments[i]} if a text is not of its type, or the texts
     *                               are not as many as the code declares
     */
    public static Finding ofTexts(FindingCode code, Subject subject, YearQuarter quarter, LocalDate due, List<String> texts) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(texts, "arguments");
        List<ArgumentType<?>> types = code.arguments();
        if (texts.size() != types.size()) {
            throw new InvalidValueException("arguments", texts, "arguments of " + code.id() + " are " + texts.size()
                    + " values, but the code declares " + types.size() + ": " + types);
        }
        List<Object> values = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            try {
                values.add(types.get(i).parse(Objects.requireNonNull(texts.get(i), "arguments[" + i + "]")));
            } catch (InvalidValueException e) {
                throw new InvalidValueException("arguments[" + i + "]", texts.get(i),
                        "arguments[" + i + "] of " + code.id() + ": " + e.getMessage());
            }
        }
        return new Finding(code, subject, quarter, due, values);
    }

    /**
     * The rule that found it.
     *
     * @return the code's rule
     */
    public RuleId rule() {
        return code.rule();
    }

    /**
     * How serious it is.
     *
     * @return the code's severity
     */
    public Severity severity() {
        return code.severity();
    }

    /**
     * The arguments as language-neutral text: ISO days and periods, quarters as {@code 2011-Q2}, ids and
     * names as they are, numbers in digits, enum constants by their name.
     *
     * @return one text an argument, in order; {@link #ofTexts} reads them back
     */
    public List<String> argumentTexts() {
        return arguments.stream().map(String::valueOf).toList();
    }

    /**
     * The message in the given language (English unless Czech is asked for).
     *
     * @param locale the language, such as {@code Locale.forLanguageTag("cs")}
     * @return the code's message with the arguments filled in
     */
    public String message(Locale locale) {
        ResourceBundle own = bundle(code.messages(), locale, code.getClass().getClassLoader());
        ResourceBundle standard = code.messages().equals(FindingCode.STANDARD_MESSAGES) ? own
                : bundle(FindingCode.STANDARD_MESSAGES, locale, Finding.class.getClassLoader());
        List<ArgumentType<?>> types = code.arguments();
        Object[] values = new Object[arguments.size()];
        for (int i = 0; i < values.length; i++) {
            Object value = arguments.get(i);
            values[i] = switch (types.get(i).shown()) {
                case PERIOD -> word(own, standard, "period." + value, String.valueOf(value));
                case WORD -> {
                    Enum<?> constant = (Enum<?>) value;
                    yield word(own, standard, "word." + constant.getDeclaringClass().getSimpleName() + "." + constant.name(),
                            ArgumentType.word(constant));
                }
                case AS_IS -> String.valueOf(value);
            };
        }
        String pattern = own == null ? code.id() : lookUp(own, code.id(), code.id());
        return new MessageFormat(pattern, locale).format(values);
    }

    /**
     * The message in English.
     *
     * @return the code's English message with the arguments filled in
     */
    public String message() {
        return message(Locale.ENGLISH);
    }

    private static ResourceBundle bundle(String baseName, Locale locale, ClassLoader loader) {
        try {
            return ResourceBundle.getBundle(baseName, locale, loader == null ? ClassLoader.getSystemClassLoader() : loader,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private static String word(ResourceBundle own, ResourceBundle standard, String key, String otherwise) {
        String word = own == null ? null : lookUp(own, key, null);
        if (word == null && standard != null) {
            word = lookUp(standard, key, null);
        }
        return word == null ? otherwise : word;
    }

    private static String lookUp(ResourceBundle bundle, String key, String otherwise) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return otherwise;
        }
    }

    @Override
    public String toString() {
        return severity() + " " + code.id() + " [" + subject + (quarter == null ? "" : ", " + quarter)
                + (due == null ? "" : ", due " + due) + "] " + message();
    }
}
