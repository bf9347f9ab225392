package cz.socialinclusion.partnership.member;

import cz.socialinclusion.partnership.base.CleanName;
import cz.socialinclusion.partnership.base.Limits;
import cz.socialinclusion.partnership.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Objects;

/**
 * An organisation that is a member of a partnership: the municipality, one of its departments, the
 * police, a school, an NGO, the Agency and so on.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id         the member's id
 * @param name       the name as the partnership lists it, e.g. {@code "Člověk v tísni, o.p.s."}
 * @param kind       what kind of organisation it is
 * @param legalForm  its legal form where known, else {@code null}
 * @param ico        its IČO where known, else {@code null}
 * @param facilities facilities the partnership lists for it (zařízení), e.g. {@code "K-Centrum"}; may be empty
 */
public record Organisation(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @Valid MemberId id,
        @NotBlank(message = "{cz.socialinclusion.partnership.NotBlank.message}")
        @Size(max = Limits.NAME_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanName String name,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") OrganisationKind kind,
        LegalForm legalForm,
        @Valid Ico ico,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}")
        List<@NotBlank(message = "{cz.socialinclusion.partnership.NotBlank.message}")
             @Size(max = Limits.NAME_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanName String> facilities)
        implements Member {

    /**
     * @param ico its IČO where known, else {@code null}
     * @param facilities facilities the partnership lists for it (zařízení), e.g. {@code "K-Centrum"}; may be empty
     * @param id the member's id
     * @param name the name as the partnership lists it, e.g. {@code "Člověk v tísni, o.p.s."}
     * @param kind what kind of organisation it is
     * @param legalForm its legal form where known, else {@code null}
     * @throws NullPointerException if {@code id}, {@code name}, {@code kind} or {@code facilities} is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if the name is blank or too long, or a
     *         facility is blank or named twice,
     *         or a day, decimal or text is outside the bounds of {@link cz.socialinclusion.partnership.base.Limits}
     */
    public Organisation(
            @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @Valid MemberId id,
            @NotBlank(message = "{cz.socialinclusion.partnership.NotBlank.message}")
            @Size(max = Limits.NAME_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanName String name,
            @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") OrganisationKind kind,
            LegalForm legalForm,
            @Valid Ico ico,
            @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}")
            List<@NotBlank(message = "{cz.socialinclusion.partnership.NotBlank.message}")
                 @Size(max = Limits.NAME_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanName String> facilities) {
        // Not a compact constructor: javac 17 gives a compact constructor's parameters the record
        // components' container-element constraints (List<@NotBlank String>) with the wrong target, so a
        // Validator checking these parameters would not see them.
        Objects.requireNonNull(id, "id");
        Checks.name("name", name);
        Objects.requireNonNull(kind, "kind");
        facilities = Checks.uniqueList("facilities", facilities, f -> f);
        for (int i = 0; i < facilities.size(); i++) {
            Checks.name("facilities[" + i + "]", facilities.get(i));
        }
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.legalForm = legalForm;
        this.ico = ico;
        this.facilities = facilities;
    }

    /**
     * An organisation with no legal form, IČO or facilities recorded.
     *
     * @param id the member's id
     * @param name the name as the partnership lists it, e.g. {@code "Člověk v tísni, o.p.s."}
     * @param kind what kind of organisation it is
     * @return an organisation with no legal form, IČO or facilities recorded
     */
    public static Organisation of(MemberId id, String name, OrganisationKind kind) {
        return new Organisation(id, name, kind, null, null, List.of());
    }

    /**
     * A copy with this legal form.
     *
     * @param legalForm its legal form where known, else {@code null}
     * @return a copy with this legal form
     */
    public Organisation withLegalForm(LegalForm legalForm) {
        return new Organisation(id, name, kind, legalForm, ico, facilities);
    }

    /**
     * A copy with this IČO.
     *
     * @param ico its IČO where known, else {@code null}
     * @return a copy with this IČO
     */
    public Organisation withIco(Ico ico) {
        return new Organisation(id, name, kind, legalForm, ico, facilities);
    }

    /**
     * A copy with these facilities.
     *
     * @param facilities facilities the partnership lists for it (zařízení), e.g. {@code "K-Centrum"}; may be empty
     * @return a copy with these facilities
     */
    public Organisation withFacilities(List<String> facilities) {
        return new Organisation(id, name, kind, legalForm, ico, facilities);
    }

    /**
     * The name as the partnership lists it, with its facilities in parentheses where it lists any:
     * {@code "Diecézní charita Plzeň (AZ Betlém)"}.
     *
     * @return the name to show people
     */
    @Override
    public String displayName() {
        return facilities.isEmpty() ? name : name + " (" + String.join(", ", facilities) + ")";
    }
}
