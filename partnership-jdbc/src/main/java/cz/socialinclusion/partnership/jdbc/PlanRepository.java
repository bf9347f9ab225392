package cz.socialinclusion.partnership.jdbc;

import cz.socialinclusion.partnership.plan.IllegalPlanChangeException;
import cz.socialinclusion.partnership.base.PartnershipId;
import cz.socialinclusion.partnership.jdbc.internal.Statements;
import cz.socialinclusion.partnership.plan.PlanId;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import cz.socialinclusion.partnership.rules.ReviewCycleRule;
import cz.socialinclusion.partnership.rules.RulePolicy;

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

    /**
     * A repository of plans in this database.
     *
     * @param database where the connections come from: {@link Database#of} or {@link Database#onHostConnection}
     */
    public PlanRepository(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * Saves the plan and returns the copy with its new version.
     *
     * @param plan the plan with the version it was loaded at, or {@link Versioned#of} for a new one
     * @return the saved copy, at its new version
     * @throws ConcurrencyConflictException if the stored version is not the copy's
     * @throws IllegalPlanChangeException   if a version adopted in the stored plan differs in the copy
     * @throws ConstraintViolatedException  if the partnership is not stored
     * @throws PartnershipDataException     (another subclass) if the database refuses or fails; nothing is written
     */
    public Versioned<StrategicPlan> save(Versioned<StrategicPlan> plan) {
        Objects.requireNonNull(plan, "plan");
        return database.inTransaction("saving plan " + plan.value().id(), c -> saveOn(c, plan));
    }

    /**
     * The save, on a connection whose transaction the caller runs. An update reads only the adopted versions'
     * numbers, dates and content hashes: a copy whose adopted versions hash the same is saved without reading
     * the stored plan; only if a hash differs are the stored versions read and compared.
     */
    static Versioned<StrategicPlan> saveOn(Connection c, Versioned<StrategicPlan> plan) throws SQLException {
        StrategicPlan p = plan.value();
        String id = p.id().value();
        Set<Integer> kept = new HashSet<>();
        if (plan.isNew()) {
            Object[] insert = PlanMapper.PLAN.values(root(p, 0));
            Conflicts.insertNew(c, "lp_strategic_plan", AGGREGATE, List.of(id), () -> Statements.update(c, PlanMapper.PLAN.insert(), insert));
        } else {
            int changed = Statements.update(c, PlanMapper.PLAN.versionedUpdate(),
                    PlanMapper.PLAN.updateValues(root(p, plan.version()), plan.version()));
            if (changed == 0) {
                throw Conflicts.of(c, "lp_strategic_plan", AGGREGATE, id, plan.version());
            }
            requireAdoptedVersionsKept(c, p, kept);
            Statements.update(c, "DELETE FROM lp_plan_version WHERE plan_id = ? AND adopted_on IS NULL", id);
        }
        PlanMapper.insertVersions(c, p, v -> !kept.contains(v.number()));
        return new Versioned<>(p, plan.version() + 1);
    }

    private static PlanMapper.PlanRow root(StrategicPlan p, long version) {
        return new PlanMapper.PlanRow(p.id().value(), version, p.partnership().value(), p.title(), p.start(), p.end());
    }

    /** A stored adopted version: its number and the hash of its rows. */
    private record AdoptedVersion(int number, String contentHash) {
    }

    /**
     * Refuses {@code copy} if a version adopted in the stored plan is missing from it or differs in it
     * ({@link StrategicPlan#requireAdoptedVersionsKept}); adds the adopted versions' numbers to {@code kept}. The
     * stored plan is read only when a version is missing or its content hash differs.
     */
    private static void requireAdoptedVersionsKept(Connection c, StrategicPlan copy, Set<Integer> kept) throws SQLException {
        String id = copy.id().value();
        boolean compare = false;
        for (AdoptedVersion version : Statements.query(c, "SELECT number, content_hash FROM lp_plan_version"
                + " WHERE plan_id = ? AND adopted_on IS NOT NULL", rs -> new AdoptedVersion(rs.getInt(1), rs.getString(2)), id)) {
            int n = version.number();
            if (n > copy.versions().size() || !PlanMapper.contentHash(id, copy.versions().get(n - 1)).equals(version.contentHash())) {
                // Changed, missing, or stored by a release that wrote other rows: the stored plan decides.
                compare = true;
            }
            kept.add(n);
        }
        if (compare) {
            copy.requireAdoptedVersionsKept(PlanMapper.read(c, "id = ?", id).get(0).value());
        }
    }

    /**
     * The plan stored under {@code id}, with its version.
     *
     * @param id the id
     * @return the plan stored under {@code id}, with its version
     */
    public Optional<Versioned<StrategicPlan>> findById(PlanId id) {
        Objects.requireNonNull(id, "id");
        return database.inTransaction("loading plan " + id, c -> PlanMapper.read(c, "id = ?", id.value()).stream().findFirst());
    }

    /**
     * The plan stored under {@code id}.
     *
     * @param id the id
     * @return the plan stored under {@code id}
     * @throws AggregateNotFoundException if there is none
     */
    public Versioned<StrategicPlan> get(PlanId id) {
        return findById(id).orElseThrow(() -> new AggregateNotFoundException(AGGREGATE, id.value()));
    }

    /**
     * The plans of a partnership, ordered by id.
     *
     * @param partnership the partnership's id
     * @return the plans of a partnership, ordered by id
     */
    public List<Versioned<StrategicPlan>> findByPartnership(PartnershipId partnership) {
        Objects.requireNonNull(partnership, "partnership");
        return database.inTransaction("loading the plans of " + partnership,
                c -> PlanMapper.read(c, "partnership_id = ?", partnership.value()));
    }

    /**
     * The plans of the partnerships of a municipality (exact name), ordered by id.
     *
     * @param municipality the municipality's name, exactly as the partnerships give it
     * @return the plans of the partnerships of a municipality (exact name), ordered by id
     */
    public List<Versioned<StrategicPlan>> findByMunicipality(String municipality) {
        Objects.requireNonNull(municipality, "municipality");
        return database.inTransaction("loading the plans of " + municipality, c -> PlanMapper.read(c,
                "partnership_id IN (SELECT id FROM lp_partnership WHERE municipality_key = ? AND municipality = ?)",
                PartnershipMapper.municipalityKey(municipality), municipality));
    }

    /** A plan found by a query: its id and its partnership's. */
    public record PlanRef(PlanId plan, PartnershipId partnership) {
    }

    /**
     * The plans in force on {@code date}: the date within their period and a version certainly adopted by then (the
     * adoption's latest possible day on or before it), as {@link cz.socialinclusion.partnership.Dossier#planInForceOn}
     * counts them.
     *
     * @param date the day
     * @return the plans in force on {@code date}: the date within their period and a version adopted by then
     */
    public List<PlanRef> findInForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return database.inTransaction("finding the plans in force on " + date, c -> Statements.query(c,
                "SELECT p.id, p.partnership_id FROM lp_strategic_plan p WHERE p.period_start <= ? AND p.period_end >= ?"
                        + " AND EXISTS (SELECT 1 FROM lp_plan_version v WHERE v.plan_id = p.id AND v.adopted_by <= ?)",
                rs -> new PlanRef(PlanId.of(rs.getString(1)), PartnershipId.of(rs.getString(2))), date, date, date)
                .stream().sorted(java.util.Comparator.comparing(r -> r.plan().value())).toList());
    }

    /** A review found by {@link #findReviewsDue}: the plan, its partnership, and the day the review falls due. */
    public record ReviewDue(PlanId plan, PartnershipId partnership, LocalDate due) {
    }

    /**
     * The plans in force on {@code asOf} whose next review falls due by {@code asOf} plus {@code within}, overdue
     * ones included, each with the day it falls due. The day is the rules' own
     * ({@link ReviewCycleRule#nextReviewDue}, under {@code policy}): the same the review-cycle findings and the
     * schedule give. A review that would fall due after the plan's end is left out. Reads only the plans in force
     * that have an adopted version.
     *
     * @param asOf   the day to look from
     * @param policy the rules' numbers; its review interval says how often a plan is revised
     * @param within how far ahead of {@code asOf} to look
     * @return the reviews due, one for each plan that has one, ordered by plan id
     */
    public List<ReviewDue> findReviewsDue(LocalDate asOf, RulePolicy policy, Period within) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(within, "within");
        LocalDate horizon = asOf.plus(within);
        return database.inTransaction("finding the reviews due by " + horizon, c -> {
            List<ReviewDue> due = new ArrayList<>();
            for (Versioned<StrategicPlan> stored : PlanMapper.read(c, "period_start <= ? AND period_end >= ?"
                    + " AND id IN (SELECT plan_id FROM lp_plan_version WHERE adopted_by <= ?)", asOf, asOf, asOf)) {
                StrategicPlan plan = stored.value();
                ReviewCycleRule.nextReviewDue(plan, policy, asOf).filter(day -> !day.isAfter(horizon))
                        .ifPresent(day -> due.add(new ReviewDue(plan.id(), plan.partnership(), day)));
            }
            return due;
        });
    }

    /**
     * Deletes a plan none of whose versions is adopted.
     *
     * @param plan the plan with the version it was loaded at
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
            Conflicts.deleteRoot(c, "lp_strategic_plan", AGGREGATE, id, plan.version());
            return null;
        });
    }

}
