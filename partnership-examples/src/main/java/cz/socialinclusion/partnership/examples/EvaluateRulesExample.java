package cz.socialinclusion.partnership.examples;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.Partnership;
import cz.socialinclusion.partnership.member.Member;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import cz.socialinclusion.partnership.rules.Deadline;
import cz.socialinclusion.partnership.rules.Finding;
import cz.socialinclusion.partnership.rules.Report;
import cz.socialinclusion.partnership.rules.Rules;
import cz.socialinclusion.partnership.rules.Schedule;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Shows how to evaluate the method's rules: builds Cheb's partnership ({@link BuildPartnershipExample}),
 * evaluates every rule as of a day with {@link Rules#standard()}, and prints the findings in English or
 * Czech with the deadlines of the following year from {@link Rules#schedule}.
 *
 * <p>Usage: {@code java -jar partnership-examples/target/partnership.jar [DATE] [en|cs]}; the date defaults
 * to 1 July 2012, half a year before Cheb's extended intervention ends.
 */
public final class EvaluateRulesExample {

    /** The day the example evaluates when none is given: half a year before Cheb's intervention ends. */
    public static final LocalDate DEFAULT_DAY = LocalDate.of(2012, 7, 1);

    private EvaluateRulesExample() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        try {
            LocalDate asOf = args.length > 0 ? LocalDate.parse(args[0]) : DEFAULT_DAY;
            Locale locale = args.length > 1 ? Locale.forLanguageTag(args[1]) : Locale.ENGLISH;
            run(BuildPartnershipExample.cheb(), asOf, locale, out);
        } catch (DateTimeParseException e) {
            err.println("partnership: '" + args[0] + "' is not a date like 2012-07-01");
            System.exit(2);
        }
    }

    /** Writes the partnership, its findings as of {@code asOf} and the next year's deadlines to {@code out}. */
    public static void run(Dossier dossier, LocalDate asOf, Locale locale, PrintStream out) {
        Partnership p = dossier.partnership();
        out.printf("%-16s %s%n", "Partnership", p.name());
        out.printf("%-16s %s%n", "Municipality", p.municipality());
        out.printf("%-16s %s%n", "Founded", p.founded() == null ? "-" : p.founded());
        out.printf("%-16s %s%n", "Stage", dossier.stageOn(asOf));
        out.printf("%-16s %d%n", "Members", p.memberships().size());
        for (Member member : p.members()) {
            out.printf("%-16s   %s%n", "", member.displayName());
        }
        for (StrategicPlan plan : dossier.plans()) {
            out.printf("%-16s %s .. %s  %s%n", "Plan", plan.start(), plan.end(), plan.title());
        }
        if (p.intervention() != null) {
            out.printf("%-16s %s%n", "Intervention end", p.intervention().endAsKnownOn(asOf));
        }
        Report report = Rules.standard().evaluate(dossier, asOf);
        out.printf("%nFindings as of %s: %d%n", asOf, report.findings().size());
        for (Finding f : report.findings()) {
            out.printf("  %-7s %-40s %s%n", f.severity(), f.code().id(), f.message(locale));
        }
        Schedule schedule = Rules.standard().schedule(dossier, asOf, asOf.plusYears(1), asOf);
        out.printf("%nDeadlines until %s:%n", schedule.to());
        for (Deadline d : schedule.deadlines()) {
            out.printf("  %s  %-17s %-9s %s%n", d.due(), d.kind(), d.status(), d.subject());
        }
    }
}
