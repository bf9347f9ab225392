package cz.socialinclusion.partnership.meeting;

/** What kind of meeting it is. */
public enum MeetingKind {
    /** The founding meeting (ustavující setkání) that establishes the partnership. */
    FOUNDING,
    /** A regular meeting (řádné setkání). */
    REGULAR,
    /** An extraordinary meeting (mimořádné setkání). */
    EXTRAORDINARY
}
