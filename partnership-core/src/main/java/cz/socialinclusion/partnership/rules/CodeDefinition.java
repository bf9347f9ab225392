package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.base.InvalidValueException;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link FindingCode} declares, held in one value: the rule it belongs to, its stable id, how serious
 * a finding with it is, and the types of the values its message shows. A {@link DefinedCode} answers
 * {@link FindingCode}'s questions from it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rule      the rule the code belongs to
 * @param id        the rule's id, a dot and the case, such as {@code "review-cycle.overdue"}
 * @param severity  how serious a finding with the code is
 * @param arguments the types of the values the message shows, in the order of its placeholders
 */
public record CodeDefinition(RuleId rule, String id, Severity severity, List<ArgumentType<?>> arguments) {

    /**
     * @param rule      the rule the code belongs to
     * @param id        the rule's id, a dot and the case, such as {@code "review-cycle.overdue"}
     * @param severity  how serious a finding with the code is
     * @param arguments the types of the values the message shows, in the order of its placeholders
     * @throws NullPointerException  if an argument or an argument type is null
     * @throws InvalidValueException if {@code id} is not the rule's id, a dot and a case
     */
    public CodeDefinition {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        arguments = List.copyOf(arguments);
        String prefix = rule.id() + ".";
        if (!(id.startsWith(prefix) && id.length() > prefix.length())) {
            throw new InvalidValueException("id", id, "code '" + id + "' does not start with the rule id " + rule);
        }
    }

    /**
     * The definition of the case {@code name} of {@code rule}.
     *
     * @param rule      the rule the code belongs to
     * @param name      the case, such as {@code "overdue"}: the id is the rule's id, a dot and the case
     * @param severity  how serious a finding with the code is
     * @param arguments the types of the values the message shows, in the order of its placeholders
     * @return the definition
     * @throws NullPointerException  if an argument is null
     * @throws InvalidValueException if {@code name} is empty
     */
    public static CodeDefinition of(RuleId rule, String name, Severity severity, ArgumentType<?>... arguments) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(name, "name");
        return new CodeDefinition(rule, rule.id() + "." + name, severity, List.of(arguments));
    }

    /**
     * The definition of the case {@code constant} of {@code rule}: the case is the constant's name in lower case
     * with hyphens, so that {@code OVERDUE} of review-cycle is {@code "review-cycle.overdue"}. What an enum of
     * codes calls in its constructor.
     *
     * @param rule      the rule the code belongs to
     * @param constant  the enum constant naming the case
     * @param severity  how serious a finding with the code is
     * @param arguments the types of the values the message shows, in the order of its placeholders
     * @return the definition
     * @throws NullPointerException if an argument is null
     */
    public static CodeDefinition of(RuleId rule, Enum<?> constant, Severity severity, ArgumentType<?>... arguments) {
        return of(rule, ArgumentType.word(constant), severity, arguments);
    }
}
