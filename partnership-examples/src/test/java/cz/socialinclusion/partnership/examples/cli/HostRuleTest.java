package cz.socialinclusion.partnership.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.Partnership;
import cz.socialinclusion.partnership.RulesOfProcedure;
import cz.socialinclusion.partnership.json.PartnershipJson;
import cz.socialinclusion.partnership.rules.ArgumentType;
import cz.socialinclusion.partnership.rules.CodeDefinition;
import cz.socialinclusion.partnership.rules.Deadline;
import cz.socialinclusion.partnership.rules.DeadlineKind;
import cz.socialinclusion.partnership.rules.DeadlineStatus;
import cz.socialinclusion.partnership.rules.DefinedCode;
import cz.socialinclusion.partnership.rules.Finding;
import cz.socialinclusion.partnership.rules.Report;
import cz.socialinclusion.partnership.rules.Rule;
import cz.socialinclusion.partnership.rules.RuleContext;
import cz.socialinclusion.partnership.rules.RuleId;
import cz.socialinclusion.partnership.rules.RulePolicy;
import cz.socialinclusion.partnership.rules.Rules;
import cz.socialinclusion.partnership.rules.Setting;
import cz.socialinclusion.partnership.rules.Severity;
import cz.socialinclusion.partnership.rules.Subject;
import cz.socialinclusion.partnership.rules.SubjectKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A host's own rule, written here as a host would write it and registered without touching the library:
 * evaluated by {@link Rules}, set in the schedule, and run through {@code partnership check --format json}.
 */
class HostRuleTest {

    /**
     * rules-of-procedure: a partnership adopts its rules of procedure (jednací řád) within six months of its
     * founding. Its one deadline is that day; it finds the rules missing once the day has passed.
     */
    static final class RulesOfProcedureRule implements Rule {

        static final RuleId ID = RuleId.of("rules-of-procedure");
        static final Setting<Period> WITHIN = Setting.positivePeriod("rulesOfProcedureWithin", Period.ofMonths(6));

        @Override
        public RuleId id() {
            return ID;
        }

        @Override
        public List<Code> codes() {
            return List.of(Code.values());
        }

        @Override
        public List<Setting<?>> settings() {
            return List.of(WITHIN);
        }

        private static Optional<Deadline> deadline(RuleContext context) {
            Partnership partnership = context.partnership();
            if (partnership.founded() == null) {
                return Optional.empty();
            }
            LocalDate due = RuleContext.plus(partnership.founded(), context.setting(WITHIN));
            RulesOfProcedure adopted = partnership.rulesOfProcedure();
            boolean done = adopted != null && !adopted.adopted().isAfter(context.asOf());
            return Optional.of(new Deadline(due, DeadlineKind.OTHER, Subject.of(SubjectKind.PARTNERSHIP, partnership.id()), null,
                    DeadlineStatus.of(done, due, context.asOf()), ID));
        }

        @Override
        public List<Finding> check(RuleContext context) {
            return deadline(context).filter(d -> d.status() == DeadlineStatus.OVERDUE)
                    .map(d -> List.of(Finding.of(Code.MISSING, d.subject(), null, d.due(),
                            context.partnership().name(), d.due(), context.setting(WITHIN))))
                    .orElse(List.of());
        }

        @Override
        public List<Deadline> deadlines(RuleContext context, LocalDate until) {
            return deadline(context).map(List::of).orElse(List.of());
        }

        enum Code implements DefinedCode {
            MISSING;

            @Override
            public CodeDefinition definition() {
                return CodeDefinition.of(ID, this, Severity.WARNING,
                        ArgumentType.NAME, ArgumentType.DATE, ArgumentType.PERIOD);
            }

            @Override
            public String messages() {
                return "cz.socialinclusion.partnership.examples.cli.RulesOfProcedure";
            }
        }
    }

    private static final LocalDate AS_OF = LocalDate.of(2011, 6, 1);
    private static final Clock CLOCK = Clock.fixed(AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final Locale CZECH = Locale.forLanguageTag("cs");
    private static final Rules WITH_HOST_RULE = Rules.standard().with(new RulesOfProcedureRule());

    @TempDir
    Path dir;
    private Path jachymovFile;
    private Dossier jachymov;

    @BeforeEach
    void readJachymov() throws Exception {
        try (InputStream in = PartnershipJson.class.getResourceAsStream("dossiers/jachymov.json")) {
            byte[] bytes = in.readAllBytes();
            jachymovFile = Files.write(dir.resolve("jachymov.json"), bytes);
            jachymov = PartnershipJson.readDossier(bytes);
        }
    }

    @Test
    void theHostRuleFindsTheMissingRulesOfProcedureAfterTheMethodsRulesInEnglishAndCzech() {
        Report report = WITH_HOST_RULE.evaluate(jachymov, AS_OF);
        assertThat(report.findings().subList(0, report.findings().size() - 1))
                .isEqualTo(Rules.standard().evaluate(jachymov, AS_OF).findings());
        Finding finding = report.findings().get(report.findings().size() - 1);
        assertThat(finding.rule().id()).isEqualTo("rules-of-procedure");
        assertThat(finding.code().id()).isEqualTo("rules-of-procedure.missing");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.due()).isEqualTo(LocalDate.of(2010, 12, 23));
        assertThat(finding.message()).isEqualTo(
                "Lokální partnerství Jáchymov had adopted no rules of procedure by 2010-12-23, 6 months after its founding.");
        assertThat(finding.message(CZECH)).isEqualTo(
                "Lokální partnerství Jáchymov nepřijalo jednací řád do 2010-12-23, tedy do 6 měsíců od svého ustavení.");
        assertThat(report.of(RuleId.of("rules-of-procedure"))).containsExactly(finding);
        assertThat(report.withCode("rules-of-procedure.missing")).containsExactly(finding);
        assertThat(Rules.standard().evaluate(jachymov, AS_OF).findings()).noneMatch(f -> f.rule().equals(RulesOfProcedureRule.ID));
    }

    @Test
    void theHostRulesSettingAndTheAdoptionDecideTheDeadlineAndTheFinding() {
        Rules yearly = WITH_HOST_RULE.withPolicy(RulePolicy.DEFAULT.with(RulesOfProcedureRule.WITHIN, Period.ofYears(1)));
        assertThat(yearly.evaluate(jachymov, AS_OF).findings()).noneMatch(f -> f.rule().equals(RulesOfProcedureRule.ID));
        assertThat(yearly.schedule(jachymov, AS_OF, AS_OF.plusMonths(1), AS_OF).deadlines())
                .filteredOn(d -> d.rule().equals(RulesOfProcedureRule.ID)).singleElement()
                .satisfies(d -> {
                    assertThat(d.due()).isEqualTo(LocalDate.of(2011, 6, 23));
                    assertThat(d.status()).isEqualTo(DeadlineStatus.UPCOMING);
                });
        Partnership adopted = jachymov.partnership().toBuilder()
                .rulesOfProcedure(new RulesOfProcedure(LocalDate.of(2011, 1, 20), null)).build();
        Dossier withRules = jachymov.withPartnership(adopted);
        assertThat(WITH_HOST_RULE.evaluate(withRules, AS_OF).findings()).noneMatch(f -> f.rule().equals(RulesOfProcedureRule.ID));
        assertThat(WITH_HOST_RULE.schedule(withRules, LocalDate.of(2010, 1, 1), AS_OF, AS_OF).deadlines())
                .filteredOn(d -> d.kind() == DeadlineKind.OTHER).extracting(Deadline::status).containsExactly(DeadlineStatus.DONE);
    }

    @Test
    void theScheduleSetsTheHostRulesDeadlineAmongTheMethodsInDateOrder() {
        List<Deadline> deadlines = WITH_HOST_RULE.schedule(jachymov, LocalDate.of(2010, 1, 1), LocalDate.of(2011, 3, 31), AS_OF).deadlines();
        assertThat(deadlines).filteredOn(d -> d.kind() == DeadlineKind.OTHER).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo(RulesOfProcedureRule.ID);
            assertThat(d.due()).isEqualTo(LocalDate.of(2010, 12, 23));
            assertThat(d.status()).isEqualTo(DeadlineStatus.OVERDUE);
        });
        assertThat(deadlines).extracting(Deadline::due).isSorted();
        assertThat(deadlines).hasSize(Rules.standard().schedule(jachymov, LocalDate.of(2010, 1, 1), LocalDate.of(2011, 3, 31), AS_OF)
                .deadlines().size() + 1);
    }

    @Test
    void theHostRulesMessageHasItsArgumentsInEnglishAndCzech() {
        for (Locale locale : List.of(Locale.ROOT, CZECH)) {
            ResourceBundle bundle = ResourceBundle.getBundle(RulesOfProcedureRule.Code.MISSING.messages(), locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            String pattern = bundle.getString("rules-of-procedure.missing");
            for (int i = 0; i < RulesOfProcedureRule.Code.MISSING.arguments().size(); i++) {
                assertThat(pattern).as(locale + " {" + i + "}").contains("{" + i + "}");
            }
            assertThat(pattern).doesNotContain("{3}");
        }
    }

    @Test
    void checkWithTheHostsRulesWritesTheHostRulesFindingAsJson() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PartnershipCli.commandLine(CLOCK, WITH_HOST_RULE, new PrintWriter(out), new PrintWriter(err))
                .execute("check", "--format", "json", "--lang", "cs", jachymovFile.toString());
        assertThat(err.toString()).isEmpty();
        assertThat(exit).isEqualTo(Rules.standard().evaluate(jachymov, AS_OF).hasErrors() ? 1 : 0);
        JsonNode line = PartnershipJson.mapper().readTree(out.toString().lines().findFirst().orElseThrow());
        JsonNode findings = line.get("findings");
        JsonNode last = findings.get(findings.size() - 1);
        assertThat(last.get("rule").asText()).isEqualTo("rules-of-procedure");
        assertThat(last.get("code").asText()).isEqualTo("rules-of-procedure.missing");
        assertThat(last.get("severity").asText()).isEqualTo("warning");
        assertThat(last.get("subject").get("kind").asText()).isEqualTo("partnership");
        assertThat(last.get("due").asText()).isEqualTo("2010-12-23");
        assertThat(last.get("arguments")).extracting(JsonNode::asText)
                .containsExactly("Lokální partnerství Jáchymov", "2010-12-23", "P6M");
        assertThat(last.get("message").asText())
                .isEqualTo("Lokální partnerství Jáchymov nepřijalo jednací řád do 2010-12-23, tedy do 6 měsíců od svého ustavení.");

        StringWriter standard = new StringWriter();
        PartnershipCli.commandLine(CLOCK, new PrintWriter(standard), new PrintWriter(new StringWriter()))
                .execute("check", "--format", "json", jachymovFile.toString());
        assertThat(standard.toString()).doesNotContain("rules-of-procedure");
    }

    @Test
    void scheduleWithTheHostsRulesListsTheHostRulesDeadline() {
        StringWriter out = new StringWriter();
        int exit = PartnershipCli.commandLine(CLOCK, WITH_HOST_RULE, new PrintWriter(out), new PrintWriter(new StringWriter()))
                .execute("schedule", "--from", "2010-12-01", "--to", "2010-12-31", jachymovFile.toString());
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("2010-12-23").contains("rules-of-procedure").contains("overdue");
    }
}
