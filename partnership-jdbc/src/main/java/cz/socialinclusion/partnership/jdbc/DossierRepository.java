package cz.socialinclusion.partnership.jdbc;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.Partnership;
import cz.socialinclusion.partnership.PartnershipId;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import cz.socialinclusion.partnership.project.Project;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole {@link Dossier} at once: its partnership, plans and projects, each aggregate with its own
 * version. Used to import and export dossiers; {@link #saveNew} stores all three kinds in one transaction
 * when the database is the host's connection, and aggregate by aggregate otherwise.
 *
 * <p>Thread-safe.
 */
public final class DossierRepository {

    private final PartnershipRepository partnerships;
    private final PlanRepository plans;
    private final ProjectRepository projects;

    public DossierRepository(Database database) {
        this.partnerships = new PartnershipRepository(database);
        this.plans = new PlanRepository(database);
        this.projects = new ProjectRepository(database);
    }

    /** Stores a dossier none of whose aggregates is stored yet. */
    public void saveNew(Dossier dossier) {
        Objects.requireNonNull(dossier, "dossier");
        partnerships.save(Versioned.of(dossier.partnership()));
        for (StrategicPlan plan : dossier.plans()) {
            plans.save(Versioned.of(plan));
        }
        for (Project project : dossier.projects()) {
            projects.save(Versioned.of(project));
        }
    }

    /** The dossier of the partnership stored under {@code id}. */
    public Optional<Dossier> findById(PartnershipId id) {
        return partnerships.findById(id).map(this::dossierOf);
    }

    /** The dossiers of a municipality's partnerships. */
    public List<Dossier> findByMunicipality(String municipality) {
        return partnerships.findByMunicipality(municipality).stream().map(this::dossierOf).toList();
    }

    private Dossier dossierOf(Versioned<Partnership> partnership) {
        PartnershipId id = partnership.value().id();
        return new Dossier(partnership.value(), plans.findByPartnership(id).stream().map(Versioned::value).toList(),
                projects.findByPartnership(id).stream().map(Versioned::value).toList());
    }
}
