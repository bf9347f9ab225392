package cz.socialinclusion.partnership.jdbc;

/** No aggregate of that kind is stored under that id. */
public class AggregateNotFoundException extends PartnershipDataException {

    private static final long serialVersionUID = 1L;

    private final String aggregate;
    private final String id;

    public AggregateNotFoundException(String aggregate, String id) {
        super(aggregate + " " + id + " is not stored", null, null);
        this.aggregate = aggregate;
        this.id = id;
    }

    public String aggregate() {
        return aggregate;
    }

    public String id() {
        return id;
    }
}
