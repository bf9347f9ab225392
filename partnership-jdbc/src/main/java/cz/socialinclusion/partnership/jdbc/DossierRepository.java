package cz.socialinclusion.partnership.jdbc;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.Partnership;
import cz.socialinclusion.partnership.base.PartnershipId;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import cz.socialinclusion.partnership.project.Project;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole {@link Dossier} at once: its partnership, plans and projects, each aggregate with its own version.
 * Used to import and export dossiers.
 *
 * <p>{@link #saveNew} stores all of a dossier in one transaction (all or nothing); its new projects go in
 * three batched statements whatever their number. Loading a dossier takes 31 queries whatever its size.
 *
 * <p>Thread-safe.
 */
public final class DossierRepository {

    private final Database database;

    /**
     * A repository of dossiers in this database.
     *
     * @param database where the connections come from: {@link Database#of} or {@link Database#onHostConnection}
     */
    public DossierRepository(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * Stores a dossier none of whose aggregates is stored yet, atomically.
     *
     * @param dossier the dossier
     * @throws ConcurrencyConflictException if one of them is stored already; nothing is written
     * @throws PartnershipDataException     (another subclass) if the database refuses or fails; nothing is written
     */
    public void saveNew(Dossier dossier) {
        Objects.requireNonNull(dossier, "dossier");
        database.inTransaction("saving the dossier of " + dossier.partnership().id(), c -> {
            PartnershipRepository.saveOn(c, Versioned.of(dossier.partnership()));
            for (StrategicPlan plan : dossier.plans()) {
                PlanRepository.saveOn(c, Versioned.of(plan));
            }
            ProjectRepository.insertNew(c, dossier.projects());
            return null;
        });
    }

    /**
     * The dossier of the partnership stored under {@code id}, read in one transaction.
     *
     * @param id the id
     * @return the dossier of the partnership stored under {@code id}, read in one transaction
     */
    public Optional<Dossier> findById(PartnershipId id) {
        Objects.requireNonNull(id, "id");
        return database.inTransaction("loading the dossier of " + id, c -> {
            List<Versioned<Partnership>> found = PartnershipMapper.read(c, "id = ?", id.value());
            return found.isEmpty() ? Optional.<Dossier>empty() : Optional.of(dossierOf(c, found.get(0).value()));
        });
    }

    /**
     * The dossiers of a municipality's partnerships, ordered by partnership id.
     *
     * @param municipality the municipality's name, exactly as the partnerships give it
     * @return the dossiers of a municipality's partnerships, ordered by partnership id
     */
    public List<Dossier> findByMunicipality(String municipality) {
        Objects.requireNonNull(municipality, "municipality");
        return database.inTransaction("loading the dossiers of " + municipality, c -> {
            List<Dossier> dossiers = new java.util.ArrayList<>();
            for (Versioned<Partnership> p : PartnershipMapper.read(c, "municipality_key = ? AND municipality = ?",
                    PartnershipMapper.municipalityKey(municipality), municipality)) {
                dossiers.add(dossierOf(c, p.value()));
            }
            return dossiers;
        });
    }

    private static Dossier dossierOf(java.sql.Connection c, Partnership partnership) throws java.sql.SQLException {
        String id = partnership.id().value();
        return new Dossier(partnership, PlanMapper.read(c, "partnership_id = ?", id).stream().map(Versioned::value).toList(),
                ProjectRepository.read(c, "partnership_id = ?", id).stream().map(Versioned::value).toList());
    }
}
