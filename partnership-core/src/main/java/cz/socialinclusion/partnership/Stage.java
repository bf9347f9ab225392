package cz.socialinclusion.partnership;

/**
 * Where a partnership stands on a given day. It is computed from the partnership's dates by
 * {@link Dossier#stageOn(java.time.LocalDate)}, never stored.
 */
public enum Stage {
    /** Before the founding meeting. */
    NOT_FOUNDED,
    /** Founded; the members have not yet split into working groups. */
    FORMING,
    /** The working groups have formed or a plan is drafted; none is adopted yet. */
    PLANNING,
    /** A strategic plan is adopted and the Agency's intervention runs (or none is recorded). */
    IMPLEMENTING,
    /** The Agency's intervention has ended; the town runs the processes itself. */
    AFTER_INTERVENTION
}
