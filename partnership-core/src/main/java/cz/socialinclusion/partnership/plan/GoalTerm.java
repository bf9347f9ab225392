package cz.socialinclusion.partnership.plan;

/** Whether a goal is long-term or short-term (dlouhodobý, krátkodobý cíl). */
public enum GoalTerm {
    /** Dlouhodobý cíl. */
    LONG_TERM,
    /** Krátkodobý cíl. */
    SHORT_TERM
}
