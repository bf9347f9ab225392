package cz.socialinclusion.partnership.rules;

/** The level of the plan a {@link Progress} node stands for. */
public enum ProgressLevel {
    PLAN,
    PRIORITY,
    GOAL,
    MEASURE,
    INDICATOR
}
