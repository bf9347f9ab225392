package cz.socialinclusion.partnership.jdbc;

import cz.socialinclusion.partnership.base.PartnershipId;
import cz.socialinclusion.partnership.jdbc.internal.Rows;
import cz.socialinclusion.partnership.jdbc.internal.Statements;
import cz.socialinclusion.partnership.jdbc.internal.Table;
import cz.socialinclusion.partnership.jdbc.internal.Words;
import cz.socialinclusion.partnership.member.MemberId;
import cz.socialinclusion.partnership.plan.MeasureId;
import cz.socialinclusion.partnership.plan.Money;
import cz.socialinclusion.partnership.project.FundingKind;
import cz.socialinclusion.partnership.project.FundingSource;
import cz.socialinclusion.partnership.project.Project;
import cz.socialinclusion.partnership.project.ProjectId;
import cz.socialinclusion.partnership.project.ProjectStatus;
import cz.socialinclusion.partnership.project.StatusChange;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import cz.socialinclusion.partnership.base.RecordedDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Stores the {@link Project}s of the project pipeline. The current status is kept on the root row too, so
 * that {@link #findByStatus} is one indexed query; loading any selection takes three queries.
 *
 * <p>Thread-safe.
 */
public final class ProjectRepository {

    static final String AGGREGATE = "Project";

    record ProjectRow(String id, long version, String partnershipId, String title, String applicant, String fundingKind,
                      String programme, String callName, String requestedAmount, String requestedCurrency,
                      boolean individualProject, String status) {
    }

    record MeasureRow(String projectId, int position, String measureId) {
    }

    record StatusChangeRow(String projectId, int position, String status, String changedOn) {
    }

    static final Table<ProjectRow> PROJECT = Table.of("lp_project", ProjectRow.class, in -> new ProjectRow(in.text(), in.longInteger(), in.text(), in.text(), in.text(), in.text(), in.text(), in.text(), in.text(), in.text(), in.bool(), in.text()));
    static final Table<MeasureRow> MEASURE = Table.of("lp_project_measure", MeasureRow.class, in -> new MeasureRow(in.text(), in.integer(), in.text()));
    static final Table<StatusChangeRow> STATUS_CHANGE = Table.of("lp_project_status_change", StatusChangeRow.class, in -> new StatusChangeRow(in.text(), in.integer(), in.text(), in.text()));

    private final Database database;

    /**
     * A repository of projects in this database.
     *
     * @param database where the connections come from: {@link Database#of} or {@link Database#onHostConnection}
     */
    public ProjectRepository(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * Saves the project and returns the copy with its new version.
     *
     * @param project the project with the version it was loaded at, or {@link Versioned#of} for a new one
     * @return the saved copy, at its new version
     * @throws ConcurrencyConflictException if the stored version is not the copy's
     * @throws ConstraintViolatedException  if its partnership is not stored
     * @throws PartnershipDataException     (another subclass) if the database refuses or fails; nothing is written
     */
    public Versioned<Project> save(Versioned<Project> project) {
        Objects.requireNonNull(project, "project");
        Project p = project.value();
        String id = p.id().value();
        return database.inTransaction("saving project " + id, c -> {
            if (project.isNew()) {
                insertNew(c, List.of(p));
            } else {
                if (Statements.update(c, PROJECT.versionedUpdate(), PROJECT.updateValues(root(p, project.version()), project.version())) == 0) {
                    throw Conflicts.of(c, "lp_project", AGGREGATE, id, project.version());
                }
                Statements.update(c, "DELETE FROM lp_project_measure WHERE project_id = ?", id);
                Statements.update(c, "DELETE FROM lp_project_status_change WHERE project_id = ?", id);
                insertChildren(c, List.of(p));
            }
            return new Versioned<>(p, project.version() + 1);
        });
    }

    /**
     * Stores projects none of which is stored yet, in three batched statements whatever their number, on a
     * connection whose transaction the caller runs. A project whose id is taken is refused with
     * {@link ConcurrencyConflictException}, and nothing of the call is kept once the caller rolls back.
     */
    static void insertNew(Connection c, List<Project> projects) throws SQLException {
        if (projects.isEmpty()) {
            return;
        }
        Table.Rows<ProjectRow> roots = new Table.Rows<>(PROJECT);
        for (Project p : projects) {
            roots.add(root(p, 0));
        }
        Conflicts.insertNew(c, "lp_project", AGGREGATE, projects.stream().map(p -> p.id().value()).toList(), () -> roots.insert(c));
        insertChildren(c, projects);
    }

    private static ProjectRow root(Project p, long version) {
        Money requested = p.requested();
        FundingSource funding = p.funding();
        return new ProjectRow(p.id().value(), version, p.partnership().value(), p.title(), p.applicant().value(),
                funding == null ? null : Words.of(funding.kind()), funding == null ? null : funding.programme(),
                funding == null ? null : funding.call(),
                requested == null ? null : requested.amount().toPlainString(),
                requested == null ? null : requested.currency().getCurrencyCode(), p.individualProject(), Words.of(p.status()));
    }

    private static void insertChildren(Connection c, List<Project> projects) throws SQLException {
        Table.Rows<MeasureRow> measures = new Table.Rows<>(MEASURE);
        Table.Rows<StatusChangeRow> history = new Table.Rows<>(STATUS_CHANGE);
        for (Project p : projects) {
            String id = p.id().value();
            for (int i = 0; i < p.measures().size(); i++) {
                measures.add(new MeasureRow(id, i, p.measures().get(i).value()));
            }
            for (int i = 0; i < p.history().size(); i++) {
                history.add(new StatusChangeRow(id, i, Words.of(p.history().get(i).status()),
                        p.history().get(i).on().toString()));
            }
        }
        measures.insert(c);
        history.insert(c);
    }

    /**
     * The project stored under {@code id}, with its version.
     *
     * @param id the id
     * @return the project stored under {@code id}, with its version
     */
    public Optional<Versioned<Project>> findById(ProjectId id) {
        Objects.requireNonNull(id, "id");
        return database.inTransaction("loading project " + id, c -> read(c, "id = ?", id.value()).stream().findFirst());
    }

    /**
     * The projects of a partnership's pipeline, ordered by id.
     *
     * @param partnership the partnership's id
     * @return the projects of a partnership's pipeline, ordered by id
     */
    public List<Versioned<Project>> findByPartnership(PartnershipId partnership) {
        Objects.requireNonNull(partnership, "partnership");
        return database.inTransaction("loading the projects of " + partnership, c -> read(c, "partnership_id = ?", partnership.value()));
    }

    /**
     * The projects of the partnerships of a municipality (exact name), ordered by id.
     *
     * @param municipality the municipality's name, exactly as the partnerships give it
     * @return the projects of the partnerships of a municipality (exact name), ordered by id
     */
    public List<Versioned<Project>> findByMunicipality(String municipality) {
        Objects.requireNonNull(municipality, "municipality");
        return database.inTransaction("loading the projects of " + municipality, c -> read(c,
                "partnership_id IN (SELECT id FROM lp_partnership WHERE municipality_key = ? AND municipality = ?)",
                PartnershipMapper.municipalityKey(municipality), municipality));
    }

    /**
     * The projects whose current status is {@code status}, ordered by id.
     *
     * @param status the status
     * @return the projects whose current status is {@code status}, ordered by id
     */
    public List<Versioned<Project>> findByStatus(ProjectStatus status) {
        Objects.requireNonNull(status, "status");
        return database.inTransaction("loading the projects " + status, c -> read(c, "status = ?", Words.of(status)));
    }

    /**
     * Deletes the project stored at this copy's version.
     *
     * @param project the project with the version it was loaded at
     * @throws ConcurrencyConflictException if the stored version is another
     * @throws AggregateNotFoundException   if it is not stored
     */
    public void delete(Versioned<Project> project) {
        String id = project.value().id().value();
        database.inTransaction("deleting project " + id, c -> {
            Conflicts.deleteRoot(c, "lp_project", AGGREGATE, id, project.version());
            return null;
        });
    }

    /** Reads the projects {@code selection} picks, ordered by id, in three queries; the database sorts nothing. */
    static List<Versioned<Project>> read(Connection c, String selection, Object... params) throws SQLException {
        String in = "WHERE project_id IN (SELECT id FROM lp_project WHERE " + selection + ")";
        Rows<String, MeasureId> measures = new Rows<>();
        MEASURE.forEach(c, in, r -> measures.put(r.projectId(), r.position(), MeasureId.of(r.measureId())), params);
        Rows<String, StatusChange> history = new Rows<>();
        STATUS_CHANGE.forEach(c, in, r -> history.put(r.projectId(), r.position(),
                new StatusChange(Words.parse(ProjectStatus.class, r.status()), RecordedDate.parse(r.changedOn()))), params);
        List<Versioned<Project>> projects = new ArrayList<>();
        PROJECT.forEach(c, "WHERE " + selection, r -> {
            Project project = new Project(ProjectId.of(r.id()), PartnershipId.of(r.partnershipId()), r.title(),
                    MemberId.of(r.applicant()), measures.get(r.id()),
                    r.fundingKind() == null ? null
                            : new FundingSource(Words.parse(FundingKind.class, r.fundingKind()), r.programme(), r.callName()),
                    r.requestedAmount() == null ? null
                            : new Money(new BigDecimal(r.requestedAmount()), Currency.getInstance(r.requestedCurrency())),
                    r.individualProject(), history.get(r.id()));
            projects.add(new Versioned<>(project, r.version()));
        }, params);
        projects.sort(java.util.Comparator.comparing(v -> v.value().id().value()));
        return projects;
    }
}
