package cz.socialinclusion.partnership.group;

import cz.socialinclusion.partnership.base.CleanName;
import cz.socialinclusion.partnership.base.PersonalData;
import cz.socialinclusion.partnership.base.Limits;
import cz.socialinclusion.partnership.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An external guest invited to a working group in an expert role (externí host v expertní roli), who is
 * not a member of the partnership. A guest may be a natural person, so the name is personal data.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name       the guest's name
 * @param expertRole the expertise the guest brings
 */
@PersonalData
public record Guest(
        @PersonalData
        @NotBlank(message = "{cz.socialinclusion.partnership.NotBlank.message}")
        @Size(max = Limits.NAME_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanName String name,
        @NotBlank(message = "{cz.socialinclusion.partnership.NotBlank.message}")
        @Size(max = Limits.NAME_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanName String expertRole)
        implements Participant {

    /**
     * @param name the guest's name
     * @param expertRole the expertise the guest brings
     * @throws NullPointerException if an argument is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if a text is blank or too long,
     *         or a day, decimal or text is outside the bounds of {@link cz.socialinclusion.partnership.base.Limits}
     */
    public Guest {
        Checks.name("name", name);
        Checks.name("expertRole", expertRole);
    }

    @Override
    public String key() {
        return "guest " + name;
    }
}
