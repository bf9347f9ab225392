package cz.socialinclusion.partnership.jdbc;

import cz.socialinclusion.partnership.PartnershipId;
import cz.socialinclusion.partnership.jdbc.internal.Rows;
import cz.socialinclusion.partnership.jdbc.internal.Statements;
import cz.socialinclusion.partnership.jdbc.internal.Statements.Batch;
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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static cz.socialinclusion.partnership.jdbc.internal.Statements.date;

/**
 * Stores the {@link Project}s of the project pipeline. The current status is kept on the root row too, so
 * that {@link #findByStatus} is one indexed query; loading any selection takes three queries.
 *
 * <p>Thread-safe.
 */
public final class ProjectRepository {

    static final String AGGREGATE = "Project";

    private final Database database;

    public ProjectRepository(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * Saves the project and returns the copy with its new version.
     *
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
                Object[] values = rootValues(p);
                Object[] update = new Object[values.length + 1];
                System.arraycopy(values, 1, update, 0, values.length - 1);
                update[values.length - 1] = id;
                update[values.length] = project.version();
                if (Statements.update(c, "UPDATE lp_project SET version = version + 1, partnership_id = ?, title = ?, applicant = ?,"
                        + " funding_kind = ?, programme = ?, call_name = ?, requested_amount = ?, requested_currency = ?,"
                        + " individual_project = ?, status = ? WHERE id = ? AND version = ?", update) == 0) {
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
        Batch roots = new Batch("INSERT INTO lp_project (id, version, partnership_id, title, applicant, funding_kind, programme,"
                + " call_name, requested_amount, requested_currency, individual_project, status)"
                + " VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (Project p : projects) {
            roots.add(rootValues(p));
        }
        Conflicts.insertNew(c, "lp_project", AGGREGATE, projects.stream().map(p -> p.id().value()).toList(), () -> roots.execute(c));
        insertChildren(c, projects);
    }

    private static Object[] rootValues(Project p) {
        Money requested = p.requested();
        return new Object[] {p.id().value(), p.partnership().value(), p.title(), p.applicant().value(), Words.of(p.funding().kind()),
                p.funding().programme(), p.funding().call(), requested == null ? null : requested.amount().toPlainString(),
                requested == null ? null : requested.currency().getCurrencyCode(), p.individualProject(), Words.of(p.status())};
    }

    private static void insertChildren(Connection c, List<Project> projects) throws SQLException {
        Batch measures = new Batch("INSERT INTO lp_project_measure (project_id, position, measure_id) VALUES (?, ?, ?)");
        Batch history = new Batch("INSERT INTO lp_project_status_change (project_id, position, status, changed_on) VALUES (?, ?, ?, ?)");
        for (Project p : projects) {
            String id = p.id().value();
            for (int i = 0; i < p.measures().size(); i++) {
                measures.add(id, i, p.measures().get(i).value());
            }
            for (int i = 0; i < p.history().size(); i++) {
                history.add(id, i, Words.of(p.history().get(i).status()), p.history().get(i).on());
            }
        }
        measures.execute(c);
        history.execute(c);
    }

    /** The project stored under {@code id}, with its version. */
    public Optional<Versioned<Project>> findById(ProjectId id) {
        Objects.requireNonNull(id, "id");
        return database.inTransaction("loading project " + id, c -> read(c, "id = ?", id.value()).stream().findFirst());
    }

    /** The projects of a partnership's pipeline, ordered by id. */
    public List<Versioned<Project>> findByPartnership(PartnershipId partnership) {
        Objects.requireNonNull(partnership, "partnership");
        return database.inTransaction("loading the projects of " + partnership, c -> read(c, "partnership_id = ?", partnership.value()));
    }

    /** The projects of the partnerships of a municipality (exact name), ordered by id. */
    public List<Versioned<Project>> findByMunicipality(String municipality) {
        Objects.requireNonNull(municipality, "municipality");
        return database.inTransaction("loading the projects of " + municipality, c -> read(c,
                "partnership_id IN (SELECT id FROM lp_partnership WHERE municipality_key = ? AND municipality = ?)",
                PartnershipMapper.municipalityKey(municipality), municipality));
    }

    /** The projects whose current status is {@code status}, ordered by id. */
    public List<Versioned<Project>> findByStatus(ProjectStatus status) {
        Objects.requireNonNull(status, "status");
        return database.inTransaction("loading the projects " + status, c -> read(c, "status = ?", Words.of(status)));
    }

    /**
     * Deletes the project stored at this copy's version.
     *
     * @throws ConcurrencyConflictException if the stored version is another
     * @throws AggregateNotFoundException   if it is not stored
     */
    public void delete(Versioned<Project> project) {
        String id = project.value().id().value();
        database.inTransaction("deleting project " + id, c -> {
            if (Statements.update(c, "DELETE FROM lp_project WHERE id = ? AND version = ?", id, project.version()) == 0) {
                throw Conflicts.of(c, "lp_project", AGGREGATE, id, project.version());
            }
            return null;
        });
    }

    static List<Versioned<Project>> read(Connection c, String selection, Object... params) throws SQLException {
        String in = " WHERE project_id IN (SELECT id FROM lp_project WHERE " + selection + ")";
        Rows<String, MeasureId> measures = new Rows<>();
        Statements.query(c, "SELECT project_id, measure_id FROM lp_project_measure" + in + " ORDER BY position", rs -> {
            measures.add(rs.getString(1), MeasureId.of(rs.getString(2)));
            return null;
        }, params);
        Rows<String, StatusChange> history = new Rows<>();
        Statements.query(c, "SELECT project_id, status, changed_on FROM lp_project_status_change" + in + " ORDER BY position",
                rs -> {
                    history.add(rs.getString(1), new StatusChange(Words.parse(ProjectStatus.class, rs.getString(2)), date(rs, "changed_on")));
                    return null;
                }, params);
        Map<String, Versioned<Project>> projects = new java.util.TreeMap<>();
        Statements.query(c, "SELECT * FROM lp_project WHERE " + selection, rs -> {
            String id = rs.getString("id");
            String amount = rs.getString("requested_amount");
            Project project = new Project(ProjectId.of(id), PartnershipId.of(rs.getString("partnership_id")), rs.getString("title"),
                    MemberId.of(rs.getString("applicant")), measures.get(id),
                    new FundingSource(Words.parse(FundingKind.class, rs.getString("funding_kind")), rs.getString("programme"),
                            rs.getString("call_name")),
                    amount == null ? null : new Money(new BigDecimal(amount), Currency.getInstance(rs.getString("requested_currency"))),
                    rs.getBoolean("individual_project"), history.get(id));
            projects.put(id, new Versioned<>(project, rs.getLong("version")));
            return null;
        }, params);
        return new ArrayList<>(projects.values());
    }

}
