package cz.socialinclusion.partnership.jdbc;

import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.base.PartnershipId;
import cz.socialinclusion.partnership.group.Theme;
import cz.socialinclusion.partnership.jdbc.internal.Interned;
import cz.socialinclusion.partnership.jdbc.internal.Rows;
import cz.socialinclusion.partnership.jdbc.internal.Statements;
import cz.socialinclusion.partnership.jdbc.internal.Table;
import cz.socialinclusion.partnership.jdbc.internal.Words;
import cz.socialinclusion.partnership.member.MemberId;
import cz.socialinclusion.partnership.plan.ActionStep;
import cz.socialinclusion.partnership.plan.Approval;
import cz.socialinclusion.partnership.plan.ApprovalBody;
import cz.socialinclusion.partnership.plan.Goal;
import cz.socialinclusion.partnership.plan.GoalId;
import cz.socialinclusion.partnership.plan.GoalTerm;
import cz.socialinclusion.partnership.plan.Indicator;
import cz.socialinclusion.partnership.plan.IndicatorId;
import cz.socialinclusion.partnership.plan.IndicatorTarget;
import cz.socialinclusion.partnership.plan.Measure;
import cz.socialinclusion.partnership.plan.MeasureId;
import cz.socialinclusion.partnership.plan.Measurement;
import cz.socialinclusion.partnership.plan.Money;
import cz.socialinclusion.partnership.plan.Need;
import cz.socialinclusion.partnership.plan.NeedId;
import cz.socialinclusion.partnership.plan.NeedKind;
import cz.socialinclusion.partnership.plan.PlanId;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.Priority;
import cz.socialinclusion.partnership.plan.PriorityId;
import cz.socialinclusion.partnership.plan.Resource;
import cz.socialinclusion.partnership.plan.ResourceKind;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import org.threeten.extra.LocalDateRange;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Predicate;

/**
 * Rows of the plan aggregate: each table's columns written once, as a row record and its {@link Table}; writes
 * plan versions with the hash of their content, and reads any selection of plans in 14 queries.
 */
final class PlanMapper {

    record PlanRow(String id, long version, String partnershipId, String title, LocalDate periodStart, LocalDate periodEnd) {
    }

    /**
     * A version; {@code madeOn} and {@code adoptedOn} are recorded dates in their text form, {@code adoptedBy} the
     * adoption's latest possible day (the day by which it was certainly adopted, {@code null} when its date is not
     * recorded) for the queries by day; {@code contentHash} is {@link VersionRows#hash} of its rows, so that a save
     * can tell it unchanged.
     */
    record VersionRow(String planId, int number, String madeOn, String summary, String adoptedOn, LocalDate adoptedBy,
                      String statedGoalTerms, String contentHash) {

        /** The stated goal horizons as their words joined by commas, {@code null} for none. */
        static String terms(Set<GoalTerm> terms) {
            return terms.isEmpty() ? null : terms.stream().map(Words::of).collect(Collectors.joining(","));
        }

        Set<GoalTerm> statedGoalTermSet() {
            if (statedGoalTerms == null) {
                return Set.of();
            }
            Set<GoalTerm> terms = EnumSet.noneOf(GoalTerm.class);
            for (String word : statedGoalTerms.split(",")) {
                terms.add(Words.parse(GoalTerm.class, word));
            }
            return terms;
        }
    }

    record ApprovalRow(String planId, int number, int position, String body, String decidedOn, String resolution) {
    }

    record NeedRow(String planId, int number, String needId, int position, String kind, String description) {
    }

    record NeedThemeRow(String planId, int number, String needId, String theme) {
    }

    record PriorityRow(String planId, int number, String priorityId, int position, String title) {
    }

    record PriorityThemeRow(String planId, int number, String priorityId, String theme) {
    }

    record PriorityNeedRow(String planId, int number, String priorityId, int position, String needId) {
    }

    record GoalRow(String planId, int number, String goalId, String priorityId, int position, String title, String term) {
    }

    record MeasureRow(String planId, int number, String measureId, String goalId, int position, String title, String responsible) {
    }

    record StepRow(String planId, int number, String measureId, int position, String title, String responsible,
                   LocalDate deadline, LocalDate completed) {
    }

    record ResourceRow(String planId, int number, String measureId, int stepPosition, int position, String kind,
                       String description, String amount, String currency) {
    }

    record IndicatorRow(String planId, int number, String indicatorId, String ownerKind, String ownerId, int position,
                        String name, String unit, String baselineValue, LocalDate baselineDate) {
    }

    record TargetRow(String planId, int number, String indicatorId, int position, boolean isFinal, LocalDate due,
                     String target, String actualValue, LocalDate actualDate) {
    }

    static final Table<PlanRow> PLAN = Table.of("lp_strategic_plan", PlanRow.class, in -> new PlanRow(in.text(), in.longInteger(), in.text(), in.text(), in.date(), in.date()));
    static final Table<VersionRow> VERSION = Table.of("lp_plan_version", VersionRow.class, in -> new VersionRow(in.text(), in.integer(), in.text(), in.text(), in.text(), in.date(), in.text(), in.text()));
    static final Table<ApprovalRow> APPROVAL = Table.of("lp_plan_approval", ApprovalRow.class, in -> new ApprovalRow(in.text(), in.integer(), in.integer(), in.text(), in.text(), in.text()));
    static final Table<NeedRow> NEED = Table.of("lp_plan_need", NeedRow.class, in -> new NeedRow(in.text(), in.integer(), in.text(), in.integer(), in.text(), in.text()));
    static final Table<NeedThemeRow> NEED_THEME = Table.of("lp_plan_need_theme", NeedThemeRow.class, in -> new NeedThemeRow(in.text(), in.integer(), in.text(), in.text()));
    static final Table<PriorityRow> PRIORITY = Table.of("lp_plan_priority", PriorityRow.class, in -> new PriorityRow(in.text(), in.integer(), in.text(), in.integer(), in.text()));
    static final Table<PriorityThemeRow> PRIORITY_THEME = Table.of("lp_plan_priority_theme", PriorityThemeRow.class, in -> new PriorityThemeRow(in.text(), in.integer(), in.text(), in.text()));
    static final Table<PriorityNeedRow> PRIORITY_NEED = Table.of("lp_plan_priority_need", PriorityNeedRow.class, in -> new PriorityNeedRow(in.text(), in.integer(), in.text(), in.integer(), in.text()));
    static final Table<GoalRow> GOAL = Table.of("lp_plan_goal", GoalRow.class, in -> new GoalRow(in.text(), in.integer(), in.text(), in.text(), in.integer(), in.text(), in.text()));
    static final Table<MeasureRow> MEASURE = Table.of("lp_plan_measure", MeasureRow.class, in -> new MeasureRow(in.text(), in.integer(), in.text(), in.text(), in.integer(), in.text(), in.text()));
    static final Table<StepRow> STEP = Table.of("lp_plan_step", StepRow.class, in -> new StepRow(in.text(), in.integer(), in.text(), in.integer(), in.text(), in.text(), in.date(), in.date()));
    static final Table<ResourceRow> RESOURCE = Table.of("lp_plan_step_resource", ResourceRow.class, in -> new ResourceRow(in.text(), in.integer(), in.text(), in.integer(), in.integer(), in.text(), in.text(), in.text(), in.text()));
    static final Table<IndicatorRow> INDICATOR = Table.of("lp_plan_indicator", IndicatorRow.class, in -> new IndicatorRow(in.text(), in.integer(), in.text(), in.text(), in.text(), in.integer(), in.text(), in.text(), in.text(), in.date()));
    static final Table<TargetRow> TARGET = Table.of("lp_plan_indicator_target", TargetRow.class, in -> new TargetRow(in.text(), in.integer(), in.text(), in.integer(), in.bool(), in.date(), in.text(), in.text(), in.date()));

    private PlanMapper() {
    }

    /** The rows of plan versions, one list a table, in the order they are inserted. */
    static final class VersionRows {
        final Table.Rows<VersionRow> versions = new Table.Rows<>(VERSION);
        final Table.Rows<ApprovalRow> approvals = new Table.Rows<>(APPROVAL);
        final Table.Rows<NeedRow> needs = new Table.Rows<>(NEED);
        final Table.Rows<NeedThemeRow> needThemes = new Table.Rows<>(NEED_THEME);
        final Table.Rows<PriorityRow> priorities = new Table.Rows<>(PRIORITY);
        final Table.Rows<PriorityThemeRow> priorityThemes = new Table.Rows<>(PRIORITY_THEME);
        final Table.Rows<PriorityNeedRow> priorityNeeds = new Table.Rows<>(PRIORITY_NEED);
        final Table.Rows<GoalRow> goals = new Table.Rows<>(GOAL);
        final Table.Rows<MeasureRow> measures = new Table.Rows<>(MEASURE);
        final Table.Rows<StepRow> steps = new Table.Rows<>(STEP);
        final Table.Rows<ResourceRow> resources = new Table.Rows<>(RESOURCE);
        final Table.Rows<IndicatorRow> indicators = new Table.Rows<>(INDICATOR);
        final Table.Rows<TargetRow> targets = new Table.Rows<>(TARGET);
        /** Characters of the hashed text collected before they are digested. */
        private static final int HASHED_CHUNK = 8192;
        /** The next indicator's position within the version being added. */
        private int indicatorPosition;

        private List<Table.Rows<?>> all() {
            return List.of(versions, approvals, needs, needThemes, priorities, priorityThemes, priorityNeeds, goals, measures,
                    steps, resources, indicators, targets);
        }

        /** Adds the rows of version {@code v} of plan {@code id}, its version row carrying the hash of its content. */
        void add(String id, PlanVersion v) {
            VersionRows content = new VersionRows();
            content.addContent(id, v);
            String hash = content.hash();
            for (int i = 0; i < all().size(); i++) {
                addAll(all().get(i), content.all().get(i));
            }
            VersionRow unhashed = content.versions.rows().get(0);
            versions.rows().set(versions.rows().size() - 1, new VersionRow(unhashed.planId(), unhashed.number(),
                    unhashed.madeOn(), unhashed.summary(), unhashed.adoptedOn(), unhashed.adoptedBy(),
                    unhashed.statedGoalTerms(), hash));
        }

        @SuppressWarnings("unchecked")
        private static <R extends Record> void addAll(Table.Rows<R> into, Table.Rows<?> from) {
            for (Object row : from.rows()) {
                into.add((R) row);
            }
        }

        void insert(Connection c) throws SQLException {
            for (Table.Rows<?> rows : all()) {
                rows.insert(c);
            }
        }

        /** SHA-256, in hex, of every value of every row, each with its type; the version row's hash is not set yet. */
        String hash() {
            MessageDigest digest;
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java platform has SHA-256", e);
            }
            // The text is digested a row at a time (its UTF-8 is the concatenation of its rows'), never built whole.
            StringBuilder text = new StringBuilder(HASHED_CHUNK + 256);
            for (Table.Rows<?> rows : all()) {
                text.append('\u0003').append(rows.table().name());
                for (Object row : rows.rows()) {
                    text.append('\u0002');
                    for (Object value : rows.values(row)) {
                        text.append('\u0001');
                        if (value != null) {
                            text.append(value.getClass().getSimpleName()).append(':').append(value);
                        }
                    }
                    if (text.length() >= HASHED_CHUNK) {
                        digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
                        text.setLength(0);
                    }
                }
            }
            digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        }

        private void addContent(String id, PlanVersion v) {
            int n = v.number();
            RecordedDate adopted = v.adoption().map(Approval::date).orElse(null);
            versions.add(new VersionRow(id, n, v.date().toString(), v.summary(), PartnershipMapper.text(adopted),
                    adopted == null ? null : adopted.latest(), VersionRow.terms(v.statedGoalTerms()), null));
            for (int i = 0; i < v.approvals().size(); i++) {
                Approval a = v.approvals().get(i);
                approvals.add(new ApprovalRow(id, n, i, Words.of(a.body()), a.date().toString(), a.resolution()));
            }
            for (int i = 0; i < v.needs().size(); i++) {
                Need need = v.needs().get(i);
                needs.add(new NeedRow(id, n, need.id().value(), i, Words.of(need.kind()), need.description()));
                for (Theme t : sorted(need.themes())) {
                    needThemes.add(new NeedThemeRow(id, n, need.id().value(), Words.of(t)));
                }
            }
            int goalPosition = 0;
            int measurePosition = 0;
            indicatorPosition = 0;
            for (int i = 0; i < v.priorities().size(); i++) {
                Priority p = v.priorities().get(i);
                String pid = p.id().value();
                priorities.add(new PriorityRow(id, n, pid, i, p.title()));
                for (Theme t : sorted(p.themes())) {
                    priorityThemes.add(new PriorityThemeRow(id, n, pid, Words.of(t)));
                }
                for (int k = 0; k < p.addresses().size(); k++) {
                    priorityNeeds.add(new PriorityNeedRow(id, n, pid, k, p.addresses().get(k).value()));
                }
                for (Goal g : p.goals()) {
                    String gid = g.id().value();
                    goals.add(new GoalRow(id, n, gid, pid, goalPosition++, g.title(), Words.of(g.term())));
                    for (Indicator indicator : g.indicators()) {
                        indicator(id, n, "goal", gid, indicatorPosition++, indicator);
                    }
                    for (Measure m : g.measures()) {
                        measure(id, n, gid, measurePosition++, m);
                    }
                }
            }
            for (Measure m : v.measuresWithoutGoal()) {
                measure(id, n, null, measurePosition++, m);
            }
        }

        /** A measure's row, its indicators, steps and their resources; {@code gid} is null for one without a goal. */
        private void measure(String id, int n, String gid, int position, Measure m) {
            String mid = m.id().value();
            measures.add(new MeasureRow(id, n, mid, gid, position, m.title(),
                    m.responsible() == null ? null : m.responsible().value()));
            for (Indicator indicator : m.indicators()) {
                indicator(id, n, "measure", mid, indicatorPosition++, indicator);
            }
            for (int s = 0; s < m.steps().size(); s++) {
                ActionStep step = m.steps().get(s);
                steps.add(new StepRow(id, n, mid, s, step.title(), step.responsible().value(), step.deadline(),
                        step.completed()));
                for (int r = 0; r < step.resources().size(); r++) {
                    Resource res = step.resources().get(r);
                    Money money = res.amount();
                    resources.add(new ResourceRow(id, n, mid, s, r, Words.of(res.kind()), res.description(),
                            money == null ? null : money.amount().toPlainString(),
                            money == null ? null : money.currency().getCurrencyCode()));
                }
            }
        }

        private void indicator(String id, int n, String ownerKind, String owner, int position, Indicator indicator) {
            String iid = indicator.id().value();
            indicators.add(new IndicatorRow(id, n, iid, ownerKind, owner, position, indicator.name(), indicator.unit(),
                    indicator.baseline().value().toString(), indicator.baseline().date()));
            List<IndicatorTarget> all = indicator.targets();
            for (int t = 0; t < all.size(); t++) {
                IndicatorTarget target = all.get(t);
                Measurement actual = target.actual();
                targets.add(new TargetRow(id, n, iid, t, t == all.size() - 1, target.due(), target.target().toString(),
                        actual == null ? null : actual.value().toString(), actual == null ? null : actual.date()));
            }
        }

        private static List<Theme> sorted(Set<Theme> themes) {
            return themes.stream().sorted().toList();
        }
    }

    /** The hash of the content of version {@code v} of plan {@code id}, as stored with it. */
    static String contentHash(String id, PlanVersion v) {
        VersionRows rows = new VersionRows();
        rows.addContent(id, v);
        return rows.hash();
    }

    /** Inserts the rows of the versions {@code include} accepts, one batch a table. */
    static void insertVersions(Connection c, StrategicPlan plan, Predicate<PlanVersion> include) throws SQLException {
        VersionRows rows = new VersionRows();
        for (PlanVersion v : plan.versions()) {
            if (include.test(v)) {
                rows.add(plan.id().value(), v);
            }
        }
        rows.insert(c);
    }

    /** A plan version's key: the plan's id and the version's number. */
    private record VersionKey(String plan, int number) {
    }

    /** The key of a part of a plan version: the version's and the part's own id (a need, priority, goal or measure). */
    private record PartKey(String plan, int number, String id) {
    }

    /** An action step's key: its measure's and its position. */
    private record StepKey(String plan, int number, String measure, int step) {
    }

    private static Set<Theme> themes(List<Theme> themes) {
        return themes.isEmpty() ? Set.of() : EnumSet.copyOf(themes);
    }

    /**
     * Reads the plans {@code selection} picks ({@code "id = ?"}, {@code "partnership_id = ?"}), ordered by id, in 14
     * queries. Children are read leaves first, each grouped under its parent's typed key as it is read, in the order
     * of their stored positions; the database sorts nothing.
     */
    static List<Versioned<StrategicPlan>> read(Connection c, String selection, Object... params) throws SQLException {
        return read(c, new Interned<>(MemberId::of), selection, params);
    }

    /**
     * {@link #read(Connection, String, Object...)}, with the members' ids made one instance each through
     * {@code members} (which may know the partnership's own). Plan and measure ids are made one instance each as
     * well, so that a step finds its resources, and a measure its steps, by keys compared by identity.
     */
    static List<Versioned<StrategicPlan>> read(Connection c, Interned<MemberId> members, String selection, Object... params)
            throws SQLException {
        // One for each kind of id: rows of one parent come together, so each finds its last text the same.
        Interned<String> plans = Interned.texts();
        Interned<String> measureIds = Interned.texts();
        String in = "WHERE plan_id IN (SELECT id FROM lp_strategic_plan WHERE " + selection + ")";
        List<PlanRow> roots = PLAN.read(c, "WHERE " + selection, params);
        if (roots.isEmpty()) {
            return List.of();
        }
        roots.sort(Comparator.comparing(PlanRow::id));
        Rows<VersionKey, Approval> approvals = new Rows<>();
        APPROVAL.forEach(c, in, r -> approvals.put(new VersionKey(r.planId(), r.number()), r.position(),
                new Approval(Words.parse(ApprovalBody.class, r.body()), RecordedDate.parse(r.decidedOn()), r.resolution())), params);
        Rows<PartKey, Theme> needThemes = new Rows<>();
        NEED_THEME.forEach(c, in, r -> needThemes.add(new PartKey(r.planId(), r.number(), r.needId()),
                Words.parse(Theme.class, r.theme())), params);
        Rows<VersionKey, Need> needs = new Rows<>();
        NEED.forEach(c, in, r -> needs.put(new VersionKey(r.planId(), r.number()), r.position(), new Need(NeedId.of(r.needId()),
                Words.parse(NeedKind.class, r.kind()), r.description(),
                themes(needThemes.get(new PartKey(r.planId(), r.number(), r.needId()))))), params);
        Rows<StepKey, Resource> resources = new Rows<>();
        RESOURCE.forEach(c, in, r -> resources.put(new StepKey(plans.of(r.planId()), r.number(), measureIds.of(r.measureId()),
                r.stepPosition()), r.position(), new Resource(Words.parse(ResourceKind.class, r.kind()), r.description(), r.amount() == null ? null
                        : new Money(new BigDecimal(r.amount()), Currency.getInstance(r.currency())))), params);
        Rows<PartKey, ActionStep> steps = new Rows<>();
        STEP.forEach(c, in, r -> {
            String plan = plans.of(r.planId());
            String measure = measureIds.of(r.measureId());
            steps.put(new PartKey(plan, r.number(), measure), r.position(), new ActionStep(r.title(), members.of(r.responsible()),
                    r.deadline(), resources.get(new StepKey(plan, r.number(), measure, r.position())), r.completed()));
        }, params);
        Rows<PartKey, IndicatorTarget> targets = new Rows<>();
        TARGET.forEach(c, in, r -> targets.put(new PartKey(r.planId(), r.number(), r.indicatorId()), r.position(),
                new IndicatorTarget(r.due(), new BigDecimal(r.target()),
                        r.actualValue() == null ? null : new Measurement(new BigDecimal(r.actualValue()), r.actualDate()))), params);
        Rows<PartKey, Indicator> goalIndicators = new Rows<>();
        Rows<PartKey, Indicator> measureIndicators = new Rows<>();
        INDICATOR.forEach(c, in, r -> {
            List<IndicatorTarget> all = targets.get(new PartKey(r.planId(), r.number(), r.indicatorId()));
            (r.ownerKind().equals("goal") ? goalIndicators : measureIndicators).put(new PartKey(r.planId(), r.number(), r.ownerId()),
                    r.position(), new Indicator(IndicatorId.of(r.indicatorId()), r.name(), r.unit(),
                            new Measurement(new BigDecimal(r.baselineValue()), r.baselineDate()), all.subList(0, all.size() - 1),
                            all.get(all.size() - 1)));
        }, params);
        Rows<PartKey, Measure> measures = new Rows<>();
        MEASURE.forEach(c, in, r -> {
            PartKey measure = new PartKey(plans.of(r.planId()), r.number(), measureIds.of(r.measureId()));
            // A measure without a goal is kept under its version's key (a null goal), which no goal's key equals.
            measures.put(new PartKey(r.planId(), r.number(), r.goalId()), r.position(), new Measure(MeasureId.of(r.measureId()),
                    r.title(), members.of(r.responsible()), steps.get(measure),
                    measureIndicators.get(measure)));
        }, params);
        Rows<PartKey, Goal> goals = new Rows<>();
        GOAL.forEach(c, in, r -> {
            PartKey goal = new PartKey(r.planId(), r.number(), r.goalId());
            goals.put(new PartKey(r.planId(), r.number(), r.priorityId()), r.position(), new Goal(GoalId.of(r.goalId()), r.title(),
                    Words.parse(GoalTerm.class, r.term()), measures.get(goal), goalIndicators.get(goal)));
        }, params);
        Rows<PartKey, Theme> priorityThemes = new Rows<>();
        PRIORITY_THEME.forEach(c, in, r -> priorityThemes.add(new PartKey(r.planId(), r.number(), r.priorityId()),
                Words.parse(Theme.class, r.theme())), params);
        Rows<PartKey, NeedId> priorityNeeds = new Rows<>();
        PRIORITY_NEED.forEach(c, in, r -> priorityNeeds.put(new PartKey(r.planId(), r.number(), r.priorityId()), r.position(),
                NeedId.of(r.needId())), params);
        Rows<VersionKey, Priority> priorities = new Rows<>();
        PRIORITY.forEach(c, in, r -> {
            PartKey priority = new PartKey(r.planId(), r.number(), r.priorityId());
            priorities.put(new VersionKey(r.planId(), r.number()), r.position(), new Priority(PriorityId.of(r.priorityId()),
                    r.title(), themes(priorityThemes.get(priority)), priorityNeeds.get(priority), goals.get(priority)));
        }, params);
        Rows<String, PlanVersion> versions = new Rows<>();
        VERSION.forEach(c, in, r -> {
            VersionKey version = new VersionKey(r.planId(), r.number());
            versions.put(r.planId(), r.number(), new PlanVersion(r.number(), RecordedDate.parse(r.madeOn()), r.summary(),
                    needs.get(version), priorities.get(version), measures.get(new PartKey(r.planId(), r.number(), null)),
                    approvals.get(version), r.statedGoalTermSet()));
        }, params);
        List<Versioned<StrategicPlan>> result = new ArrayList<>(roots.size());
        for (PlanRow r : roots) {
            StrategicPlan plan = new StrategicPlan(PlanId.of(r.id()), PartnershipId.of(r.partnershipId()), r.title(),
                    LocalDateRange.ofClosed(r.periodStart(), r.periodEnd()), versions.get(r.id()));
            result.add(new Versioned<>(plan, r.version()));
        }
        return result;
    }
}
