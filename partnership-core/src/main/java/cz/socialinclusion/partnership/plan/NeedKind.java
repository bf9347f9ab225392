package cz.socialinclusion.partnership.plan;

/** Whether the partnership identified a need of the town or a resource it has (potřeby a zdroje). */
public enum NeedKind {
    /** A need (potřeba). */
    NEED,
    /** A resource the town has and can use (zdroj). */
    RESOURCE
}
