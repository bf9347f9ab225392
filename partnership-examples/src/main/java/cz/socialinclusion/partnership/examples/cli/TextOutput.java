package cz.socialinclusion.partnership.examples.cli;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.Partnership;
import cz.socialinclusion.partnership.group.WorkingGroup;
import cz.socialinclusion.partnership.member.Member;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import cz.socialinclusion.partnership.rules.Completeness;
import cz.socialinclusion.partnership.rules.Finding;
import cz.socialinclusion.partnership.rules.Report;
import cz.socialinclusion.partnership.source.Citation;
import cz.socialinclusion.partnership.source.SourceId;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Aligned plain text for people; every value from a dossier is escaped with {@link TerminalText}. */
final class TextOutput {

    private TextOutput() {
    }

    static void partnership(PrintWriter out, Dossier dossier, Locale locale) {
        Partnership p = dossier.partnership();
        boolean cs = Languages.CZECH.equals(locale);
        out.println(TerminalText.escape(p.name()));
        row(out, cs ? "Obec" : "Municipality", p.municipality());
        row(out, cs ? "Ustaveno" : "Founded", p.founded() == null ? "-" : p.founded().toString());
        row(out, cs ? "Členové" : "Members", String.valueOf(p.memberships().size()));
        for (Member member : p.members()) {
            row(out, "", member.displayName());
        }
        row(out, cs ? "Pracovní skupiny" : "Working groups", String.valueOf(p.workingGroups().size()));
        for (WorkingGroup group : p.workingGroups()) {
            row(out, "", group.name() + " (" + group.participants().size() + ")");
        }
        if (dossier.plans().isEmpty()) {
            row(out, cs ? "Plán" : "Plan", "-");
        }
        for (StrategicPlan plan : dossier.plans()) {
            row(out, cs ? "Plán" : "Plan", plan.start() + " .. " + plan.end() + "  " + plan.title());
        }
        row(out, cs ? "Konec intervence" : "Intervention end",
                p.intervention() == null ? "-" : p.intervention().end().toString());
    }

    /** Longest quote printed under a finding, in characters; a longer one ends with an ellipsis. */
    private static final int QUOTE_SHOWN = 100;

    static void findings(PrintWriter out, Dossier dossier, Report report, Locale locale) {
        boolean cs = Languages.CZECH.equals(locale);
        row(out, cs ? "Nálezy" : "Findings", report.findings().size() + (cs ? " k " : " as of ") + report.asOf());
        for (Finding f : report.findings()) {
            TerminalText.printf(out, "  %-7s %-41s %s%n", f.severity(), f.code().id(), f.message(locale));
            sources(out, dossier, f, cs);
        }
    }

    /** Under a finding, each source of the facts it rests on, once, with the first words it is quoted for. */
    private static void sources(PrintWriter out, Dossier dossier, Finding f, boolean cs) {
        Map<SourceId, Citation> first = new LinkedHashMap<>();
        for (Citation citation : f.citations(dossier)) {
            first.putIfAbsent(citation.source(), citation);
        }
        first.forEach((id, citation) -> dossier.source(id).ifPresent(source -> {
            String quote = citation.quote() == null ? "" : " — „" + shortened(citation.quote()) + "“";
            TerminalText.printf(out, "          %s %s%s%s%n", cs ? "zdroj:" : "source:", source.title(),
                    source.address() == null ? "" : " <" + source.address() + ">", quote);
        }));
    }

    private static String shortened(String quote) {
        return quote.codePointCount(0, quote.length()) <= QUOTE_SHOWN ? quote
                : quote.substring(0, quote.offsetByCodePoints(0, QUOTE_SHOWN - 1)) + "…";
    }

    static void completeness(PrintWriter out, Completeness record, Locale locale) {
        boolean cs = Languages.CZECH.equals(locale);
        row(out, cs ? "Úplnost záznamu" : "Completeness", (cs ? "k " : "as of ") + record.asOf());
        record.lacking().forEach((rule, lacking) -> {
            if (lacking.isEmpty()) {
                TerminalText.printf(out, "  %-20s %s%n", rule.id(), cs ? "lze rozhodnout" : "can decide");
            }
            for (Finding f : lacking) {
                TerminalText.printf(out, "  %-20s %s%n", rule.id(), f.message(locale));
            }
        });
    }

    private static void row(PrintWriter out, String label, String value) {
        TerminalText.printf(out, "  %-18s %s%n", label, value);
    }
}
