package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.base.PartnershipId;
import cz.socialinclusion.partnership.internal.Checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the record of a partnership lacks for its rules to decide on a day (úplnost záznamu): for each rule, in
 * the order of the registry, its {@code <rule>.not-recorded} findings, each naming a fact that is not recorded,
 * recorded too imprecisely, or falls after the day up to which the dossier is complete. A rule with none can
 * decide everything it looks at on that day.
 *
 * <p>Immutable and thread-safe.
 *
 * @param partnership the partnership evaluated
 * @param asOf        the day of evaluation
 * @param lacking     for every rule evaluated, in registry order, its not-recorded findings (none where it can decide)
 */
public record Completeness(PartnershipId partnership, LocalDate asOf, Map<RuleId, List<Finding>> lacking) {

    /**
     * @param partnership the partnership evaluated
     * @param asOf        the day of evaluation
     * @param lacking     for every rule evaluated, in registry order, its not-recorded findings
     * @throws NullPointerException if an argument, a rule id or a finding is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if a finding is not of severity
     *         {@link Severity#UNKNOWN} or not of the rule it is listed under
     */
    public Completeness {
        Objects.requireNonNull(partnership, "partnership");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(lacking, "lacking");
        Map<RuleId, List<Finding>> copy = new LinkedHashMap<>();
        lacking.forEach((rule, findings) -> {
            String at = "lacking[" + Objects.requireNonNull(rule, "lacking.rule") + "]";
            List<Finding> checked = Checks.list(at, findings);
            for (Finding finding : checked) {
                if (finding.severity() != Severity.UNKNOWN || !finding.rule().equals(rule)) {
                    throw new InvalidValueException(at, finding.code().id(),
                            at + " holds " + finding.code().id() + ", which is not a not-recorded finding of rule " + rule);
                }
            }
            copy.put(rule, checked);
        });
        lacking = Collections.unmodifiableMap(copy);
    }

    /**
     * What the record lacks for the report's rules: its {@link Severity#UNKNOWN} findings grouped by rule, every
     * rule of {@code rules} listed.
     *
     * @param rules  the rules evaluated, in registry order
     * @param report their report
     * @return the completeness of the record on the report's day
     * @throws NullPointerException if an argument is null
     */
    static Completeness of(List<RuleId> rules, Report report) {
        Map<RuleId, List<Finding>> lacking = new LinkedHashMap<>();
        for (RuleId rule : rules) {
            lacking.put(rule, new ArrayList<>());
        }
        for (Finding finding : report.of(Severity.UNKNOWN)) {
            lacking.computeIfAbsent(finding.rule(), r -> new ArrayList<>()).add(finding);
        }
        return new Completeness(report.partnership(), report.asOf(), lacking);
    }

    /**
     * The not-recorded findings of one rule.
     *
     * @param rule the rule's id
     * @return what the record lacks for it; none if it can decide, or is not among the rules evaluated
     */
    public List<Finding> lacking(RuleId rule) {
        return lacking.getOrDefault(rule, List.of());
    }

    /**
     * Whether every rule can decide on the day.
     *
     * @return whether no rule lacks a fact
     */
    public boolean isComplete() {
        return lacking.values().stream().allMatch(List::isEmpty);
    }
}
