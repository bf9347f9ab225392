package cz.socialinclusion.partnership.jdbc;

/** No aggregate of that kind is stored under that id. */
public class AggregateNotFoundException extends PartnershipDataException {

    private static final long serialVersionUID = 1L;

    private final String aggregate;
    private final String id;

    /** That {@code aggregate} (e.g. {@code Partnership}) is not stored under {@code id}. */
    public AggregateNotFoundException(String aggregate, String id) {
        super(aggregate + " " + id + " is not stored", null, null);
        this.aggregate = aggregate;
        this.id = id;
    }

    /** The kind of aggregate: {@code Partnership}, {@code StrategicPlan} or {@code Project}. */
    public String aggregate() {
        return aggregate;
    }

    /** The id looked for. */
    public String id() {
        return id;
    }
}
