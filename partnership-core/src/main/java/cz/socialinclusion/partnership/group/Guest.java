package cz.socialinclusion.partnership.group;

import cz.socialinclusion.partnership.PersonalData;
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
        @Size(max = Checks.NAME_MAX, message = "{cz.socialinclusion.partnership.Size.message}") String name,
        @NotBlank(message = "{cz.socialinclusion.partnership.NotBlank.message}")
        @Size(max = Checks.NAME_MAX, message = "{cz.socialinclusion.partnership.Size.message}") String expertRole)
        implements Participant {

    /**
     * @param name the guest's name
     * @param expertRole the expertise the guest brings
     * @throws NullPointerException if an argument is null
     * @throws cz.socialinclusion.partnership.InvalidValueException if a text is blank or too long
     */
    public Guest {
        Checks.text("name", name, Checks.NAME_MAX);
        Checks.text("expertRole", expertRole, Checks.NAME_MAX);
    }

    @Override
    public String key() {
        return "guest " + name;
    }
}
