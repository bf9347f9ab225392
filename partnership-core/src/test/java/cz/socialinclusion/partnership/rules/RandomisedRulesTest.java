package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.fixtures.RandomDossiers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Generated partnerships from fixed seeds: the same seeds every run, so a failure names its seed. */
class RandomisedRulesTest {

    private static final long SEED = 0x5EED_2026L;

    static Stream<Arguments> dossiers() {
        Random seeds = new Random(SEED);
        return Stream.generate(() -> {
            long seed = seeds.nextLong();
            int size = 3 + seeds.nextInt(40);
            int years = 1 + seeds.nextInt(10);
            LocalDate asOf = LocalDate.of(2004, 1, 1).plusDays(seeds.nextInt(365 * 22));
            return Arguments.of(seed, size, years, asOf);
        }).limit(300);
    }

    @ParameterizedTest(name = "seed {0}, size {1}, {2} years, as of {3}")
    @MethodSource("dossiers")
    void evaluationNeverThrowsAndIsRepeatable(long seed, int size, int years, LocalDate asOf) {
        Dossier dossier = RandomDossiers.generate(seed, size, years);
        assertThatCode(() -> Rules.standard().evaluate(dossier, asOf)).doesNotThrowAnyException();
        Report first = Rules.standard().evaluate(dossier, asOf);
        Report second = Rules.standard().evaluate(RandomDossiers.generate(seed, size, years), asOf);
        assertThat(second).isEqualTo(first);
        assertThat(first.findings()).isSortedAccordingTo(Comparator.comparing(f -> Rules.standard().ids().indexOf(f.rule())));
        first.findings().forEach(f -> {
            assertThat(f.message(Locale.ENGLISH)).doesNotContain("{");
            assertThat(f.message(Locale.forLanguageTag("cs"))).doesNotContain("{");
        });
    }

    @org.junit.jupiter.api.Test
    void theGeneratedDossiersReachEveryRuleAndSeverity() {
        java.util.Set<String> codes = new java.util.TreeSet<>();
        java.util.Set<Severity> severities = java.util.EnumSet.noneOf(Severity.class);
        dossiers().forEach(a -> {
            Object[] v = a.get();
            Report report = Rules.standard().evaluate(RandomDossiers.generate((Long) v[0], (Integer) v[1], (Integer) v[2]),
                    (LocalDate) v[3]);
            report.findings().forEach(f -> {
                codes.add(f.code().id());
                severities.add(f.severity());
            });
        });
        assertThat(codes.stream().map(c -> c.substring(0, c.indexOf('.'))).distinct())
                .containsExactlyInAnyOrder(Rules.standard().ids().stream().map(RuleId::id).toArray(String[]::new));
        assertThat(severities).containsExactlyInAnyOrder(Severity.values());
        assertThat(codes).hasSizeGreaterThan(20);
    }

    @ParameterizedTest(name = "seed {0}, size {1}, {2} years, as of {3}")
    @MethodSource("dossiers")
    void quarterlyFindingsNeverOutnumberGroupsTimesQuarters(long seed, int size, int years, LocalDate asOf) {
        Dossier dossier = RandomDossiers.generate(seed, size, years);
        List<Finding> quarterly = Rules.standard().evaluate(dossier, asOf).of(RuleId.QUARTERLY_REPORTING);
        long quarters = quarterly.stream().map(Finding::quarter).distinct().count();
        long groups = dossier.partnership().workingGroups().stream().filter(g -> g.isThematic()).count();
        assertThat((long) quarterly.size()).isLessThanOrEqualTo(groups * quarters);
        assertThat(quarterly).allSatisfy(f -> assertThat(f.quarter().atDay(1)).isBeforeOrEqualTo(asOf));
    }

    @ParameterizedTest(name = "seed {0}, size {1}, {2} years, as of {3}")
    @MethodSource("dossiers")
    void scheduleAndProgressNeverThrowAndStayInTheirBounds(long seed, int size, int years, LocalDate asOf) {
        Dossier dossier = RandomDossiers.generate(seed, size, years);
        Schedule schedule = Rules.standard().schedule(dossier, asOf.minusYears(2), asOf.plusYears(2), asOf);
        assertThat(schedule.deadlines()).isSortedAccordingTo(Comparator.comparing(Deadline::due))
                .allSatisfy(d -> assertThat(d.due()).isBetween(asOf.minusYears(2), asOf.plusYears(2)));
        dossier.plans().forEach(plan -> {
            Progress progress = Rules.standard().progress(plan, asOf);
            progress.known().ifPresent(r -> assertThat(r).isBetween(java.math.BigDecimal.ZERO, java.math.BigDecimal.ONE));
        });
    }
}
