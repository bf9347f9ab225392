package cz.socialinclusion.partnership.source;

import cz.socialinclusion.partnership.base.CleanName;
import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.base.Limits;
import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.util.Objects;

/**
 * Where facts of a dossier come from (zdroj): a document with its title, address, date and kind. Facts cite a source
 * through a {@link Citation}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id      the source's id within the dossier
 * @param title   the document's title, e.g. {@code "Lokální partnerství Kutná Hora"}
 * @param address where it can be read, an absolute URI, or {@code null} for a document with no address
 * @param date    when it was written or last updated, as precise as it says, or {@code null} where it does not say
 * @param kind    what kind of document it is
 */
public record Source(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @Valid SourceId id,
        @NotBlank(message = "{cz.socialinclusion.partnership.NotBlank.message}")
        @Size(max = Limits.NAME_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanName String title,
        URI address,
        RecordedDate date,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") SourceKind kind) {

    /**
     * @param id the source's id within the dossier
     * @param title the document's title
     * @param address where it can be read, an absolute URI, or {@code null}
     * @param date when it was written or last updated, or {@code null}
     * @param kind what kind of document it is
     * @throws NullPointerException if {@code id}, {@code title} or {@code kind} is null
     * @throws InvalidValueException if the title is blank or too long, or the address is not absolute
     */
    public Source {
        Objects.requireNonNull(id, "id");
        Checks.name("title", title);
        if (address != null) {
            Checks.name("address", address.toString());
            if (!address.isAbsolute()) {
                throw new InvalidValueException("address", address, "address '" + address + "' must be absolute");
            }
        }
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * A web page.
     *
     * @param id the source's id within the dossier
     * @param title the page's title
     * @param address the page's address
     * @param date when the page was written or last updated, or {@code null} where it does not say
     * @return the source
     */
    public static Source webPage(SourceId id, String title, URI address, RecordedDate date) {
        return new Source(id, title, Objects.requireNonNull(address, "address"), date, SourceKind.WEB_PAGE);
    }
}
