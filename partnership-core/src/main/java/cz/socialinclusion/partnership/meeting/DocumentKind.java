package cz.socialinclusion.partnership.meeting;

/** What kind of document a meeting or the partnership publishes (druh dokumentu). */
public enum DocumentKind {
    /** Minutes (zápis). */
    MINUTES,
    /** A press release (tisková zpráva). */
    PRESS_RELEASE,
    /** A presentation, such as a good-practice presentation (prezentace, prezentace dobré praxe). */
    PRESENTATION,
    /** Any other document (jiný dokument). */
    OTHER
}
