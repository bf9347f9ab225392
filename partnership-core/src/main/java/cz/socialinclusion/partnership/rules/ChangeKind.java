package cz.socialinclusion.partnership.rules;

/** How an element differs between two plan versions. */
public enum ChangeKind {
    ADDED,
    REMOVED,
    CHANGED
}
