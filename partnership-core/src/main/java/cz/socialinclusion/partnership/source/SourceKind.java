package cz.socialinclusion.partnership.source;

/** What kind of document a source is (druh zdroje). */
public enum SourceKind {
    /** A web page, such as the partnership's page on the Agency's site (webová stránka). */
    WEB_PAGE,
    /** A resolution of the municipal council (usnesení zastupitelstva). */
    COUNCIL_RESOLUTION,
    /** Minutes of a meeting (zápis z jednání). */
    MINUTES,
    /** A press release (tisková zpráva). */
    PRESS_RELEASE,
    /** A presentation, such as a good-practice presentation (prezentace dobré praxe). */
    PRESENTATION,
    /** The strategic plan's own document (dokument strategického plánu). */
    PLAN_DOCUMENT,
    /** Any other document, such as a report or a letter (jiný dokument). */
    OTHER_DOCUMENT
}
