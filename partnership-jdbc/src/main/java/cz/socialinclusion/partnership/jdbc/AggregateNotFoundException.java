package cz.socialinclusion.partnership.jdbc;

/** No aggregate of that kind is stored under that id. */
public class AggregateNotFoundException extends AggregateException {

    private static final long serialVersionUID = 1L;

    /**
     * Nothing stored under the id.
     *
     * @param aggregate what kind of aggregate, such as {@code "plan"}
     * @param id        the id it was looked for under
     */
    public AggregateNotFoundException(String aggregate, String id) {
        super(aggregate + " " + id + " is not stored", aggregate, id);
    }
}
