package cz.socialinclusion.partnership.jdbc;

import cz.socialinclusion.partnership.IllegalPlanChangeException;
import cz.socialinclusion.partnership.PartnershipId;
import cz.socialinclusion.partnership.jdbc.internal.Statements;
import cz.socialinclusion.partnership.plan.PlanId;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import cz.socialinclusion.partnership.rules.Finding;
import cz.socialinclusion.partnership.rules.Rules;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static cz.socialinclusion.partnership.jdbc.internal.Statements.date;

/**
 * Stores {@link StrategicPlan}s with every version. Versions the council has adopted are append-only: a save
 * never updates or deletes their rows, and refuses a copy in which one of them was changed in place
 * ({@link IllegalPlanChangeException}); draft versions are replaced, new versions appended. Loading takes 14
 * queries whatever the size or number of plans.
 *
 * <p>Thread-safe.
 */
public final class PlanRepository {

    static final String AGGREGATE = "StrategicPlan";

    private final Database database;

    public PlanRepository(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * Saves the plan and returns the copy with its new version.
     *
     * @throws ConcurrencyConflictException if the stored version is not the copy's
     * @throws IllegalPlanChangeException   if a version adopted in the stored plan differs in the copy
     * @throws ConstraintViolatedException  if the partnership is not stored
     * @throws PartnershipDataException     (another subclass) if the database refuses or fails; nothing is written
     */
    public Versioned<StrategicPlan> save(Versioned<StrategicPlan> plan) {
        Objects.requireNonNull(plan, "plan");
        return database.inTransaction("saving plan " + plan.value().id(), c -> saveOn(c, plan));
    }

    /** The save, on a connection whose transaction the caller runs. */
    static Versioned<StrategicPlan> saveOn(Connection c, Versioned<StrategicPlan> plan) throws SQLException {
        StrategicPlan p = plan.value();
        String id = p.id().value();
        {
            Set<Integer> kept = new HashSet<>();
            if (plan.isNew()) {
                Conflicts.insertNew(c, "lp_strategic_plan", AGGREGATE, List.of(id), () -> Statements.update(c,
                        "INSERT INTO lp_strategic_plan (id, version, partnership_id, title, period_start, period_end)"
                        + " VALUES (?, 0, ?, ?, ?, ?)", id, p.partnership().value(), p.title(), p.start(), p.end()));
            } else {
                int changed = Statements.update(c, "UPDATE lp_strategic_plan SET version = version + 1, partnership_id = ?, title = ?,"
                        + " period_start = ?, period_end = ? WHERE id = ? AND version = ?",
                        p.partnership().value(), p.title(), p.start(), p.end(), id, plan.version());
                if (changed == 0) {
                    throw Conflicts.of(c, "lp_strategic_plan", AGGREGATE, id, plan.version());
                }
                StrategicPlan stored = PlanMapper.read(c, "id = ?", id).get(0).value();
                List<Finding> changes = Rules.standard().changesInPlace(stored, p);
                if (!changes.isEmpty()) {
                    throw new IllegalPlanChangeException(changes.get(0).message());
                }
                for (PlanVersion version : stored.versions()) {
                    if (version.adoption().isPresent()) {
                        kept.add(version.number());
                    }
                }
                Statements.update(c, "DELETE FROM lp_plan_version WHERE plan_id = ? AND adopted_on IS NULL", id);
            }
            PlanMapper.insertVersions(c, p, v -> !kept.contains(v.number()));
            return new Versioned<>(p, plan.version() + 1);
        }
    }

    /** The plan stored under {@code id}, with its version. */
    public Optional<Versioned<StrategicPlan>> findById(PlanId id) {
        Objects.requireNonNull(id, "id");
        return database.inTransaction("loading plan " + id, c -> PlanMapper.read(c, "id = ?", id.value()).stream().findFirst());
    }

    /**
     * The plan stored under {@code id}.
     *
     * @throws AggregateNotFoundException if there is none
     */
    public Versioned<StrategicPlan> get(PlanId id) {
        return findById(id).orElseThrow(() -> new AggregateNotFoundException(AGGREGATE, id.value()));
    }

    /** The plans of a partnership, ordered by id. */
    public List<Versioned<StrategicPlan>> findByPartnership(PartnershipId partnership) {
        Objects.requireNonNull(partnership, "partnership");
        return database.inTransaction("loading the plans of " + partnership,
                c -> PlanMapper.read(c, "partnership_id = ?", partnership.value()));
    }

    /** The plans of the partnerships of a municipality (exact name), ordered by id. */
    public List<Versioned<StrategicPlan>> findByMunicipality(String municipality) {
        Objects.requireNonNull(municipality, "municipality");
        return database.inTransaction("loading the plans of " + municipality, c -> PlanMapper.read(c,
                "partnership_id IN (SELECT id FROM lp_partnership WHERE municipality_key = ? AND municipality = ?)",
                PartnershipMapper.municipalityKey(municipality), municipality));
    }

    /** A plan found by a query: its id and its partnership's. */
    public record PlanRef(PlanId plan, PartnershipId partnership) {
    }

    /** The plans in force on {@code date}: the date within their period and a version adopted by then. */
    public List<PlanRef> findInForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return database.inTransaction("finding the plans in force on " + date, c -> Statements.query(c,
                "SELECT p.id, p.partnership_id FROM lp_strategic_plan p WHERE p.period_start <= ? AND p.period_end >= ?"
                        + " AND EXISTS (SELECT 1 FROM lp_plan_version v WHERE v.plan_id = p.id AND v.adopted_on <= ?)",
                rs -> new PlanRef(PlanId.of(rs.getString(1)), PartnershipId.of(rs.getString(2))), date, date, date)
                .stream().sorted(java.util.Comparator.comparing(r -> r.plan().value())).toList());
    }

    /** A review found by {@link #findReviewsDue}: the plan, its partnership, and the day the review falls due. */
    public record ReviewDue(PlanId plan, PartnershipId partnership, LocalDate due) {
    }

    /**
     * The plans in force on {@code asOf} whose next review (the last review, that is the first adoption or a
     * later version, plus {@code interval}) falls due by {@code asOf} plus {@code within}, overdue ones
     * included; what is due after the plan's end is left out. One query.
     */
    public List<ReviewDue> findReviewsDue(LocalDate asOf, Period interval, Period within) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(within, "within");
        LocalDate horizon = asOf.plus(within);
        return database.inTransaction("finding the reviews due by " + horizon, c -> {
            List<Object[]> rows = Statements.query(c,
                    "SELECT p.id, p.partnership_id, p.period_end, first.adopted, (SELECT MAX(v.made_on) FROM lp_plan_version v"
                            + " WHERE v.plan_id = p.id AND v.number > 1 AND v.made_on > first.adopted AND v.made_on <= ?) AS revised"
                            + " FROM lp_strategic_plan p JOIN (SELECT plan_id, MIN(adopted_on) AS adopted FROM lp_plan_version"
                            + " WHERE adopted_on IS NOT NULL GROUP BY plan_id) first ON first.plan_id = p.id"
                            + " WHERE p.period_start <= ? AND p.period_end >= ? AND first.adopted <= ?",
                    rs -> new Object[] {rs.getString(1), rs.getString(2), date(rs, "period_end"), date(rs, "adopted"), date(rs, "revised")},
                    asOf, asOf, asOf, asOf);
            List<ReviewDue> due = new ArrayList<>();
            for (Object[] row : rows) {
                LocalDate last = row[4] != null ? (LocalDate) row[4] : (LocalDate) row[3];
                LocalDate next = last.plus(interval);
                if (!next.isAfter(horizon) && !next.isAfter((LocalDate) row[2])) {
                    due.add(new ReviewDue(PlanId.of((String) row[0]), PartnershipId.of((String) row[1]), next));
                }
            }
            due.sort(java.util.Comparator.comparing(r -> r.plan().value()));
            return due;
        });
    }

    /**
     * Deletes a plan none of whose versions is adopted.
     *
     * @throws IllegalPlanChangeException   if a version is adopted: adopted versions are never deleted
     * @throws ConcurrencyConflictException if the stored version is another
     * @throws AggregateNotFoundException   if it is not stored
     */
    public void delete(Versioned<StrategicPlan> plan) {
        String id = plan.value().id().value();
        database.inTransaction("deleting plan " + id, c -> {
            if (!Statements.query(c, "SELECT number FROM lp_plan_version WHERE plan_id = ? AND adopted_on IS NOT NULL",
                    rs -> rs.getInt(1), id).isEmpty()) {
                throw new IllegalPlanChangeException("plan " + id + " has adopted versions, which are never deleted");
            }
            if (Statements.update(c, "DELETE FROM lp_strategic_plan WHERE id = ? AND version = ?", id, plan.version()) == 0) {
                throw Conflicts.of(c, "lp_strategic_plan", AGGREGATE, id, plan.version());
            }
            return null;
        });
    }

}
