package cz.socialinclusion.partnership.rules;

/** How serious a finding is. */
public enum Severity {
    /** Something is wrong or late and needs action. */
    ERROR,
    /** Something is incomplete or doubtful. */
    WARNING,
    /** Something to know: a deadline ahead, days left. */
    INFO,
    /**
     * The record cannot tell (nelze určit ze záznamu): a fact the rule needs is not recorded, or recorded too
     * imprecisely (a month, a quarter, a year) to decide, or falls after the day up to which the dossier is
     * complete. Never raises a tool's exit code.
     */
    UNKNOWN
}
