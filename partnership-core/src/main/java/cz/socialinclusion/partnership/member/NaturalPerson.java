package cz.socialinclusion.partnership.member;

import cz.socialinclusion.partnership.PersonalData;
import cz.socialinclusion.partnership.InvalidValueException;
import cz.socialinclusion.partnership.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Objects;

/**
 * One or more named natural persons who take part in a partnership together, such as a private
 * entrepreneur ("Soukromý podnikatel Roman Tirpák") or two people planning a social firm with the town
 * ("Miroslav Horváth a Petr Vepřek – záměr sociální firmy s městem").
 *
 * <p>This is personal data: the model holds the names and the role in the partnership only, never
 * ethnicity or any other special category of personal data.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id    the member's id
 * @param names the persons' names, at least one
 * @param role  what they take part as, e.g. {@code "soukromý podnikatel"}, or {@code null}
 */
@PersonalData
public record NaturalPerson(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @Valid MemberId id,
        @PersonalData
        @NotEmpty(message = "{cz.socialinclusion.partnership.NotEmpty.message}")
        List<@NotBlank(message = "{cz.socialinclusion.partnership.NotBlank.message}")
             @Size(max = Checks.NAME_MAX, message = "{cz.socialinclusion.partnership.Size.message}") String> names,
        @Size(max = Checks.NAME_MAX, message = "{cz.socialinclusion.partnership.Size.message}") String role)
        implements Member {

    /**
     * @param id the member's id
     * @param names the persons' names, at least one
     * @param role what they take part as, e.g. {@code "soukromý podnikatel"}, or {@code null}
     * @throws NullPointerException if {@code id} or {@code names} is null
     * @throws cz.socialinclusion.partnership.InvalidValueException if there is no name, a name is blank,
     *         too long or given twice, or the role is blank
     */
    public NaturalPerson(
            @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @Valid MemberId id,
            @NotEmpty(message = "{cz.socialinclusion.partnership.NotEmpty.message}")
            List<@NotBlank(message = "{cz.socialinclusion.partnership.NotBlank.message}")
                 @Size(max = Checks.NAME_MAX, message = "{cz.socialinclusion.partnership.Size.message}") String> names,
            @Size(max = Checks.NAME_MAX, message = "{cz.socialinclusion.partnership.Size.message}") String role) {
        // Not a compact constructor: javac 17 gives a compact constructor's parameters the record
        // components' container-element constraints (List<@NotBlank String>) with the wrong target, so a
        // Validator checking these parameters would not see them.
        Objects.requireNonNull(id, "id");
        names = Checks.uniqueList("names", names, n -> n);
        if (!(!names.isEmpty())) {
            throw new InvalidValueException("names", names,
                    "names must hold at least one name, was empty");
        }
        for (int i = 0; i < names.size(); i++) {
            Checks.text("names[" + i + "]", names.get(i), Checks.NAME_MAX);
        }
        Checks.optionalText("role", role, Checks.NAME_MAX);
        this.id = id;
        this.names = names;
        this.role = role;
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

    /** The names joined with " a " (Czech "and"), followed by the role after a dash where there is one. */
    @Override
    public String displayName() {
        String joined = String.join(" a ", names);
        return role == null ? joined : joined + " – " + role;
    }
}
