package cz.socialinclusion.partnership.group;

import cz.socialinclusion.partnership.base.InvalidValueException;
import jakarta.validation.Valid;

/**
 * How the partnership's working groups worked, where the record tells it of the groups together rather than group
 * by group (způsob práce pracovních skupin): how often they met, and whether external guests in expert roles took
 * part (externí hosté v expertních rolích). Cheb's page: the groups met "každá dvakrát až čtyřikrát do měsíce …
 * (březen 2009 až leden 2010)" and "kromě členů LP Cheb se jich podle potřeby účastnili v expertních rolích i externí
 * hosté", without naming or counting the groups.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rhythm         how often each group met, or {@code null} where not recorded
 * @param externalGuests whether external guests in expert roles took part as needed
 */
public record WorkingGroupPractice(@Valid MeetingRhythm rhythm, boolean externalGuests) {

    /**
     * @param rhythm         how often each group met, or {@code null} where not recorded
     * @param externalGuests whether external guests in expert roles took part as needed
     * @throws InvalidValueException if it records nothing: no rhythm and no external guests
     */
    public WorkingGroupPractice {
        if (rhythm == null && !externalGuests) {
            throw new InvalidValueException("rhythm", null, "rhythm must be given where no external guests are recorded: "
                    + "a working-group practice records at least one of them");
        }
    }
}
