package cz.socialinclusion.partnership.source;

import cz.socialinclusion.partnership.base.CleanText;
import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.base.Limits;
import cz.socialinclusion.partnership.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Objects;

/**
 * That a fact of a dossier comes from a source (citace): which fact, which source, the words the source says it in,
 * and for a value the record derives rather than reads, the reason.
 *
 * <p>A fact is named by its path in the dossier, in the syntax {@link cz.socialinclusion.partnership.Dossier#facts()}
 * lists and the model's {@link InvalidValueException#field()} uses: record components by name joined by {@code .},
 * an element of a list by its id in brackets where it has one, else by its index from 0 — e.g.
 * {@code partnership.workingGroups[kh-bydleni].formed}, {@code plans[kh-plan].versions[0].approvals[1].date}. A citation
 * of a path covers every fact under it: {@code partnership.workingGroups[kh-bydleni]} covers the group's name,
 * kind, themes, participants and formation.
 *
 * <p>Immutable and thread-safe.
 *
 * @param fact       the path of the fact, or of the part of the dossier, it cites a source for
 * @param source     the source it comes from, one of the dossier's sources
 * @param quote      the source's own words, e.g. {@code "Během srpna se členové rozdělili do pracovních skupin"}, or
 *                   {@code null}
 * @param derivation for a value the record derives rather than reads, the reason, e.g. {@code "three years from the
 *                   council's adoption"}; {@code null} for a value the source states
 */
public record Citation(
        @NotBlank(message = "{cz.socialinclusion.partnership.NotBlank.message}")
        @Size(max = Limits.NAME_MAX, message = "{cz.socialinclusion.partnership.Size.message}") String fact,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @Valid SourceId source,
        @Size(max = Limits.TEXT_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanText String quote,
        @Size(max = Limits.TEXT_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanText String derivation) {

    /**
     * @param fact the path of the fact, or of the part of the dossier, it cites a source for
     * @param source the source it comes from
     * @param quote the source's own words, or {@code null}
     * @param derivation for a derived value the reason, else {@code null}
     * @throws NullPointerException if {@code fact} or {@code source} is null
     * @throws InvalidValueException if the fact is not a well-formed path, or the quote or derivation is blank or
     *         too long
     */
    public Citation {
        Objects.requireNonNull(fact, "fact");
        if (!FactPaths.isWellFormed(fact)) {
            throw new InvalidValueException("fact", Checks.abbreviate(fact), "fact '" + Checks.abbreviate(fact)
                    + "' is not a path such as partnership.workingGroups[kh-bydleni].formed");
        }
        Objects.requireNonNull(source, "source");
        Checks.optionalText("quote", quote);
        Checks.optionalText("derivation", derivation);
    }

    /**
     * A fact the source states in these words.
     *
     * @param fact the path of the fact
     * @param source the source
     * @param quote the source's own words, or {@code null}
     * @return the citation
     */
    public static Citation stated(String fact, SourceId source, String quote) {
        return new Citation(fact, source, quote, null);
    }

    /**
     * A value the record derives from what the source states.
     *
     * @param fact the path of the fact
     * @param source the source
     * @param quote the source's words it is derived from, or {@code null}
     * @param derivation the reason, e.g. {@code "three years from the council's adoption"}
     * @return the citation
     */
    public static Citation derived(String fact, SourceId source, String quote, String derivation) {
        return new Citation(fact, source, quote, Objects.requireNonNull(derivation, "derivation"));
    }

    /**
     * Whether the record derives the value rather than reads it from the source.
     *
     * @return {@code true} if a derivation is given
     */
    public boolean isDerived() {
        return derivation != null;
    }

    /**
     * Whether this citation covers the fact at {@code path}: the path is its fact, or lies under it.
     *
     * @param path a fact's path
     * @return whether this citation covers it
     */
    public boolean covers(String path) {
        return FactPaths.covers(fact, path);
    }
}
