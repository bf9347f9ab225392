package cz.socialinclusion.partnership.rules;

import java.util.List;

/**
 * The exact case a {@link Finding} reports, such as {@code review-cycle.overdue}: the rule it belongs to,
 * how serious it is, the types of the values its message shows, and where that message is.
 *
 * <p>Each rule declares its codes as an enum implementing this interface (the method's rules through
 * {@link DefinedCode}, each constant holding its {@link CodeDefinition}); the id ({@code "review-cycle.overdue"})
 * is a public contract written in JSON findings. The message is the bundle's entry under the id: a
 * {@link java.text.MessageFormat} pattern whose {@code {0}}, {@code {1}}, … are the arguments in the order
 * {@link #arguments()} declares them, in English (the base bundle) and Czech ({@code _cs}).
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface FindingCode {

    /** The base name of the message bundle of the method's rules. */
    String STANDARD_MESSAGES = "cz.socialinclusion.partnership.rules.Findings";

    /**
     * The rule the code belongs to.
     *
     * @return the rule's id
     */
    RuleId rule();

    /**
     * The stable id, written in JSON findings and the key of the message.
     *
     * @return the rule's id, a dot and the case, such as {@code "review-cycle.overdue"}
     */
    String id();

    /**
     * How serious a finding with this code is.
     *
     * @return the severity
     */
    Severity severity();

    /**
     * The types of the values a finding's message shows.
     *
     * @return the types, in the order of the message's placeholders
     */
    List<ArgumentType<?>> arguments();

    /**
     * The base name of the {@link java.util.ResourceBundle} holding the message (a properties file found
     * by the class loader of the code's class); by default the bundle of the method's rules. A host's rule
     * names its own bundle.
     *
     * @return the bundle's base name, such as {@link #STANDARD_MESSAGES}
     */
    default String messages() {
        return STANDARD_MESSAGES;
    }
}
