package cz.socialinclusion.partnership;

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
 * names and roles only; it never holds ethnicity or any other special category of personal data.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER,
        ElementType.RECORD_COMPONENT})
public @interface PersonalData {
}
