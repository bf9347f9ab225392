package cz.socialinclusion.partnership.group;

import cz.socialinclusion.partnership.internal.Checks;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Identifies a working group (pracovní skupina). Ids are chosen by the host: 1 to 100 letters, digits or {@code . _ : -},
 * starting with a letter or digit.
 *
 * <p>Immutable and thread-safe. {@link #toString()} is the id itself, which {@link #of(String)} reads back.
 *
 * @param value the id
 */
public record WorkingGroupId(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}")
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]{0,99}", message = "{cz.socialinclusion.partnership.Id.message}")
        String value) implements Comparable<WorkingGroupId> {

    /**
     * @param value the id
     * @throws NullPointerException if {@code value} is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if {@code value} is not a well-formed id
     */
    public WorkingGroupId {
        Checks.id("workingGroupId", value);
    }

    /**
     * The id with this value.
     *
     * @param value the id's text
     * @return the id with this value
     * @throws NullPointerException if {@code value} is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if {@code value} is not a well-formed id
     */
    public static WorkingGroupId of(String value) {
        return new WorkingGroupId(value);
    }

    @Override
    public int compareTo(WorkingGroupId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
