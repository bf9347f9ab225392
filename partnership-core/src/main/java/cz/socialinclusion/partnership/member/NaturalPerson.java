package cz.socialinclusion.partnership.member;

import cz.socialinclusion.partnership.base.WithinLimits;
import cz.socialinclusion.partnership.base.CleanName;
import cz.socialinclusion.partnership.base.PersonalData;
import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.base.Limits;
import cz.socialinclusion.partnership.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One or more named natural persons (fyzické osoby) who take part in a partnership together, such as a
 * private entrepreneur ("Soukromý podnikatel Roman Tirpák") or two people planning a social firm with the town
 * ("Miroslav Horváth a Petr Vepřek – záměr sociální firmy s městem").
 *
 * <p>This is personal data (osobní údaje): the names and the role are the only personal data the model holds,
 * never ethnicity or any other special category of personal data. The id is not personal data and must not be
 * derived from the names: choose an opaque id ({@code kadan-osoba-1}, not {@code kadan-tirpak}), because it
 * stays when the person is erased and every membership, seat, attendance, plan version and project refers to
 * the member by it.
 *
 * <p>Erasure (výmaz): {@link #erasedOn(LocalDate)} (or {@code Partnership.eraseNaturalPerson}, which also
 * erases the person's name where it appears as a working-group guest) gives a person whose only name is
 * {@link #ERASED_NAME}, with no role and the day of the erasure in {@link #erasedOn()}. An erased person holds
 * no other name or role: the constructor refuses one.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id       the member's id; opaque, not derived from the names
 * @param names    the persons' names, at least one, each on one line; {@link #ERASED_NAME} alone once erased
 * @param role     what they take part as, e.g. {@code "soukromý podnikatel"}, or {@code null}; {@code null} once
 *                 erased
 * @param erasedOn the day the persons' data was erased, or {@code null} while it is not
 */
@PersonalData
public record NaturalPerson(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @Valid MemberId id,
        @PersonalData
        @NotEmpty(message = "{cz.socialinclusion.partnership.NotEmpty.message}")
        List<@NotBlank(message = "{cz.socialinclusion.partnership.NotBlank.message}")
             @Size(max = Limits.NAME_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanName String> names,
        @PersonalData
        @Size(max = Limits.NAME_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanName String role,
        @WithinLimits LocalDate erasedOn)
        implements Member {

    /** The name an erased person is listed under: "vymazaná osoba" (erased person), in the model's language. */
    public static final String ERASED_NAME = "vymazaná osoba";

    /**
     * @param id the member's id
     * @param names the persons' names, at least one
     * @param role what they take part as, e.g. {@code "soukromý podnikatel"}, or {@code null}
     * @param erasedOn the day the persons' data was erased, or {@code null} while it is not
     * @throws NullPointerException if {@code id} or {@code names} is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if there is no name, a name is blank,
     *         too long, holds a refused character or a line break, or is given twice, the role is blank, the
     *         erasure day is outside the model's days, or an erased person has another name than
     *         {@link #ERASED_NAME} or a role,
     *         or a day, decimal or text is outside the bounds of {@link cz.socialinclusion.partnership.base.Limits}
     */
    public NaturalPerson(
            @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @Valid MemberId id,
            @NotEmpty(message = "{cz.socialinclusion.partnership.NotEmpty.message}")
            List<@NotBlank(message = "{cz.socialinclusion.partnership.NotBlank.message}")
                 @Size(max = Limits.NAME_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanName String> names,
            @Size(max = Limits.NAME_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanName String role,
            @WithinLimits LocalDate erasedOn) {
        // Not a compact constructor: javac 17 gives a compact constructor's parameters the record
        // components' container-element constraints (List<@NotBlank String>) with the wrong target, so a
        // Validator checking these parameters would not see them.
        Objects.requireNonNull(id, "id");
        names = Checks.uniqueList("names", names, n -> n);
        if (names.isEmpty()) {
            throw new InvalidValueException("names", names,
                    "names must hold at least one name, was empty");
        }
        for (int i = 0; i < names.size(); i++) {
            Checks.name("names[" + i + "]", names.get(i));
        }
        Checks.optionalName("role", role);
        Checks.optionalDay("erasedOn", erasedOn);
        if (erasedOn != null && !names.equals(List.of(ERASED_NAME))) {
            throw new InvalidValueException("names", Checks.abbreviate(String.join(", ", names)),
                    "names of member " + id + ", erased on " + erasedOn + ", must be only '" + ERASED_NAME + "'");
        }
        if (erasedOn != null && role != null) {
            throw new InvalidValueException("role", Checks.abbreviate(role),
                    "role of member " + id + ", erased on " + erasedOn + ", must be absent");
        }
        this.id = id;
        this.names = names;
        this.role = role;
        this.erasedOn = erasedOn;
    }

    /**
     * Persons not erased.
     *
     * @param id    the member's id; opaque, not derived from the names
     * @param names the persons' names, at least one
     * @param role  what they take part as, or {@code null}
     * @throws NullPointerException if {@code id} or {@code names} is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException as the canonical constructor
     */
    public NaturalPerson(MemberId id, List<String> names, String role) {
        this(id, names, role, null);
    }

    /**
     * One person in a role.
     *
     * @param id the member's id
     * @param name the name
     * @param role what they take part as, e.g. {@code "soukromý podnikatel"}, or {@code null}
     * @return one person in a role
     */
    public static NaturalPerson of(MemberId id, String name, String role) {
        return new NaturalPerson(id, List.of(name), role);
    }

    /**
     * Whether the persons' data has been erased.
     *
     * @return true when {@link #erasedOn()} is recorded
     */
    public boolean isErased() {
        return erasedOn != null;
    }

    /**
     * The same member with the names replaced by {@link #ERASED_NAME}, the role removed and the erasure day
     * recorded; the id stays. A person already erased is returned as it is, with its first erasure day.
     *
     * @param day the day of the erasure
     * @return the erased member
     * @throws NullPointerException if {@code day} is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if the day is outside the model's days
     */
    public NaturalPerson erasedOn(LocalDate day) {
        Checks.day("erasedOn", day);
        return isErased() ? this : new NaturalPerson(id, List.of(ERASED_NAME), null, day);
    }

    /** The names joined with " a " (Czech "and"), followed by the role after a dash where there is one. */
    @Override
    public String displayName() {
        String joined = String.join(" a ", names);
        return role == null ? joined : joined + " – " + role;
    }
}
