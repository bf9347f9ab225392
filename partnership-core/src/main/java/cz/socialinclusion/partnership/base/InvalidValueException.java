package cz.socialinclusion.partnership.base;

/**
 * A value that breaks an invariant of the model: a period ending before it starts, an invalid IČO, a
 * working-group member who is neither a partnership member nor a guest, and the like.
 *
 * <p>The message names the field and the bad value; {@link #field()} and {@link #value()} give them to
 * adapters (the JSON module turns them into a JSON path).
 */
public class InvalidValueException extends PartnershipException {

    private static final long serialVersionUID = 1L;

    /** The field (or path of fields) whose value is bad. */
    private final String field;
    /** The bad value as text, or {@code null} if it was missing. */
    private final String value;

    /**
     * @param field the name of the field, or a dotted path below the aggregate ({@code "workingGroups[ps-1].participants"})
     * @param value the bad value, as it was given (may be {@code null})
     * @param message what is wrong, naming the field and the value
     */
    public InvalidValueException(String field, Object value, String message) {
        super(message);
        this.field = field;
        this.value = value == null ? null : String.valueOf(value);
    }

    /**
     * The field (or path of fields) whose value is bad.
     *
     * @return the field (or path of fields) whose value is bad
     */
    public String field() {
        return field;
    }

    /**
     * The bad value as text, or {@code null} if the value was missing.
     *
     * @return the bad value as text, or {@code null} if the value was missing
     */
    public String value() {
        return value;
    }
}
