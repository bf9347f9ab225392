package cz.socialinclusion.partnership.group;

/**
 * Someone who sits in a working group: a partnership member ({@link Seat}) or a named external guest in
 * an expert role ({@link Guest}).
 */
public sealed interface Participant permits Seat, Guest {

    /**
     * The key that must be unique within one group: the member id, or the guest's name.
     *
     * @return the key that must be unique within one group: the member id, or the guest's name
     */
    String key();
}
