package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A code declared by its definition: how the method's codes are written, and how a host may write its own. */
class DefinedCodeTest {

    private static final RuleId ANNUAL_REPORT = RuleId.of("annual-report");

    /** annual-report: a host's rule that finds, once a year, that the partnership's annual report is due. */
    private record AnnualReportRule(RuleId id) implements Rule {

        @Override
        public List<Code> codes() {
            return List.of(Code.values());
        }

        @Override
        public List<Finding> check(RuleContext context) {
            LocalDate due = LocalDate.of(context.asOf().getYear(), 12, 31);
            return List.of(Finding.of(Code.DUE, Subject.partnership(context.partnership().id()), null, due,
                    context.partnership().name(), due));
        }

        enum Code implements DefinedCode {
            DUE(CodeDefinition.of(ANNUAL_REPORT, "due", Severity.INFO, ArgumentType.NAME, ArgumentType.DATE));

            private final CodeDefinition definition;

            Code(CodeDefinition definition) {
                this.definition = definition;
            }

            @Override
            public CodeDefinition definition() {
                return definition;
            }
        }
    }

    @Test
    void aHostsCodeAnswersFromItsDefinitionAndItsFindingsAreReportedWithIt() {
        AnnualReportRule.Code due = AnnualReportRule.Code.DUE;
        assertThat(due.rule()).isEqualTo(ANNUAL_REPORT);
        assertThat(due.id()).isEqualTo("annual-report.due");
        assertThat(due.severity()).isEqualTo(Severity.INFO);
        assertThat(due.arguments()).containsExactly(ArgumentType.NAME, ArgumentType.DATE);
        assertThat(due.messages()).isEqualTo(FindingCode.STANDARD_MESSAGES);

        Report report = Rules.standard().with(new AnnualReportRule(ANNUAL_REPORT)).evaluate(SourcePages.jachymov(), LocalDate.of(2011, 6, 1));
        assertThat(report.withCode("annual-report.due")).singleElement().satisfies(f -> {
            assertThat(f.code()).isSameAs(due);
            assertThat(f.rule()).isEqualTo(ANNUAL_REPORT);
            assertThat(f.arguments()).containsExactly("Lokální partnerství Jáchymov", LocalDate.of(2011, 12, 31));
        });
    }

    @Test
    void theMethodsCodesAreDefinedCodesNamedByTheirConstantsAndEndWithNotRecorded() {
        for (Rule rule : Rules.standard().rules()) {
            for (FindingCode code : rule.codes()) {
                assertThat(code).isInstanceOf(DefinedCode.class);
                CodeDefinition definition = ((DefinedCode) code).definition();
                assertThat(definition.rule()).isEqualTo(rule.id());
                assertThat(definition.id()).isEqualTo(code.id()).startsWith(rule.id().id() + ".");
                String name = code instanceof Enum<?> constant ? constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                        : NotRecordedCode.CASE;
                assertThat(code.id()).isEqualTo(rule.id().id() + "." + name);
            }
            assertThat(rule.codes().get(rule.codes().size() - 1)).isEqualTo(NotRecordedCode.of(rule.id()))
                    .hasToString(rule.id().id() + ".not-recorded")
                    .satisfies(c -> assertThat(c.severity()).isEqualTo(Severity.UNKNOWN));
        }
        assertThat(ReviewCycleRule.Code.OVERDUE.definition())
                .isEqualTo(new CodeDefinition(RuleId.REVIEW_CYCLE, "review-cycle.overdue", Severity.ERROR,
                        List.of(ArgumentType.PLAN_ID, ArgumentType.DATE, ArgumentType.COUNT)));
    }

    @Test
    void aDefinitionWhoseIdIsNotItsRulesIsRefusedNamingTheId() {
        assertThatThrownBy(() -> new CodeDefinition(RuleId.COVERAGE, "review-cycle.overdue", Severity.ERROR, List.of()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("id");
                    assertThat(e).hasMessage("code 'review-cycle.overdue' does not start with the rule id coverage");
                });
        assertThatThrownBy(() -> CodeDefinition.of(RuleId.COVERAGE, "", Severity.ERROR))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("code 'coverage.' does not start with the rule id coverage");
        assertThatThrownBy(() -> CodeDefinition.of(RuleId.COVERAGE, "theme-not-covered", null))
                .isInstanceOf(NullPointerException.class).hasMessage("severity");
    }
}
