package cz.socialinclusion.partnership.jdbc;

/** No aggregate of that kind is stored under that id. */
public class AggregateNotFoundException extends PartnershipDataException {

    private static final long serialVersionUID = 1L;

    /** What kind of aggregate, such as {@code "plan"}. */
    private final String aggregate;
    /** The id it was looked for under. */
    private final String id;

    /**
     * Nothing stored under the id.
     *
     * @param aggregate what kind of aggregate, such as {@code "plan"}
     * @param id        the id it was looked for under
     */
    public AggregateNotFoundException(String aggregate, String id) {
        super(aggregate + " " + id + " is not stored", null, null);
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
