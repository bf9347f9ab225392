package cz.socialinclusion.partnership.base;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.Partnership;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type or component that holds personal data of a natural person (osobní údaje), such as the
 * name of a private entrepreneur who is a member, or of an external guest of a working group.
 *
 * <p>Hosts use the marker to find what they must protect, export on request or erase. The model holds
 * names and roles only: a {@link cz.socialinclusion.partnership.member.NaturalPerson}'s names and role and a
 * working-group {@link cz.socialinclusion.partnership.group.Guest}'s name. It never holds ethnicity or any
 * other special category of personal data. Ids are not personal data and must not be derived from names.
 *
 * <p>To erase a natural person, a host calls {@link Partnership#eraseNaturalPerson} (or
 * {@link Dossier#eraseNaturalPerson}) and saves the result: the repositories overwrite the stored rows, so the
 * names are gone from the database. JSON files, exports and backups written before are the host's to erase.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER,
        ElementType.RECORD_COMPONENT})
public @interface PersonalData {
}
