package cz.socialinclusion.partnership.group;

/** What a working group is for. */
public enum WorkingGroupKind {
    /** A thematic group (tematická pracovní skupina) that works on one or more themes. */
    THEMATIC,
    /**
     * The projects and implementation group (PS Projekty a implementace): builds and tracks the plan's
     * indicators and the project pipeline.
     */
    PROJECTS_AND_IMPLEMENTATION
}
