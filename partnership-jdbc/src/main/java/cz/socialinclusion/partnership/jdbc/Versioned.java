package cz.socialinclusion.partnership.jdbc;

import java.util.Objects;

/**
 * An aggregate with the version it is stored at, for optimistic locking. A new aggregate has version
 * {@link #NEW}; saving it stores version 0, and each later save stores the next version. A repository's
 * {@code save} returns the new copy; saving an older copy again is refused.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value   the aggregate
 * @param version its stored version, or {@link #NEW}
 * @param <T>     the aggregate type
 */
public record Versioned<T>(T value, long version) {

    /** The version of an aggregate not stored yet. */
    public static final long NEW = -1;

    /**
     * @param value the aggregate
     * @param version its stored version, or {@link #NEW}
     * @throws NullPointerException     if {@code value} is null
     * @throws IllegalArgumentException if {@code version} is below {@link #NEW}
     */
    public Versioned {
        Objects.requireNonNull(value, "value");
        if (version < NEW) {
            throw new IllegalArgumentException("version " + version + " must be " + NEW + " (new) or at least 0");
        }
    }

    /**
     * An aggregate not stored yet.
     *
     * @param <T> the aggregate type
     * @param value the aggregate
     * @return an aggregate not stored yet
     */
    public static <T> Versioned<T> of(T value) {
        return new Versioned<>(value, NEW);
    }

    /**
     * Whether the aggregate is not stored yet.
     *
     * @return whether the aggregate is not stored yet
     */
    public boolean isNew() {
        return version == NEW;
    }

    /**
     * The same version holding a changed aggregate, to save.
     *
     * @param changed the changed aggregate
     * @return a copy at this version holding {@code changed}
     */
    public Versioned<T> with(T changed) {
        return new Versioned<>(changed, version);
    }
}
