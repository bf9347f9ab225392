package cz.socialinclusion.partnership.json.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import cz.socialinclusion.partnership.group.Guest;
import cz.socialinclusion.partnership.group.Seat;
import cz.socialinclusion.partnership.member.Collective;
import cz.socialinclusion.partnership.member.NaturalPerson;
import cz.socialinclusion.partnership.member.Organisation;

/**
 * Annotations the module lends to core types, so that core carries none: the two sealed hierarchies name
 * their kind in a {@code "type"} property with a logical name (never a class name).
 */
public final class Mixins {

    private Mixins() {
    }

    /** A member names its kind: {@code organisation}, {@code natural-person} or {@code collective}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Organisation.class, name = "organisation"),
            @JsonSubTypes.Type(value = NaturalPerson.class, name = "natural-person"),
            @JsonSubTypes.Type(value = Collective.class, name = "collective")})
    public interface MemberMixin {
    }

    /** A working-group participant names its kind: {@code seat} or {@code guest}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Seat.class, name = "seat"),
            @JsonSubTypes.Type(value = Guest.class, name = "guest")})
    public interface ParticipantMixin {
    }

    /** A finding's message is written in the mapper's locale and not read back. */
    @JsonIgnoreProperties({"message"})
    public interface FindingMixin {
    }
}
