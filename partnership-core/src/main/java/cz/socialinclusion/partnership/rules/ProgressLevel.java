package cz.socialinclusion.partnership.rules;

/** The level of the plan a {@link Progress} node stands for. */
public enum ProgressLevel {
    /** The whole plan. */
    PLAN,
    /** A priority. */
    PRIORITY,
    /** A goal. */
    GOAL,
    /** A measure. */
    MEASURE,
    /** An indicator. */
    INDICATOR
}
