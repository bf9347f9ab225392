package cz.socialinclusion.partnership.jdbc;

import cz.socialinclusion.partnership.Partnership;
import cz.socialinclusion.partnership.base.PartnershipId;
import cz.socialinclusion.partnership.jdbc.internal.Statements;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Stores {@link Partnership}s: the root row with its version, and a normalised row for every member,
 * facility, working group, theme, seat, meeting, attendance, agenda item, decision, report, document and
 * extension.
 *
 * <p>Each save is atomic: the root is updated (or inserted) first, with its version checked, then the child
 * rows are replaced, all in one transaction (see {@link Database}). Loading takes 17 queries whatever the
 * size of the partnership, or the number found by {@link #findByMunicipality}.
 *
 * <p>Thread-safe.
 */
public final class PartnershipRepository {

    static final String AGGREGATE = "Partnership";

    private final Database database;

    /**
     * A repository of partnerships in this database.
     *
     * @param database where the connections come from: {@link Database#of} or {@link Database#onHostConnection}
     */
    public PartnershipRepository(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * Saves the partnership and returns the copy with its new version: 0 for a new one, else one more.
     *
     * @param partnership the partnership with the version it was loaded at, or {@link Versioned#of} for a new one
     * @return the saved copy, at its new version
     * @throws ConcurrencyConflictException if the stored version is not the copy's (or a new one's id is taken)
     * @throws AggregateNotFoundException    if the copy was stored but has been deleted since
     * @throws PartnershipDataException      (another subclass) if the database refuses or fails; nothing is written
     */
    public Versioned<Partnership> save(Versioned<Partnership> partnership) {
        Objects.requireNonNull(partnership, "partnership");
        return database.inTransaction("saving partnership " + partnership.value().id(), c -> saveOn(c, partnership));
    }

    /** The save, on a connection whose transaction the caller runs. */
    static Versioned<Partnership> saveOn(Connection c, Versioned<Partnership> partnership) throws SQLException {
        Partnership p = partnership.value();
        String id = p.id().value();
        if (partnership.isNew()) {
            Object[] insert = PartnershipMapper.PARTNERSHIP.values(PartnershipMapper.root(p, 0));
            Conflicts.insertNew(c, "lp_partnership", AGGREGATE, List.of(id),
                    () -> Statements.update(c, PartnershipMapper.PARTNERSHIP.insert(), insert));
        } else {
            int changed = Statements.update(c, PartnershipMapper.PARTNERSHIP.versionedUpdate(),
                    PartnershipMapper.PARTNERSHIP.updateValues(PartnershipMapper.root(p, partnership.version()), partnership.version()));
            if (changed == 0) {
                throw Conflicts.of(c, "lp_partnership", AGGREGATE, id, partnership.version());
            }
            PartnershipMapper.deleteChildren(c, id);
        }
        PartnershipMapper.insertChildren(c, p);
        return new Versioned<>(p, partnership.version() + 1);
    }

    /**
     * The partnership stored under {@code id}, with its version.
     *
     * @param id the id
     * @return the partnership stored under {@code id}, with its version
     */
    public Optional<Versioned<Partnership>> findById(PartnershipId id) {
        Objects.requireNonNull(id, "id");
        return database.inTransaction("loading partnership " + id,
                c -> PartnershipMapper.read(c, "id = ?", id.value()).stream().findFirst());
    }

    /**
     * The partnership stored under {@code id}.
     *
     * @param id the id
     * @return the partnership stored under {@code id}
     * @throws AggregateNotFoundException if there is none
     */
    public Versioned<Partnership> get(PartnershipId id) {
        return findById(id).orElseThrow(() -> new AggregateNotFoundException(AGGREGATE, id.value()));
    }

    /**
     * The partnerships of a municipality (exact name), ordered by id.
     *
     * @param municipality the municipality's name, exactly as the partnerships give it
     * @return the partnerships of a municipality (exact name), ordered by id
     */
    public List<Versioned<Partnership>> findByMunicipality(String municipality) {
        Objects.requireNonNull(municipality, "municipality");
        return database.inTransaction("loading the partnerships of " + municipality, c -> PartnershipMapper.read(c,
                "municipality_key = ? AND municipality = ?", PartnershipMapper.municipalityKey(municipality), municipality));
    }

    /**
     * Every stored partnership, ordered by id.
     *
     * @return every stored partnership, ordered by id
     */
    public List<Versioned<Partnership>> findAll() {
        return database.inTransaction("loading every partnership", c -> PartnershipMapper.read(c, "1 = 1"));
    }

    /**
     * Deletes the partnership stored at this copy's version.
     *
     * @param partnership the partnership with the version it was loaded at
     * @throws ConcurrencyConflictException if the stored version is another
     * @throws AggregateNotFoundException    if it is not stored
     * @throws ConstraintViolatedException   if it still has plans or projects
     */
    public void delete(Versioned<Partnership> partnership) {
        String id = partnership.value().id().value();
        database.inTransaction("deleting partnership " + id, c -> {
            Conflicts.deleteRoot(c, "lp_partnership", AGGREGATE, id, partnership.version());
            return null;
        });
    }
}
