package cz.socialinclusion.partnership.member;

/**
 * A member of a local partnership (člen lokálního partnerství): an {@link Organisation}, a
 * {@link NaturalPerson} or a {@link Collective}.
 *
 * <p>Every implementation is immutable and thread-safe.
 */
public sealed interface Member permits Organisation, NaturalPerson, Collective {

    /**
     * The member's id, unique within its partnership.
     *
     * @return the member's id, unique within its partnership
     */
    MemberId id();

    /**
     * The name to show people, as the partnership lists it.
     *
     * @return the name to show people, as the partnership lists it
     */
    String displayName();

    /**
     * Whether this member is an organisation of the given kind.
     *
     * @param kind the kind
     * @return whether this member is an organisation of the given kind
     */
    default boolean isOrganisationOf(OrganisationKind kind) {
        return this instanceof Organisation organisation && organisation.kind() == kind;
    }
}
