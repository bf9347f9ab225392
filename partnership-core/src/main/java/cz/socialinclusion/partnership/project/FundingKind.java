package cz.socialinclusion.partnership.project;

/** Where a project's money comes from. */
public enum FundingKind {
    /** An EU operational programme (operační program), e.g. OP VK, and its call (výzva). */
    EU_OPERATIONAL_PROGRAMME,
    /** A national programme (národní program, dotační program ministerstva). */
    NATIONAL_PROGRAMME,
    /** The municipal budget (rozpočet obce). */
    MUNICIPAL_BUDGET
}
