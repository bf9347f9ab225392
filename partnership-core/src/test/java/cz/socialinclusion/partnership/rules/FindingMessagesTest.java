package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.fixtures.RandomDossiers;
import cz.socialinclusion.partnership.group.Theme;
import cz.socialinclusion.partnership.group.WorkingGroupId;
import cz.socialinclusion.partnership.plan.PlanId;
import cz.socialinclusion.partnership.project.ProjectId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every code of every registered rule has its message in English and Czech, with the arguments it declares. */
class FindingMessagesTest {

    private static final Locale CZECH = Locale.forLanguageTag("cs");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");

    private static ResourceBundle bundle(FindingCode code, Locale locale) {
        return ResourceBundle.getBundle(code.messages(), locale, code.getClass().getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The indices of the placeholders of a pattern, each once. */
    private static Set<Integer> placeholders(String pattern) {
        Set<Integer> indices = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            indices.add(Integer.valueOf(m.group(1)));
        }
        return indices;
    }

    @Test
    void everyCodeOfEveryStandardRuleHasAnEnglishAndACzechMessageUsingExactlyItsArguments() {
        List<String> checked = new ArrayList<>();
        for (Rule rule : Rules.standard().rules()) {
            assertThat(rule.codes()).as(rule.id().id()).isNotEmpty();
            for (FindingCode code : rule.codes()) {
                assertThat(code.rule()).isEqualTo(rule.id());
                assertThat(code.id()).startsWith(rule.id().id() + ".");
                Set<Integer> expected = new TreeSet<>();
                for (int i = 0; i < code.arguments().size(); i++) {
                    expected.add(i);
                }
                for (Locale locale : List.of(Locale.ROOT, CZECH)) {
                    ResourceBundle bundle = bundle(code, locale);
                    assertThat(bundle.getLocale()).as(code.id()).isEqualTo(locale);
                    assertThat(bundle.keySet()).as(locale + " " + code.id()).contains(code.id());
                    assertThat(placeholders(bundle.getString(code.id()))).as(locale + " " + code.id()).isEqualTo(expected);
                }
                checked.add(code.id());
            }
        }
        assertThat(checked).hasSize(36).doesNotHaveDuplicates();
    }

    @Test
    void theBundlesHoldNoMessageForACodeNoRuleHasAndTheSameKeysInBothLanguages() {
        Set<String> codes = new TreeSet<>();
        Rules.standard().rules().forEach(r -> r.codes().forEach(c -> codes.add(c.id())));
        ResourceBundle english = ResourceBundle.getBundle(FindingCode.STANDARD_MESSAGES, Locale.ROOT);
        ResourceBundle czech = bundle(TraceabilityRule.Code.PROJECT_WITHOUT_MEASURE, CZECH);
        assertThat(new TreeSet<>(czech.keySet())).isEqualTo(new TreeSet<>(english.keySet()));
        for (String key : english.keySet()) {
            assertThat(codes.contains(key) || key.startsWith("period.") || key.startsWith("word.Theme."))
                    .as(key).isTrue();
        }
    }

    @Test
    void aNameThatLooksLikeAWordKeyIsShownAsItIsAndOnlyPeriodsAndEnumWordsAreTranslated() {
        Subject project = Subject.of(SubjectKind.PROJECT, ProjectId.of("p-1"));
        Finding named = Finding.of(TraceabilityRule.Code.PROJECT_WITHOUT_MEASURE, project, null, null, "P3Y");
        assertThat(named.message()).isEqualTo("Project P3Y implements no measure of a plan.");
        Finding housing = Finding.of(TraceabilityRule.Code.PROJECT_WITHOUT_MEASURE, project, null, null, "HOUSING");
        assertThat(housing.message(CZECH)).isEqualTo("Projekt HOUSING nenaplňuje žádné opatření plánu.");

        Finding theme = Finding.of(CoverageRule.Code.THEME_NOT_COVERED, Subject.of(SubjectKind.WORKING_GROUP,
                WorkingGroupId.of("ps-bydleni")), null, null, "Pracovní skupina Bydlení", Theme.HOUSING, PlanId.of("spsz"));
        assertThat(theme.message()).isEqualTo(
                "The theme housing of working group Pracovní skupina Bydlení is addressed by no priority of plan spsz.");
        assertThat(theme.message(CZECH)).isEqualTo(
                "Oblast bydlení pracovní skupiny Pracovní skupina Bydlení neřeší žádná priorita plánu spsz.");
        assertThat(theme.argumentTexts()).containsExactly("Pracovní skupina Bydlení", "HOUSING", "spsz");

        Finding period = Finding.of(PlanPeriodRule.Code.LENGTH, Subject.of(SubjectKind.PLAN, PlanId.of("spsz")), null, null,
                PlanId.of("spsz"), Period.ofYears(4), Period.ofYears(3));
        assertThat(period.message(CZECH)).isEqualTo("Plán spsz pokrývá P4Y; plánovací období je tři roky.");
    }

    @Test
    void everyFindingOfTheGeneratedDossiersReadsBackFromItsArgumentTexts() {
        List<Finding> findings = new ArrayList<>();
        RandomisedRulesTest.dossiers().limit(40).forEach(a -> {
            Object[] v = a.get();
            findings.addAll(Rules.standard().evaluate(RandomDossiers.generate((Long) v[0], (Integer) v[1], (Integer) v[2]),
                    (LocalDate) v[3]).findings());
        });
        assertThat(findings).extracting(f -> f.code().id()).contains("coverage.theme-not-covered", "plan-period.length",
                "quarterly-reporting.meeting-missing", "traceability.project-unknown-measure");
        for (Finding f : findings) {
            assertThat(Finding.ofTexts(f.code(), f.subject(), f.quarter(), f.due(), f.argumentTexts()).withFacts(f.facts())).isEqualTo(f);
        }
        Subject plan = Subject.plan(PlanId.of("spsz"));
        assertThatThrownBy(() -> Finding.ofTexts(ReviewCycleRule.Code.OVERDUE, plan, null, null, List.of("spsz", "2012-02-30", "1")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("arguments[1] of review-cycle.overdue: '2012-02-30' is not a date");
        assertThatThrownBy(() -> Finding.ofTexts(CoverageRule.Code.THEME_NOT_COVERED, plan, null, null, List.of("Bydlení", "housing", "spsz")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("arguments[1] of coverage.theme-not-covered: 'housing' is not a Theme");
    }

    @Test
    void argumentsThatAreNotWhatTheCodeDeclaresAreRefusedNamingThePosition() {
        Subject plan = Subject.of(SubjectKind.PLAN, PlanId.of("spsz"));
        assertThatThrownBy(() -> Finding.of(ReviewCycleRule.Code.NEXT, plan, null, null, "spsz", LocalDate.of(2012, 2, 9), 1L))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("arguments[0] of review-cycle.next is spsz (String), not a plan id");
        assertThatThrownBy(() -> Finding.of(ReviewCycleRule.Code.NEXT, plan, null, null, PlanId.of("spsz"), LocalDate.of(2012, 2, 9)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("arguments of review-cycle.next are 2 values, but the code declares 3");
        Finding next = Finding.of(ReviewCycleRule.Code.NEXT, plan, null, null, PlanId.of("spsz"), LocalDate.of(2012, 2, 9), 30);
        assertThat(next.arguments()).containsExactly(PlanId.of("spsz"), LocalDate.of(2012, 2, 9), 30L);
        assertThat(next.rule()).isEqualTo(RuleId.REVIEW_CYCLE);
        assertThat(next.severity()).isEqualTo(Severity.INFO);
        assertThat(next.message()).isEqualTo("Plan spsz is due for review by 2012-02-09: 30 days left.");
    }
}
