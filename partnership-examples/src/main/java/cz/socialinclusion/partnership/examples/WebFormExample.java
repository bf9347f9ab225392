package cz.socialinclusion.partnership.examples;

import cz.socialinclusion.partnership.member.Ico;
import cz.socialinclusion.partnership.member.LegalForm;
import cz.socialinclusion.partnership.member.MemberId;
import cz.socialinclusion.partnership.member.Organisation;
import cz.socialinclusion.partnership.member.OrganisationKind;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import java.io.PrintStream;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A host with a web form: someone types in a new member organisation of a partnership, and the host wants
 * every mistake at once, each next to its field, in Czech or English, before it builds any model object
 * (building one would stop at the first mistake with an {@code InvalidValueException}).
 *
 * <p>The host brings Hibernate Validator, configured with {@link ParameterMessageInterpolator} (no
 * Expression Language on the class path), and asks it to check the arguments it would pass to the
 * constructors: {@code validator.forExecutables().validateConstructorParameters(constructor, args)}. The
 * constraints sit on the constructors' parameters, with the library's messages in English and Czech; each
 * violation's path ends with the parameter's name ({@code Organisation.facilities[1].<list element>}).
 *
 * <p>Usage: {@code java -cp partnership-examples/target/partnership.jar
 * cz.socialinclusion.partnership.examples.WebFormExample [en|cs]}.
 */
public final class WebFormExample {

    private static final Locale CS = Locale.forLanguageTag("cs");

    private WebFormExample() {
    }

    /**
     * What the form posted: text as typed, and the kind chosen in a select box ({@code null} if none was).
     *
     * @param name       the organisation's name
     * @param kind       the kind chosen, or {@code null}
     * @param ico        the IČO as typed; blank when not known
     * @param facilities the facilities, one per text box
     */
    public record OrganisationForm(String name, OrganisationKind kind, String ico, List<String> facilities) {
    }

    /**
     * One mistake on the form.
     *
     * @param field   the form's field, such as {@code "facilities[1]"}
     * @param message what is wrong, in the language asked for
     */
    public record FieldError(String field, String message) {
    }

    /**
     * The host's validators, one per language, from one factory. Hibernate Validator resolves each message in
     * its interpolator's default locale, so each language's validator has an interpolator of its own.
     */
    private static final class Validators {
        private final ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(interpolatorIn(Locale.ENGLISH)).buildValidatorFactory();
        private final Validator english = factory.getValidator();
        private final Validator czech = factory.usingContext().messageInterpolator(interpolatorIn(CS)).getValidator();

        /** The validator in Czech for a Czech locale, else in English. */
        Validator in(Locale locale) {
            return CS.getLanguage().equals(locale.getLanguage()) ? czech : english;
        }

        private static ParameterMessageInterpolator interpolatorIn(Locale locale) {
            return new ParameterMessageInterpolator(Set.of(Locale.ENGLISH, CS), locale, false);
        }
    }

    private static final Validators VALIDATORS = new Validators();

    /**
     * Every mistake on the form, in the order of its fields; empty when {@link #build} will succeed.
     *
     * @param form   what was posted
     * @param locale the language of the messages, English or Czech
     * @return the mistakes, each with its field
     */
    public static List<FieldError> check(OrganisationForm form, Locale locale) {
        Validator validator = VALIDATORS.in(locale);
        List<ConstraintViolation<?>> violations = new ArrayList<>();
        if (!isBlank(form.ico())) {
            violations.addAll(validator.forExecutables()
                    .validateConstructorParameters(constructor(Ico.class, String.class), new Object[] {icoDigits(form.ico())}));
        }
        // The host gives the id itself; the IČO was checked above, as text.
        violations.addAll(validator.forExecutables().validateConstructorParameters(
                constructor(Organisation.class, MemberId.class, String.class, OrganisationKind.class,
                        LegalForm.class, Ico.class, List.class),
                new Object[] {MemberId.of("new-member"), form.name(), form.kind(), null, null, form.facilities()}));
        List<String> order = List.of("name", "kind", "ico", "facilities");
        return violations.stream()
                .map(v -> new FieldError(field(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing((FieldError e) -> order.indexOf(e.field().replaceAll("\\[.*", "")))
                        .thenComparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
    }

    /**
     * The organisation the form describes, once {@link #check} finds no mistake.
     *
     * @param form what was posted
     * @param id   the id the host gives the new member
     * @return the new member
     */
    public static Organisation build(OrganisationForm form, MemberId id) {
        return new Organisation(id, form.name(), form.kind(), null,
                isBlank(form.ico()) ? null : new Ico(icoDigits(form.ico())), form.facilities());
    }

    /**
     * The form's field of a violation: the constructor parameter's name, with the list index where the
     * violation is about one element; a violation of the IČO's own constructor is the form's {@code ico}.
     */
    private static String field(Path path) {
        StringBuilder field = new StringBuilder();
        String constructor = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.CONSTRUCTOR) {
                constructor = node.getName();
            } else if (node.getKind() == ElementKind.PARAMETER) {
                field.append("Ico".equals(constructor) ? "ico" : node.getName());
            } else if (node.getKind() == ElementKind.CONTAINER_ELEMENT && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static <T> Constructor<T> constructor(Class<T> type, Class<?>... parameters) {
        try {
            return type.getConstructor(parameters);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("no public constructor " + type.getSimpleName() + List.of(parameters), e);
        }
    }

    /** The IČO as typed, without the spaces people put in it ({@code "257 55 277"}). */
    private static String icoDigits(String typed) {
        return typed.replace(" ", "");
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * Checks a form with three mistakes and a corrected one, and writes what the host would show.
     *
     * @param locale the language of the messages
     * @param out    where to write
     */
    public static void run(Locale locale, PrintStream out) {
        OrganisationForm posted = new OrganisationForm(" ", OrganisationKind.NGO, "25755278",
                List.of("Nízkoprahový klub Kadaň", ""));
        out.println("Posted: " + posted);
        for (FieldError error : check(posted, locale)) {
            out.printf("  %-14s %s%n", error.field(), error.message());
        }
        OrganisationForm corrected = new OrganisationForm("Člověk v tísni, o.p.s.", OrganisationKind.NGO, "25755277",
                List.of("Nízkoprahový klub Kadaň"));
        List<FieldError> none = check(corrected, locale);
        out.println("Corrected: " + (none.isEmpty() ? build(corrected, MemberId.of("kadan-cvt")) : none));
    }

    /**
     * Runs the example.
     *
     * @param args the language, {@code en} (the default) or {@code cs}
     */
    public static void main(String[] args) {
        run(args.length > 0 ? Locale.forLanguageTag(args[0]) : Locale.ENGLISH,
                new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }
}
