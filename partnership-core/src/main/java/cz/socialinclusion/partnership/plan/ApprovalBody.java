package cz.socialinclusion.partnership.plan;

/** The municipal body that approves a strategic plan. */
public enum ApprovalBody {
    /** The municipal board (rada města); may approve first. */
    BOARD,
    /** The municipal council (zastupitelstvo); adopts the plan. */
    COUNCIL
}
