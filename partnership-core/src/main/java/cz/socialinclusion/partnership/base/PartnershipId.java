package cz.socialinclusion.partnership.base;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.util.Objects;

/**
 * Identifies a local partnership (lokální partnerství). Ids are chosen by the host: 1 to 100 letters, digits or {@code . _ : -},
 * starting with a letter or digit.
 *
 * <p>Immutable and thread-safe. {@link #toString()} is the id itself, which {@link #of(String)} reads back.
 *
 * @param value the id
 */
public record PartnershipId(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}")
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]{0,99}", message = "{cz.socialinclusion.partnership.Id.message}")
        String value) implements Comparable<PartnershipId> {

    /**
     * @param value the id
     * @throws NullPointerException if {@code value} is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if {@code value} is not a well-formed id
     */
    public PartnershipId {
        // Not internal.Checks.id, which would make this package depend on internal (and internal on it).
        Objects.requireNonNull(value, "partnershipId");
        if (!Limits.isId(value)) {
            String shown = value.length() <= 80 ? value : value.substring(0, 77) + "...";
            throw new InvalidValueException("partnershipId", shown, "partnershipId '" + shown + "' is not an id: use 1 to "
                    + Limits.ID_MAX + " letters, digits or . _ : - starting with a letter or digit");
        }
    }

    /**
     * The id with this value.
     *
     * @param value the id's text
     * @return the id with this value
     * @throws NullPointerException if {@code value} is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if {@code value} is not a well-formed id
     */
    public static PartnershipId of(String value) {
        return new PartnershipId(value);
    }

    @Override
    public int compareTo(PartnershipId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
