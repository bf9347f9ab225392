package cz.socialinclusion.partnership.rules;

/** How an element differs between two plan versions. */
public enum ChangeKind {
    /** In the newer version only. */
    ADDED,
    /** In the older version only. */
    REMOVED,
    /** In both, with other values. */
    CHANGED
}
