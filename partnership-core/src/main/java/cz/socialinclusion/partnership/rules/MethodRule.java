package cz.socialinclusion.partnership.rules;

import org.threeten.extra.YearQuarter;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What each of the method's nine rules has in common: its id, the enum of its codes, the settings it reads,
 * and how it writes one of its deadlines. A host's rule implements {@link Rule} itself.
 *
 * <p>Its public methods are not final, so that the compiler copies them into each rule's public class, where
 * reflection finds them callable. Immutable and thread-safe.
 *
 * @param <C> the enum of the rule's codes
 */
abstract class MethodRule<C extends Enum<C> & FindingCode> implements Rule {

    private final RuleId id;
    private final List<C> codes;
    private final List<Setting<?>> settings;

    /**
     * @param id       the rule's id
     * @param codes    the enum of its codes; every constant is one
     * @param settings the settings it reads from the policy
     */
    MethodRule(RuleId id, Class<C> codes, Setting<?>... settings) {
        this.id = Objects.requireNonNull(id, "id");
        this.codes = List.of(codes.getEnumConstants());
        this.settings = List.of(settings);
    }

    /**
     * The rule's stable id.
     *
     * @return the id, such as {@link RuleId#REVIEW_CYCLE}
     */
    @Override
    public RuleId id() {
        return id;
    }

    /**
     * Every code a finding of this rule can have: the constants of its enum of codes.
     *
     * @return the codes, in the enum's order
     */
    @Override
    public List<C> codes() {
        return codes;
    }

    /**
     * The settings the rule reads from the policy.
     *
     * @return the settings, in the order the rule declares them
     */
    @Override
    public List<Setting<?>> settings() {
        return settings;
    }

    /**
     * A deadline of this rule, with its status as of the context's day: done if {@code done}, else overdue
     * once the day is after {@code due}, upcoming until then.
     *
     * @param context the context whose day the status is for
     * @param due     the day it falls due
     * @param kind    what falls due
     * @param subject what it concerns
     * @param quarter the quarter, for a quarterly meeting; else {@code null}
     * @param done    whether it was met (or, for an end, has passed)
     * @return the deadline
     */
    final Deadline deadline(RuleContext context, LocalDate due, DeadlineKind kind, Subject subject, YearQuarter quarter,
                            boolean done) {
        return new Deadline(due, kind, subject, quarter, DeadlineStatus.of(done, due, context.asOf()), id);
    }
}
