package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.base.PartnershipId;
import cz.socialinclusion.partnership.internal.Checks;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The findings of evaluating one partnership as of a day, in the order of the rules' registry.
 *
 * <p>Immutable and thread-safe.
 *
 * @param partnership the partnership evaluated
 * @param asOf        the day of evaluation
 * @param findings    what the rules found, in rule order
 */
public record Report(PartnershipId partnership, LocalDate asOf, List<Finding> findings) {

    /**
     * @param partnership the partnership evaluated
     * @param asOf        the day of evaluation
     * @param findings    what the rules found, in rule order
     * @throws NullPointerException if an argument or a finding is null
     */
    public Report {
        Objects.requireNonNull(partnership, "partnership");
        Objects.requireNonNull(asOf, "asOf");
        findings = Checks.list("findings", findings);
    }

    /**
     * The findings of one rule.
     *
     * @param rule the rule's id, such as {@link RuleId#REVIEW_CYCLE}
     * @return its findings, in report order
     */
    public List<Finding> of(RuleId rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).toList();
    }

    /**
     * The findings of one severity.
     *
     * @param severity how serious
     * @return the findings of that severity, in report order
     */
    public List<Finding> of(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    /**
     * The findings with this code id.
     *
     * @param code the code's id, such as {@code "review-cycle.overdue"}
     * @return the findings with that code, in report order
     */
    public List<Finding> withCode(String code) {
        return findings.stream().filter(f -> f.code().id().equals(code)).toList();
    }

    /**
     * The findings with this code.
     *
     * @param code the code, such as {@code ReviewCycleRule.Code.OVERDUE}
     * @return the findings with that code, in report order
     */
    public List<Finding> withCode(FindingCode code) {
        return findings.stream().filter(f -> f.code().equals(code)).toList();
    }

    /**
     * Whether some finding is an error.
     *
     * @return whether a finding has {@link Severity#ERROR}
     */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
