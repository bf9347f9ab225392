package cz.socialinclusion.partnership.member;

/** The kind of an organisation that is a member of a partnership. */
public enum OrganisationKind {
    /** The municipality (obec, město, magistrát); always a member. */
    MUNICIPALITY,
    /** A department of the municipal office (odbor). */
    MUNICIPAL_DEPARTMENT,
    /** The state police (Policie ČR). */
    STATE_POLICE,
    /** The municipal police (městská policie). */
    MUNICIPAL_POLICE,
    /** The labour office (úřad práce). */
    LABOUR_OFFICE,
    /** The probation and mediation service (Probační a mediační služba). */
    PROBATION_AND_MEDIATION_SERVICE,
    /** A school (ZŠ, SŠ, SOŠ, SOU, special and practical schools). */
    SCHOOL,
    /** A kindergarten (mateřská škola). */
    KINDERGARTEN,
    /** A non-governmental organisation (nezisková organizace: o.s., o.p.s., z.s., …). */
    NGO,
    /** A church or charity (církev, charita). */
    CHURCH_OR_CHARITY,
    /** A local action group (místní akční skupina, MAS). */
    LOCAL_ACTION_GROUP,
    /** A chamber of commerce (hospodářská komora). */
    CHAMBER_OF_COMMERCE,
    /** The Agency for Social Inclusion (Agentura pro sociální začleňování). */
    AGENCY,
    /** Any other organisation: a municipal company, a counselling centre, a committee, … */
    OTHER
}
