package cz.socialinclusion.partnership.rules;

/** How serious a finding is. */
public enum Severity {
    /** Something is wrong or late and needs action. */
    ERROR,
    /** Something is incomplete or doubtful. */
    WARNING,
    /** Something to know: a deadline ahead, days left. */
    INFO
}
