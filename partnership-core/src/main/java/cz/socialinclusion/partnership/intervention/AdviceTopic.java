package cz.socialinclusion.partnership.intervention;

/** What the Agency's local consultant advises the partnership on (s čím lokální konzultant pomáhá). */
public enum AdviceTopic {
    /** Project applications to the funds (projektové žádosti). */
    PROJECT_APPLICATIONS,
    /** Coordination of the partnership's work (koordinace). */
    COORDINATION,
    /** Revision of the plan's steps (revize kroků). */
    REVISION_OF_STEPS
}
