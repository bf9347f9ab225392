package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.fixtures.RandomDossiers;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.YearQuarter;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The registry of rules, the policy's settings, and the one computation of what is due when. */
class RulesRegistryTest {

    private static final LocalDate AS_OF = LocalDate.of(2011, 6, 1);

    @Test
    void theStandardRulesAreTheMethodsNineInTheirStatedOrder() {
        assertThat(Rules.standard().rules()).extracting(r -> r.id().id()).containsExactly("plan-period", "planning-deadline",
                "plan-approval", "quarterly-reporting", "review-cycle", "intervention", "membership", "coverage", "traceability");
        assertThat(Rules.standard().ids()).isEqualTo(Rules.standard().rules().stream().map(Rule::id).toList())
                .containsExactly(RuleId.PLAN_PERIOD, RuleId.PLANNING_DEADLINE, RuleId.PLAN_APPROVAL, RuleId.QUARTERLY_REPORTING,
                        RuleId.REVIEW_CYCLE, RuleId.INTERVENTION, RuleId.MEMBERSHIP, RuleId.COVERAGE, RuleId.TRACEABILITY);
        assertThat(RuleId.ofId("review-cycle")).isSameAs(RuleId.REVIEW_CYCLE);
        assertThatThrownBy(() -> RuleId.ofId("annual-report")).isInstanceOf(InvalidValueException.class)
                .hasMessage("rule 'annual-report' is not a rule id");
        assertThatThrownBy(() -> RuleId.of("Annual report")).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("rule 'Annual report' is not an id");
    }

    @Test
    void aRuleLeftOutFindsNothingAndTheOthersFindTheSame() {
        Dossier cheb = SourcePages.cheb();
        Report all = Rules.standard().evaluate(cheb, AS_OF);
        Report withoutReview = Rules.standard().without(RuleId.REVIEW_CYCLE).evaluate(cheb, AS_OF);
        assertThat(all.of(RuleId.REVIEW_CYCLE)).isNotEmpty();
        assertThat(withoutReview.of(RuleId.REVIEW_CYCLE)).isEmpty();
        assertThat(withoutReview.findings()).isEqualTo(all.findings().stream().filter(f -> !f.rule().equals(RuleId.REVIEW_CYCLE)).toList());
        assertThat(Rules.standard().without(RuleId.INTERVENTION).schedule(cheb, AS_OF, AS_OF.plusYears(2), AS_OF).deadlines())
                .extracting(Deadline::kind).doesNotContain(DeadlineKind.INTERVENTION_END);
    }

    @Test
    void aRuleAddedAgainComesLastAndATwiceRegisteredOrUnknownRuleIsRefused() {
        Rule approval = Rules.standard().rule(RuleId.PLAN_APPROVAL).orElseThrow();
        Rules reordered = Rules.standard().without(RuleId.PLAN_APPROVAL).with(approval);
        assertThat(reordered.ids()).endsWith(RuleId.PLAN_APPROVAL).hasSize(9);
        Rule review = Rules.standard().rule(RuleId.REVIEW_CYCLE).orElseThrow();
        List<Finding> findings = Rules.standard().without(RuleId.REVIEW_CYCLE).with(review).evaluate(SourcePages.cheb(), AS_OF).findings();
        assertThat(findings.get(findings.size() - 1).rule()).isEqualTo(RuleId.REVIEW_CYCLE);
        assertThatThrownBy(() -> Rules.standard().with(approval)).isInstanceOf(InvalidValueException.class)
                .hasMessage("rule plan-approval is already registered");
        assertThatThrownBy(() -> Rules.standard().without(RuleId.of("annual-report"))).isInstanceOf(InvalidValueException.class)
                .hasMessage("rule annual-report is not registered");
    }

    /** A rule that claims the codes of another rule, or reports a code it does not declare. */
    private record Borrowing(boolean declares) implements Rule {
        @Override
        public RuleId id() {
            return RuleId.of("borrowing");
        }

        @Override
        public List<? extends FindingCode> codes() {
            return declares ? List.of(CoverageRule.Code.THEME_NOT_COVERED) : List.of();
        }

        @Override
        public List<Finding> check(RuleContext context) {
            return List.of(Finding.of(MembershipRule.Code.MUNICIPALITY_MISSING,
                    Subject.of(SubjectKind.PARTNERSHIP, context.partnership().id()), null, null, "Cheb"));
        }
    }

    @Test
    void aRuleWithAnotherRulesCodesOrAnUndeclaredCodeIsRefused() {
        assertThatThrownBy(() -> Rules.standard().with(new Borrowing(true))).isInstanceOf(InvalidValueException.class)
                .hasMessage("code coverage.theme-not-covered of rule borrowing belongs to rule coverage");
        Rules rules = Rules.standard().with(new Borrowing(false));
        assertThatThrownBy(() -> rules.evaluate(SourcePages.cheb(), AS_OF)).isInstanceOf(InvalidValueException.class)
                .hasMessage("rule borrowing reported code membership.municipality-missing, which it does not declare");
    }

    /** A code of the right rule whose id does not start with the rule's id. */
    private enum Misnamed implements DefinedCode {
        CODE;

        @Override
        public CodeDefinition definition() {
            return CodeDefinition.of(RuleId.of("misnamed"), this, Severity.INFO);
        }

        @Override
        public String id() {
            return "missing-rules.code";
        }
    }

    @Test
    void aRuleWhoseCodeIdDoesNotStartWithItsIdIsRefused() {
        Rule misnamed = new Rule() {
            @Override
            public RuleId id() {
                return RuleId.of("misnamed");
            }

            @Override
            public List<Misnamed> codes() {
                return List.of(Misnamed.CODE);
            }

            @Override
            public List<Finding> check(RuleContext context) {
                return List.of();
            }
        };
        assertThatThrownBy(() -> Rules.standard().with(misnamed)).isInstanceOf(InvalidValueException.class)
                .hasMessage("code missing-rules.code of rule misnamed does not start with 'misnamed.'");
    }

    @Test
    void thePolicyIsATypedMapOfTheRulesSettingsWithTheirDefaults() {
        assertThat(RulePolicy.DEFAULT.reviewInterval()).isEqualTo(Period.ofMonths(12));
        assertThat(RulePolicy.DEFAULT.get(ReviewCycleRule.REVIEW_INTERVAL)).isEqualTo(Period.ofMonths(12));
        RulePolicy two = RulePolicy.DEFAULT.withReviewInterval(Period.ofYears(2));
        assertThat(two).isEqualTo(RulePolicy.DEFAULT.with(ReviewCycleRule.REVIEW_INTERVAL, Period.ofYears(2)));
        assertThat(two.get(ReviewCycleRule.REVIEW_INTERVAL)).isEqualTo(Period.ofYears(2));
        assertThat(two.planLength()).isEqualTo(Period.ofYears(3));
        assertThat(RulePolicy.DEFAULT.withPlanLength(Period.ofYears(3))).isEqualTo(RulePolicy.DEFAULT)
                .hasSameHashCodeAs(RulePolicy.DEFAULT);
        assertThat(Rules.standard().rules()).flatExtracting(Rule::settings).extracting(Setting::name).containsExactly(
                "planLength", "planningDeadline", "reportingGraceDays", "activeUntil", "reviewInterval", "interventionEndNotice");
        assertThatThrownBy(() -> RulePolicy.DEFAULT.withReviewInterval(Period.ZERO)).isInstanceOf(InvalidValueException.class)
                .hasMessage("reviewInterval P0D must be positive");
        assertThatThrownBy(() -> RulePolicy.DEFAULT.withReportingGraceDays(93)).isInstanceOf(InvalidValueException.class)
                .hasMessage("reportingGraceDays 93 must be from 0 to 92");
        assertThatThrownBy(() -> RulePolicy.DEFAULT.withActiveUntil(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("activeUntil");
    }

    @Test
    void jachymovsNextReviewIsTheDayTheFindingAndTheScheduleGive() {
        StrategicPlan plan = SourcePages.jachymov().plans().get(0);
        assertThat(ReviewCycleRule.nextReviewDue(plan, RulePolicy.DEFAULT, LocalDate.of(2011, 2, 8))).isEmpty();
        assertThat(ReviewCycleRule.nextReviewDue(plan, RulePolicy.DEFAULT, LocalDate.of(2012, 3, 1))).contains(LocalDate.of(2012, 2, 9));
        assertThat(Rules.of(RulePolicy.DEFAULT.withReviewInterval(Period.ofMonths(6))).nextReviewDue(plan, LocalDate.of(2011, 3, 1)))
                .contains(LocalDate.of(2011, 8, 9));
        assertThat(Rules.standard().nextReviewDue(plan, plan.end().plusDays(1))).contains(LocalDate.of(2012, 2, 9));
        assertThat(Rules.of(RulePolicy.DEFAULT.withReviewInterval(Period.ofYears(4))).nextReviewDue(plan, LocalDate.of(2012, 3, 1)))
                .isEmpty();
    }

    @ParameterizedTest(name = "seed {0}, size {1}, {2} years, as of {3}")
    @MethodSource("cz.socialinclusion.partnership.rules.RandomisedRulesTest#dossiers")
    void theFindingsTheScheduleAndNextReviewDueAgreeOnWhatIsDueWhen(long seed, int size, int years, LocalDate asOf) {
        Dossier dossier = RandomDossiers.generate(seed, size, years);
        Report report = Rules.standard().evaluate(dossier, asOf);
        Schedule schedule = Rules.standard().schedule(dossier, LocalDate.of(1990, 1, 1), asOf.plusYears(20), asOf);
        LocalDate founded = dossier.partnership().founded();
        if (founded != null && asOf.isBefore(founded)) {
            assertThat(report.findings()).as("nothing about a day before the founding").isEmpty();
            return;
        }
        for (StrategicPlan plan : dossier.plans()) {
            Optional<LocalDate> next = Rules.standard().nextReviewDue(plan, asOf);
            // the review pending: ahead, overdue or missed, or not recorded; a revision made is late or not recorded when
            List<Finding> found = report.of(RuleId.REVIEW_CYCLE).stream()
                    .filter(f -> f.subject().id().equals(plan.id().value()) && !f.code().equals(ReviewCycleRule.Code.LATE))
                    .toList();
            List<Finding> decided = found.stream().filter(f -> f.severity() != Severity.UNKNOWN).toList();
            Optional<LocalDate> scheduled = schedule.deadlines().stream()
                    .filter(d -> d.kind() == DeadlineKind.PLAN_REVIEW && d.subject().id().equals(plan.id().value())
                            && d.status() != DeadlineStatus.DONE)
                    .map(Deadline::due).findFirst();
            if (next.isPresent()) {
                assertThat(found).as("finding of " + plan.id()).extracting(Finding::due).contains(next.get());
                assertThat(decided).as("finding of " + plan.id()).allSatisfy(f -> assertThat(f.due()).isEqualTo(next.get()));
            } else {
                assertThat(decided).as("finding of " + plan.id()).isEmpty();
            }
            assertThat(scheduled).as("schedule of " + plan.id()).isEqualTo(next);
        }
        Set<YearQuarter> decided = report.of(RuleId.QUARTERLY_REPORTING).stream().filter(f -> f.severity() != Severity.UNKNOWN)
                .map(Finding::quarter).collect(Collectors.toSet());
        Set<YearQuarter> notDone = schedule.deadlines().stream()
                .filter(d -> d.kind() == DeadlineKind.QUARTERLY_MEETING && d.status() != DeadlineStatus.DONE
                        && !d.quarter().atDay(1).isAfter(asOf))
                .map(Deadline::quarter).collect(Collectors.toSet());
        assertThat(notDone).containsAll(decided);
        boolean exact = dossier.recordedUntil() == null && dossier.partnership().workingGroups().stream()
                .allMatch(g -> dossier.partnership().formationOf(g).map(RecordedDate::isExact).orElse(true));
        if (exact) {
            assertThat(decided).isEqualTo(notDone);
        }
        assertThat(schedule.deadlines()).allSatisfy(d -> assertThat(d.rule()).isIn(Rules.standard().ids()));
    }
}
