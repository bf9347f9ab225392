package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.base.InvalidValueException;

import java.util.Objects;

/**
 * The stable id of a rule, such as {@code "review-cycle"}: what hosts, JSON findings and tests key on. The
 * method's nine rules have the constants below; a host's own rule has an id of its own.
 *
 * <p>Immutable and thread-safe. {@link #toString()} is the id itself.
 *
 * @param id lower-case letters and digits in words joined by hyphens, 1 to 60 characters
 */
public record RuleId(String id) {

    /** A plan covers three years, starts before it ends, not before the founding; plans do not overlap. */
    public static final RuleId PLAN_PERIOD = new RuleId("plan-period");
    /** A plan is adopted within 12 months of the working groups being formed. */
    public static final RuleId PLANNING_DEADLINE = new RuleId("planning-deadline");
    /** A plan in force has a council adoption; the board, where it approves, comes first; no change in place. */
    public static final RuleId PLAN_APPROVAL = new RuleId("plan-approval");
    /** Every quarter a partnership meeting at which each thematic working group presents its report. */
    public static final RuleId QUARTERLY_REPORTING = new RuleId("quarterly-reporting");
    /** An adopted plan is revised at least every 12 months while in force. */
    public static final RuleId REVIEW_CYCLE = new RuleId("review-cycle");
    /** The intervention's end, its extensions, and its approaching end. */
    public static final RuleId INTERVENTION = new RuleId("intervention");
    /** The municipality is a member; the Agency convenes; group members are partnership members. */
    public static final RuleId MEMBERSHIP = new RuleId("membership");
    /** Every thematic group's themes are addressed by a priority of the plan in force. */
    public static final RuleId COVERAGE = new RuleId("coverage");
    /** Priorities address needs; projects implement measures; measures have a responsible member. */
    public static final RuleId TRACEABILITY = new RuleId("traceability");

    /**
     * @param id lower-case letters and digits in words joined by hyphens, 1 to 60 characters
     * @throws NullPointerException if {@code id} is null
     * @throws InvalidValueException if {@code id} is not lower-case words joined by hyphens of at most 60 characters
     */
    public RuleId {
        Objects.requireNonNull(id, "id");
        if (!(id.length() <= 60 && id.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*"))) {
            throw new InvalidValueException("rule", id,
                    "rule '" + id + "' is not an id of lower-case words joined by hyphens (at most 60 characters)");
        }
    }

    /**
     * The id with this text, for a host's own rule or one of the method's.
     *
     * @param id lower-case letters and digits in words joined by hyphens, such as {@code "rules-of-procedure"}
     * @return the id
     * @throws NullPointerException if {@code id} is null
     * @throws InvalidValueException if {@code id} is not well-formed
     */
    public static RuleId of(String id) {
        return new RuleId(id);
    }

    /**
     * The method's rule with this id.
     *
     * @param id the id's text, such as {@code "review-cycle"}
     * @return the constant of that rule, such as {@link #REVIEW_CYCLE}
     * @throws InvalidValueException if none of the method's nine rules has it
     */
    public static RuleId ofId(String id) {
        for (RuleId rule : Rules.standard().ids()) {
            if (rule.id.equals(id)) {
                return rule;
            }
        }
        throw new InvalidValueException("rule", id, "rule '" + id + "' is not a rule id");
    }

    @Override
    public String toString() {
        return id;
    }
}
