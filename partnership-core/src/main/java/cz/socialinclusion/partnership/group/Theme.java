package cz.socialinclusion.partnership.group;

/** A theme (oblast) in which social exclusion shows and a working group or priority works. */
public enum Theme {
    /** Vzdělávání. */
    EDUCATION,
    /** Rodina. */
    FAMILY,
    /** Volný čas. */
    LEISURE,
    /** Zaměstnanost, zaměstnávání. */
    EMPLOYMENT,
    /** Bydlení. */
    HOUSING,
    /** Bezpečnost. */
    SECURITY,
    /** Sociálně-patologické jevy. */
    SOCIO_PATHOLOGICAL_PHENOMENA,
    /** Sociální služby. */
    SOCIAL_SERVICES,
    /** Sociální prevence. */
    SOCIAL_PREVENTION
}
