package cz.socialinclusion.partnership.meeting;

import cz.socialinclusion.partnership.base.CleanName;
import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.base.Limits;
import cz.socialinclusion.partnership.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.util.Objects;

/**
 * A document of a meeting or of the partnership, such as its minutes (zápis), a press release (tisková zpráva) or a
 * good-practice presentation (prezentace dobré praxe), with where it is when the record gives it: Jáchymov's page
 * names its press release and Kutná Hora's the presentations, but neither gives an address.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title the document's title
 * @param uri   where it is, an absolute URI; {@code null} where the record gives no address
 * @param kind  what kind of document it is, or {@code null} where not recorded
 */
public record DocumentLink(
        @NotBlank(message = "{cz.socialinclusion.partnership.NotBlank.message}")
        @Size(max = Limits.NAME_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanName String title,
        URI uri,
        DocumentKind kind) {

    /**
     * @param title the document's title
     * @param uri where it is, an absolute URI; {@code null} where the record gives no address
     * @param kind what kind of document it is, or {@code null} where not recorded
     * @throws NullPointerException if the title is null
     * @throws InvalidValueException if the title is blank or the URI is not absolute,
     *         or a day, decimal or text is outside the bounds of {@link cz.socialinclusion.partnership.base.Limits}
     */
    public DocumentLink {
        Checks.name("title", title);
        if (uri != null) {
            Checks.name("uri", uri.toString());
            if (!uri.isAbsolute()) {
                throw new InvalidValueException("uri", uri, "uri '" + uri + "' must be absolute");
            }
        }
    }

    /**
     * A link whose kind is not recorded.
     *
     * @param title the document's title
     * @param uri where it is, an absolute URI; {@code null} where the record gives no address
     * @throws NullPointerException if the title is null
     * @throws InvalidValueException if the title is blank or the URI is not absolute
     */
    public DocumentLink(String title, URI uri) {
        this(title, uri, null);
    }
}
