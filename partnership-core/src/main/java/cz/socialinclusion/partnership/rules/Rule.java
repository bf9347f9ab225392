package cz.socialinclusion.partnership.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * One rule of the method, or one a host adds: its id, the codes of what it finds, the settings it reads,
 * its check of a dossier on a day, and the deadlines it sets.
 *
 * <p>A rule whose findings concern something due on a day computes that day once, in one place, and both
 * {@link #check} and {@link #deadlines} derive from it, so the schedule and the findings never disagree.
 *
 * <p>{@link Rules} holds rules in a registry in one stated order ({@link Rules#standard()}); a host adds its
 * own with {@link Rules#with(Rule)} and leaves one out with {@link Rules#without(RuleId)}. A rule's check
 * never throws for a well-formed dossier. Implementations are immutable and thread-safe.
 */
public interface Rule {

    /**
     * The rule's stable id.
     *
     * @return the id, such as {@link RuleId#REVIEW_CYCLE}
     */
    RuleId id();

    /**
     * Every code a finding of this rule can have.
     *
     * @return the codes; each code's {@link FindingCode#rule()} is {@link #id()}
     */
    List<? extends FindingCode> codes();

    /**
     * The settings the rule reads from the policy.
     *
     * @return the settings; none by default
     */
    default List<Setting<?>> settings() {
        return List.of();
    }

    /**
     * What the rule finds in the context's dossier as of its day, in the order of the dossier's lists and
     * of time. Every finding's code is one of {@link #codes()}.
     *
     * @param context the dossier, the day of evaluation and the policy
     * @return the findings; none where all is in order
     */
    List<Finding> check(RuleContext context);

    /**
     * The deadlines the rule sets, with their status as of the context's day: at least all of them due up
     * to {@code until}; {@link Rules#schedule} keeps those in its window. None by default.
     *
     * @param context the dossier, the day of evaluation and the policy
     * @param until   the last day the deadlines asked for are due
     * @return the deadlines, with their status as of the context's day
     */
    default List<Deadline> deadlines(RuleContext context, LocalDate until) {
        return List.of();
    }
}
