package cz.socialinclusion.partnership.source;

import cz.socialinclusion.partnership.internal.Checks;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Identifies a source within a dossier (zdroj údajů), such as {@code kh-web} for Kutná Hora's page. Ids are chosen by
 * the host: 1 to 100 letters, digits or {@code . _ : -}, starting with a letter or digit.
 *
 * <p>Immutable and thread-safe. {@link #toString()} is the id itself, which {@link #of(String)} reads back.
 *
 * @param value the id
 */
public record SourceId(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}")
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]{0,99}", message = "{cz.socialinclusion.partnership.Id.message}")
        String value) implements Comparable<SourceId> {

    /**
     * @param value the id
     * @throws NullPointerException if {@code value} is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if {@code value} is not a well-formed id
     */
    public SourceId {
        Checks.id("sourceId", value);
    }

    /**
     * The id with this value.
     *
     * @param value the id's text
     * @return the id with this value
     * @throws NullPointerException if {@code value} is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if {@code value} is not a well-formed id
     */
    public static SourceId of(String value) {
        return new SourceId(value);
    }

    @Override
    public int compareTo(SourceId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
