package cz.socialinclusion.partnership.jdbc;

/**
 * A save from a stale copy: the stored aggregate is no longer the version the copy was loaded at (or, for a
 * new aggregate, one with that id is already stored). Nothing was written; load the aggregate again, apply
 * the change to it and save that.
 */
public class ConcurrencyConflictException extends PartnershipDataException {

    private static final long serialVersionUID = 1L;

    private final String aggregate;
    private final String id;
    private final long expectedVersion;
    private final long storedVersion;

    /**
     * @param expectedVersion the version the copy was loaded at, or {@link Versioned#NEW} for a new aggregate
     * @param storedVersion   the version stored now
     */
    public ConcurrencyConflictException(String aggregate, String id, long expectedVersion, long storedVersion) {
        super(aggregate + " " + id + " was saved from version " + (expectedVersion == Versioned.NEW ? "new" : expectedVersion)
                + " but the stored version is " + storedVersion, null, null);
        this.aggregate = aggregate;
        this.id = id;
        this.expectedVersion = expectedVersion;
        this.storedVersion = storedVersion;
    }

    /** The kind of aggregate: {@code Partnership}, {@code StrategicPlan} or {@code Project}. */
    public String aggregate() {
        return aggregate;
    }

    /** The id of the aggregate saved. */
    public String id() {
        return id;
    }

    /** The version the saved copy was loaded at ({@link Versioned#NEW} for a new one). */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** The version stored when the save was refused. */
    public long storedVersion() {
        return storedVersion;
    }
}
