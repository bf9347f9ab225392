package cz.socialinclusion.partnership.rules;

/**
 * Until when a partnership counts as active for quarterly reporting. It is active from the working groups'
 * formation; this says when it stops.
 */
public enum ActiveUntil {
    /**
     * Until the end of the Agency's intervention (the default); a partnership with no intervention recorded
     * is active up to the day of evaluation.
     */
    INTERVENTION_END,
    /** Until the end of the latest plan period; with no plan, up to the day of evaluation. */
    LAST_PLAN_END,
    /** With no end: up to the day of evaluation, for partnerships that go on after the Agency leaves. */
    OPEN_ENDED
}
