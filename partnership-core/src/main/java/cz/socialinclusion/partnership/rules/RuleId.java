package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.InvalidValueException;

/** The rules of the method, with the stable ids hosts and tests key on. Findings come in this order. */
public enum RuleId {
    /** A plan covers three years, starts before it ends, not before the founding; plans do not overlap. */
    PLAN_PERIOD("plan-period"),
    /** A plan is adopted within 12 months of the working groups being formed. */
    PLANNING_DEADLINE("planning-deadline"),
    /** A plan in force has a council adoption; the board, where it approves, comes first; no change in place. */
    PLAN_APPROVAL("plan-approval"),
    /** Every quarter a partnership meeting at which each thematic working group presents its report. */
    QUARTERLY_REPORTING("quarterly-reporting"),
    /** An adopted plan is revised at least every 12 months while in force. */
    REVIEW_CYCLE("review-cycle"),
    /** The intervention's end, its extensions, and its approaching end. */
    INTERVENTION("intervention"),
    /** The municipality is a member; the Agency convenes; group members are partnership members. */
    MEMBERSHIP("membership"),
    /** Every thematic group's themes are addressed by a priority of the plan in force. */
    COVERAGE("coverage"),
    /** Priorities address needs; projects implement measures; measures have a responsible member. */
    TRACEABILITY("traceability");

    private final String id;

    RuleId(String id) {
        this.id = id;
    }

    /** The stable id, such as {@code "plan-period"}. */
    public String id() {
        return id;
    }

    /**
     * The rule with this id.
     *
     * @throws InvalidValueException if no rule has it
     */
    public static RuleId ofId(String id) {
        for (RuleId rule : values()) {
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
