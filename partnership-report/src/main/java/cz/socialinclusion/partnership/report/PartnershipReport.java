package cz.socialinclusion.partnership.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.rules.Rules;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A partnership at a glance (přehled lokálního partnerství): one self-contained HTML page of a dossier on a
 * day. One time axis shows the founding, the Agency's intervention and each extension with who decided it and
 * why, the partnership meetings (by whether the quarter's reports were presented: a shape, a colour and a
 * label), each working group's life and meetings, each plan's period, versions and board and council
 * approvals, the deadlines as of the day (met, due, late) and the day itself; dates known only to a month,
 * quarter or year are hatched ranges. Below: the findings by severity, the members by kind and each plan's
 * progress (priorities, goals and measures by their completed action steps).
 *
 * <p>The page needs nothing else: its styles and drawings are inline, it loads no font, script or image, so it
 * opens from disk, can be served by a host as it is, and prints on A4 landscape. Every mark has a title (its
 * tooltip) and an {@code aria-label}, and takes the keyboard's focus; a small inline script repeats the focused
 * mark's label above the axis, and the page works without it.
 *
 * <p>The HTML is written by a Mustache template ({@code report.mustache}, mustache.java): Mustache holds no
 * logic, so everything shown is computed in Java and tested there, and every {@code {{value}}} is HTML-escaped
 * by default, in text and in attribute values alike, so a name such as {@code <script>} is shown as text.
 * mustache.java was chosen over jte (which compiles templates to Java classes with the JDK's compiler or a
 * build plugin) and Thymeleaf (which brings OGNL, AttoParser, unbescape and SLF4J) because it is one small jar
 * with no dependency of its own and escapes by default. The template is compiled once; rendering is
 * thread-safe.
 */
public final class PartnershipReport {

    private static final Mustache TEMPLATE =
            new DefaultMustacheFactory("cz/socialinclusion/partnership/report").compile("report.mustache");

    private PartnershipReport() {
    }

    /**
     * The page of {@code dossier} as of {@code asOf}, its findings and deadlines by {@link Rules#standard()}.
     *
     * @param dossier the dossier
     * @param asOf    the day of the report: later facts are not drawn, deadlines are met, due or late as of it
     * @param locale  the language: Czech ({@code cs}) or English (any other)
     * @return the HTML page
     */
    public static String render(Dossier dossier, LocalDate asOf, Locale locale) {
        return render(Rules.standard(), dossier, asOf, locale);
    }

    /**
     * The page of {@code dossier} as of {@code asOf}, its findings and deadlines by {@code rules} (a host's own
     * rules or policy).
     *
     * @param rules   the rules that give the findings and the deadlines
     * @param dossier the dossier
     * @param asOf    the day of the report
     * @param locale  the language: Czech ({@code cs}) or English (any other)
     * @return the HTML page
     */
    public static String render(Rules rules, Dossier dossier, LocalDate asOf, Locale locale) {
        StringWriter out = new StringWriter();
        try {
            render(rules, dossier, asOf, locale, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes the page of {@code dossier} as of {@code asOf} to {@code out} (flushed, not closed), for a host
     * that streams it as a response.
     *
     * @param rules   the rules that give the findings and the deadlines
     * @param dossier the dossier
     * @param asOf    the day of the report
     * @param locale  the language: Czech ({@code cs}) or English (any other)
     * @param out     where the page goes, as characters (the page declares UTF-8)
     * @throws IOException if {@code out} fails
     */
    public static void render(Rules rules, Dossier dossier, LocalDate asOf, Locale locale, Writer out) throws IOException {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(out, "out");
        Page page = new Page(dossier, asOf, locale, rules);
        try {
            TEMPLATE.execute(out, page);
        } catch (MustacheException e) {
            if (e.getCause() instanceof IOException failure) {
                throw failure;
            }
            throw e;
        }
        out.flush();
    }
}
