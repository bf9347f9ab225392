package cz.socialinclusion.partnership.plan;

import cz.socialinclusion.partnership.base.PartnershipException;

/**
 * An attempt to change an adopted version of a strategic plan in place. An adopted plan changes only
 * through a new revision ({@code StrategicPlan.revise}).
 */
public class IllegalPlanChangeException extends PartnershipException {

    private static final long serialVersionUID = 1L;

    /**
     * A refused change.
     *
     * @param message which plan, which version, and what the change would have done
     */
    public IllegalPlanChangeException(String message) {
        super(message);
    }
}
