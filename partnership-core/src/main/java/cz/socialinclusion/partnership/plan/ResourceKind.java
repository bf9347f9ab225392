package cz.socialinclusion.partnership.plan;

/** The kind of a resource an action step needs (zdroje: lidské, materiální, finanční). */
public enum ResourceKind {
    /** People and their time (lidské zdroje). */
    HUMAN,
    /** Premises, equipment, material (materiální zdroje). */
    MATERIAL,
    /** Money (finanční zdroje); always with an amount. */
    FINANCIAL
}
