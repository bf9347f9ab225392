package cz.socialinclusion.partnership.rules;

/** The kinds of element of a plan that a revision comparison reports. */
public enum PlanElement {
    NEED,
    PRIORITY,
    GOAL,
    MEASURE,
    STEP,
    RESOURCE,
    INDICATOR
}
