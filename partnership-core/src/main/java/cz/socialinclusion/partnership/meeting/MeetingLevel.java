package cz.socialinclusion.partnership.meeting;

/** Whose meeting it is. */
public enum MeetingLevel {
    /** A meeting of the whole partnership (setkání lokálního partnerství). */
    PARTNERSHIP,
    /** A meeting of one working group (setkání pracovní skupiny). */
    WORKING_GROUP
}
