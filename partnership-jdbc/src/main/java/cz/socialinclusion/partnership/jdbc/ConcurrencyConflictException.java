package cz.socialinclusion.partnership.jdbc;

/**
 * A save from a stale copy: the stored aggregate is no longer the version the copy was loaded at (or, for a
 * new aggregate, one with that id is already stored). Nothing was written; load the aggregate again, apply
 * the change to it and save that.
 */
public class ConcurrencyConflictException extends AggregateException {

    private static final long serialVersionUID = 1L;

    /** The version the saved copy was loaded at. */
    private final long expectedVersion;
    /** The version stored when the save was refused. */
    private final long storedVersion;

    /**
     * A refused save.
     *
     * @param aggregate       what kind of aggregate, such as {@code "plan"}
     * @param id              the aggregate's id
     * @param expectedVersion the version the copy was loaded at, or {@link Versioned#NEW} for a new aggregate
     * @param storedVersion   the version stored now
     */
    public ConcurrencyConflictException(String aggregate, String id, long expectedVersion, long storedVersion) {
        super(aggregate + " " + id + " was saved from version " + (expectedVersion == Versioned.NEW ? "new" : expectedVersion)
                + " but the stored version is " + storedVersion, aggregate, id);
        this.expectedVersion = expectedVersion;
        this.storedVersion = storedVersion;
    }

    /**
     * The version the saved copy was loaded at ({@link Versioned#NEW} for a new one).
     *
     * @return the version the saved copy was loaded at ({@link Versioned#NEW} for a new one)
     */
    public long expectedVersion() {
        return expectedVersion;
    }

    /**
     * The version stored when the save was refused.
     *
     * @return the version stored when the save was refused
     */
    public long storedVersion() {
        return storedVersion;
    }
}
