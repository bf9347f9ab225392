package cz.socialinclusion.partnership.jdbc;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.Partnership;
import cz.socialinclusion.partnership.base.PartnershipId;
import cz.socialinclusion.partnership.jdbc.internal.Interned;
import cz.socialinclusion.partnership.member.Member;
import cz.socialinclusion.partnership.member.MemberId;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import cz.socialinclusion.partnership.project.Project;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole {@link Dossier} at once: its partnership, plans and projects, each aggregate with its own version, and
 * what the dossier itself records — the day it is complete to ({@link Dossier#recordedUntil()}), its sources and
 * which source each fact cites. Used to import and export dossiers.
 *
 * <p>{@link #saveNew} stores all of a dossier in one transaction (all or nothing); its new projects go in
 * three batched statements whatever their number. Loading a dossier takes 37 queries whatever its size.
 * A host that saves the aggregates one by one (each over its own version) stores the dossier's own record with
 * {@link #saveRecord} in the same transaction.
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
            DossierMapper.insert(c, dossier);
            return null;
        });
    }

    /**
     * Stores what the dossier itself records — the day it is complete to, its sources and its citations — for its
     * partnership, replacing what was stored for it; the partnership, plans and projects are not touched (save them
     * with their repositories, over their versions). Joins the caller's transaction where the database is on one.
     * The partnership's row is locked first, so that two writers of the same partnership's record take turns.
     *
     * @param dossier the dossier whose record to store; its partnership must be stored
     * @return whether anything changed ({@code false} when the stored record is the same)
     * @throws AggregateNotFoundException if the partnership is not stored; nothing is written
     * @throws PartnershipDataException   (another subclass) if the database refuses or fails; nothing is written
     */
    public boolean saveRecord(Dossier dossier) {
        Objects.requireNonNull(dossier, "dossier");
        String id = dossier.partnership().id().value();
        return database.inTransaction("saving the record of the dossier of " + id, c -> {
            if (!PartnershipMapper.lock(c, id)) {
                throw new AggregateNotFoundException(PartnershipRepository.AGGREGATE, id);
            }
            DossierMapper.Stored stored = DossierMapper.read(c, id);
            if (stored != null && stored.sameAs(dossier)) {
                return false;
            }
            DossierMapper.replace(c, dossier);
            return true;
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
        // Steps and measures name their responsible members by the very ids of the partnership's members.
        Interned<MemberId> members = new Interned<>(MemberId::of);
        for (Member member : partnership.members()) {
            members.know(member.id().value(), member.id());
        }
        List<StrategicPlan> plans = PlanMapper.read(c, members, "partnership_id = ?", id).stream().map(Versioned::value).toList();
        List<Project> projects = ProjectRepository.read(c, "partnership_id = ?", id).stream().map(Versioned::value).toList();
        DossierMapper.Stored record = DossierMapper.read(c, id);
        return record == null ? new Dossier(partnership, plans, projects)
                : new Dossier(partnership, plans, projects, record.recordedUntil(), record.sources(), record.citations());
    }
}
