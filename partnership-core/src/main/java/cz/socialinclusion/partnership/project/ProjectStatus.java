package cz.socialinclusion.partnership.project;

/** Where a project stands in the pipeline. */
public enum ProjectStatus {
    /** Záměr. */
    IDEA,
    /** V přípravě. */
    IN_PREPARATION,
    /** Podán. */
    SUBMITTED,
    /** Schválen. */
    APPROVED,
    /** Zamítnut; final. */
    REJECTED,
    /** V realizaci. */
    IN_IMPLEMENTATION,
    /** Dokončen; final. */
    COMPLETED,
    /** Stažen; final. */
    WITHDRAWN;

    /**
     * Whether no status can follow this one.
     *
     * @return whether no status can follow this one
     */
    public boolean isFinal() {
        return this == REJECTED || this == COMPLETED || this == WITHDRAWN;
    }
}
