package cz.socialinclusion.partnership.rules;

import java.util.List;

/**
 * A {@link FindingCode} whose rule, id, severity and argument types are those of its {@link #definition()}.
 * The method's rules declare their codes as enums of this kind, each constant holding its definition; a
 * host's rule may do the same, and overrides {@link #messages()} where its messages are in its own bundle.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface DefinedCode extends FindingCode {

    /**
     * What the code declares.
     *
     * @return the code's rule, id, severity and argument types
     */
    CodeDefinition definition();

    /**
     * The rule the code belongs to: its definition's.
     *
     * @return the rule's id
     */
    @Override
    default RuleId rule() {
        return definition().rule();
    }

    /**
     * The stable id: its definition's.
     *
     * @return the rule's id, a dot and the case, such as {@code "review-cycle.overdue"}
     */
    @Override
    default String id() {
        return definition().id();
    }

    /**
     * How serious a finding with this code is: its definition's severity.
     *
     * @return the severity
     */
    @Override
    default Severity severity() {
        return definition().severity();
    }

    /**
     * The types of the values a finding's message shows: its definition's.
     *
     * @return the types, in the order of the message's placeholders
     */
    @Override
    default List<ArgumentType<?>> arguments() {
        return definition().arguments();
    }
}
