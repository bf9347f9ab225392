package cz.socialinclusion.partnership.jdbc;

/** What a repository refuses about one aggregate, named by its kind and id. */
public abstract class AggregateException extends PartnershipDataException {

    private static final long serialVersionUID = 1L;

    /** What kind of aggregate, such as {@code "plan"}. */
    private final String aggregate;
    /** The aggregate's id. */
    private final String id;

    /**
     * A refusal about one aggregate, which the database did not raise.
     *
     * @param message   what was refused
     * @param aggregate what kind of aggregate, such as {@code "plan"}
     * @param id        the aggregate's id
     */
    protected AggregateException(String message, String aggregate, String id) {
        super(message, null, null);
        this.aggregate = aggregate;
        this.id = id;
    }

    /**
     * What kind of aggregate it is about.
     *
     * @return the kind, such as {@code "partnership"}, {@code "plan"} or {@code "project"}
     */
    public String aggregate() {
        return aggregate;
    }

    /**
     * The aggregate's id.
     *
     * @return the id
     */
    public String id() {
        return id;
    }
}
