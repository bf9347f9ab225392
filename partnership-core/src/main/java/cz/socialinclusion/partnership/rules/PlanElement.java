package cz.socialinclusion.partnership.rules;

/** The kinds of element of a plan that a revision comparison reports. */
public enum PlanElement {
    /** A need or resource identified (potřeba). */
    NEED,
    /** A priority (priorita). */
    PRIORITY,
    /** A goal (cíl). */
    GOAL,
    /** A measure (opatření). */
    MEASURE,
    /** An action step of a measure (krok). */
    STEP,
    /** A resource of a step (zdroj). */
    RESOURCE,
    /** An indicator (indikátor). */
    INDICATOR
}
