package cz.socialinclusion.partnership.rules;

import java.util.Objects;

/**
 * The code {@code <rule>.not-recorded} of a rule that cannot decide (nelze určit ze záznamu): a fact it needs is
 * not recorded, recorded too imprecisely to tell, or falls after the day up to which the dossier is complete. Its
 * severity is {@link Severity#UNKNOWN}; its arguments name the fact ({@link ArgumentType#FACT}), how it is
 * recorded ({@link ArgumentType#RECORDED_DATE}) and the day in question ({@link ArgumentType#DATE}).
 *
 * <p>Each of the method's rules has one ({@link #of(RuleId)}), its message in the standard bundle under
 * {@code <rule>.not-recorded}. Immutable and thread-safe; two are equal when they are of the same rule.
 *
 * @param definition the code's rule, id, severity and argument types
 */
public record NotRecordedCode(CodeDefinition definition) implements DefinedCode {

    /** The case every rule's not-recorded code has: {@code "not-recorded"}. */
    public static final String CASE = "not-recorded";

    /**
     * @param definition the code's rule, id, severity and argument types
     * @throws NullPointerException if {@code definition} is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if the definition is not that of
     *         {@link #of(RuleId)} for its rule
     */
    public NotRecordedCode {
        Objects.requireNonNull(definition, "definition");
        if (!definition.equals(define(definition.rule()))) {
            throw new cz.socialinclusion.partnership.base.InvalidValueException("definition", definition,
                    "definition " + definition + " is not the not-recorded code of rule " + definition.rule());
        }
    }

    /**
     * The not-recorded code of {@code rule}.
     *
     * @param rule the rule's id
     * @return the code {@code <rule>.not-recorded}
     * @throws NullPointerException if {@code rule} is null
     */
    public static NotRecordedCode of(RuleId rule) {
        return new NotRecordedCode(define(rule));
    }

    private static CodeDefinition define(RuleId rule) {
        return CodeDefinition.of(rule, CASE, Severity.UNKNOWN, ArgumentType.FACT, ArgumentType.RECORDED_DATE, ArgumentType.DATE);
    }

    /** The id, such as {@code "review-cycle.not-recorded"}. */
    @Override
    public String toString() {
        return definition.id();
    }
}
