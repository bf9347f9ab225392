package cz.socialinclusion.partnership.jdbc;

import cz.socialinclusion.partnership.PartnershipId;
import cz.socialinclusion.partnership.group.Theme;
import cz.socialinclusion.partnership.jdbc.internal.Rows;
import cz.socialinclusion.partnership.jdbc.internal.Statements;
import cz.socialinclusion.partnership.jdbc.internal.Statements.Batch;
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
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static cz.socialinclusion.partnership.jdbc.internal.Statements.date;

/** Rows of the plan aggregate: writes plan versions, and reads any selection of plans in 14 queries. */
final class PlanMapper {

    private PlanMapper() {
    }

    /** Inserts the rows of the versions {@code include} accepts, one batch a table. */
    static void insertVersions(Connection c, StrategicPlan plan, Predicate<PlanVersion> include) throws SQLException {
        String id = plan.id().value();
        Batch versions = new Batch("INSERT INTO lp_plan_version (plan_id, number, made_on, summary, adopted_on) VALUES (?, ?, ?, ?, ?)");
        Batch approvals = new Batch("INSERT INTO lp_plan_approval (plan_id, number, position, body, decided_on, resolution) VALUES (?, ?, ?, ?, ?, ?)");
        Batch needs = new Batch("INSERT INTO lp_plan_need (plan_id, number, need_id, position, kind, description) VALUES (?, ?, ?, ?, ?, ?)");
        Batch needThemes = new Batch("INSERT INTO lp_plan_need_theme (plan_id, number, need_id, theme) VALUES (?, ?, ?, ?)");
        Batch priorities = new Batch("INSERT INTO lp_plan_priority (plan_id, number, priority_id, position, title) VALUES (?, ?, ?, ?, ?)");
        Batch priorityThemes = new Batch("INSERT INTO lp_plan_priority_theme (plan_id, number, priority_id, theme) VALUES (?, ?, ?, ?)");
        Batch priorityNeeds = new Batch("INSERT INTO lp_plan_priority_need (plan_id, number, priority_id, position, need_id) VALUES (?, ?, ?, ?, ?)");
        Batch goals = new Batch("INSERT INTO lp_plan_goal (plan_id, number, goal_id, priority_id, position, title, term) VALUES (?, ?, ?, ?, ?, ?, ?)");
        Batch measures = new Batch("INSERT INTO lp_plan_measure (plan_id, number, measure_id, goal_id, position, title, responsible)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)");
        Batch steps = new Batch("INSERT INTO lp_plan_step (plan_id, number, measure_id, position, title, responsible, deadline, completed)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        Batch resources = new Batch("INSERT INTO lp_plan_step_resource (plan_id, number, measure_id, step_position, position, kind,"
                + " description, amount, currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        Batch indicators = new Batch("INSERT INTO lp_plan_indicator (plan_id, number, indicator_id, owner_kind, owner_id, position, name,"
                + " unit, baseline_value, baseline_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        Batch targets = new Batch("INSERT INTO lp_plan_indicator_target (plan_id, number, indicator_id, position, is_final, due, target,"
                + " actual_value, actual_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (PlanVersion v : plan.versions()) {
            if (!include.test(v)) {
                continue;
            }
            int n = v.number();
            versions.add(id, n, v.date(), v.summary(), v.adoption().map(Approval::date).orElse(null));
            for (int i = 0; i < v.approvals().size(); i++) {
                Approval a = v.approvals().get(i);
                approvals.add(id, n, i, Words.of(a.body()), a.date(), a.resolution());
            }
            for (int i = 0; i < v.needs().size(); i++) {
                Need need = v.needs().get(i);
                needs.add(id, n, need.id().value(), i, Words.of(need.kind()), need.description());
                for (Theme t : need.themes()) {
                    needThemes.add(id, n, need.id().value(), Words.of(t));
                }
            }
            int goalPosition = 0;
            int measurePosition = 0;
            int indicatorPosition = 0;
            for (int i = 0; i < v.priorities().size(); i++) {
                Priority p = v.priorities().get(i);
                String pid = p.id().value();
                priorities.add(id, n, pid, i, p.title());
                for (Theme t : p.themes()) {
                    priorityThemes.add(id, n, pid, Words.of(t));
                }
                for (int k = 0; k < p.addresses().size(); k++) {
                    priorityNeeds.add(id, n, pid, k, p.addresses().get(k).value());
                }
                for (Goal g : p.goals()) {
                    String gid = g.id().value();
                    goals.add(id, n, gid, pid, goalPosition++, g.title(), Words.of(g.term()));
                    for (Indicator indicator : g.indicators()) {
                        indicator(indicators, targets, id, n, "goal", gid, indicatorPosition++, indicator);
                    }
                    for (Measure m : g.measures()) {
                        String mid = m.id().value();
                        measures.add(id, n, mid, gid, measurePosition++, m.title(), m.responsible() == null ? null : m.responsible().value());
                        for (Indicator indicator : m.indicators()) {
                            indicator(indicators, targets, id, n, "measure", mid, indicatorPosition++, indicator);
                        }
                        for (int s = 0; s < m.steps().size(); s++) {
                            ActionStep step = m.steps().get(s);
                            steps.add(id, n, mid, s, step.title(), step.responsible().value(), step.deadline(), step.completed());
                            for (int r = 0; r < step.resources().size(); r++) {
                                Resource res = step.resources().get(r);
                                Money money = res.amount();
                                resources.add(id, n, mid, s, r, Words.of(res.kind()), res.description(),
                                        money == null ? null : money.amount().toPlainString(),
                                        money == null ? null : money.currency().getCurrencyCode());
                            }
                        }
                    }
                }
            }
        }
        for (Batch batch : List.of(versions, approvals, needs, needThemes, priorities, priorityThemes, priorityNeeds, goals,
                measures, steps, resources, indicators, targets)) {
            batch.execute(c);
        }
    }

    private static void indicator(Batch indicators, Batch targets, String id, int n, String ownerKind, String owner,
                                  int position, Indicator indicator) {
        String iid = indicator.id().value();
        indicators.add(id, n, iid, ownerKind, owner, position, indicator.name(), indicator.unit(),
                indicator.baseline().value().toString(), indicator.baseline().date());
        List<IndicatorTarget> all = indicator.targets();
        for (int t = 0; t < all.size(); t++) {
            IndicatorTarget target = all.get(t);
            Measurement actual = target.actual();
            targets.add(id, n, iid, t, t == all.size() - 1, target.due(), target.target().toString(),
                    actual == null ? null : actual.value().toString(), actual == null ? null : actual.date());
        }
    }

    private static String key(ResultSet rs, String... columns) throws SQLException {
        StringBuilder key = new StringBuilder(rs.getString("plan_id")).append('/').append(rs.getInt("number"));
        for (String column : columns) {
            key.append('/').append(rs.getString(column));
        }
        return key.toString();
    }

    private static Set<Theme> themes(List<Theme> themes) {
        return themes.isEmpty() ? Set.of() : EnumSet.copyOf(themes);
    }

    /** Reads the plans {@code selection} picks ({@code "id = ?"}, {@code "partnership_id = ?"}), ordered by id, in 14 queries. */
    static List<Versioned<StrategicPlan>> read(Connection c, String selection, Object... params) throws SQLException {
        String in = " WHERE plan_id IN (SELECT id FROM lp_strategic_plan WHERE " + selection + ")";
        Map<String, Object[]> roots = new java.util.TreeMap<>();
        Statements.query(c, "SELECT id, version, partnership_id, title, period_start, period_end FROM lp_strategic_plan WHERE "
                + selection, rs -> roots.put(rs.getString("id"), new Object[] {rs.getLong("version"),
                rs.getString("partnership_id"), rs.getString("title"), date(rs, "period_start"), date(rs, "period_end")}), params);
        if (roots.isEmpty()) {
            return List.of();
        }
        Rows<String, Approval> approvals = new Rows<>();
        Statements.query(c, "SELECT * FROM lp_plan_approval" + in + " ORDER BY position", rs -> {
            approvals.add(key(rs), new Approval(Words.parse(ApprovalBody.class, rs.getString("body")), date(rs, "decided_on"),
                    rs.getString("resolution")));
            return null;
        }, params);
        Rows<String, Theme> needThemes = new Rows<>();
        Statements.query(c, "SELECT * FROM lp_plan_need_theme" + in, rs -> {
            needThemes.add(key(rs, "need_id"), Words.parse(Theme.class, rs.getString("theme")));
            return null;
        }, params);
        Rows<String, Need> needs = new Rows<>();
        Statements.query(c, "SELECT * FROM lp_plan_need" + in + " ORDER BY position", rs -> {
            needs.add(key(rs), new Need(NeedId.of(rs.getString("need_id")), Words.parse(NeedKind.class, rs.getString("kind")),
                    rs.getString("description"), themes(needThemes.get(key(rs, "need_id")))));
            return null;
        }, params);
        Rows<String, Resource> resources = new Rows<>();
        Statements.query(c, "SELECT * FROM lp_plan_step_resource" + in + " ORDER BY position", rs -> {
            String amount = rs.getString("amount");
            resources.add(key(rs, "measure_id", "step_position"), new Resource(Words.parse(ResourceKind.class, rs.getString("kind")),
                    rs.getString("description"), amount == null ? null
                    : new Money(new BigDecimal(amount), Currency.getInstance(rs.getString("currency")))));
            return null;
        }, params);
        Rows<String, ActionStep> steps = new Rows<>();
        Statements.query(c, "SELECT * FROM lp_plan_step" + in + " ORDER BY position", rs -> {
            steps.add(key(rs, "measure_id"), new ActionStep(rs.getString("title"), MemberId.of(rs.getString("responsible")),
                    date(rs, "deadline"), resources.get(key(rs, "measure_id", "position")), date(rs, "completed")));
            return null;
        }, params);
        Rows<String, IndicatorTarget> targets = new Rows<>();
        Statements.query(c, "SELECT * FROM lp_plan_indicator_target" + in + " ORDER BY position", rs -> {
            String actual = rs.getString("actual_value");
            targets.add(key(rs, "indicator_id"), new IndicatorTarget(date(rs, "due"), new BigDecimal(rs.getString("target")),
                    actual == null ? null : new Measurement(new BigDecimal(actual), date(rs, "actual_date"))));
            return null;
        }, params);
        Rows<String, Indicator> indicators = new Rows<>();
        Statements.query(c, "SELECT * FROM lp_plan_indicator" + in + " ORDER BY position", rs -> {
            List<IndicatorTarget> all = targets.get(key(rs, "indicator_id"));
            indicators.add(key(rs, "owner_kind", "owner_id"), new Indicator(IndicatorId.of(rs.getString("indicator_id")),
                    rs.getString("name"), rs.getString("unit"),
                    new Measurement(new BigDecimal(rs.getString("baseline_value")), date(rs, "baseline_date")),
                    all.subList(0, all.size() - 1), all.get(all.size() - 1)));
            return null;
        }, params);
        Rows<String, Measure> measures = new Rows<>();
        Statements.query(c, "SELECT * FROM lp_plan_measure" + in + " ORDER BY position", rs -> {
            String mid = rs.getString("measure_id");
            String responsible = rs.getString("responsible");
            String k = rs.getString("plan_id") + "/" + rs.getInt("number");
            measures.add(key(rs, "goal_id"), new Measure(MeasureId.of(mid), rs.getString("title"),
                    responsible == null ? null : MemberId.of(responsible), steps.get(k + "/" + mid),
                    indicators.get(k + "/measure/" + mid)));
            return null;
        }, params);
        Rows<String, Goal> goals = new Rows<>();
        Statements.query(c, "SELECT * FROM lp_plan_goal" + in + " ORDER BY position", rs -> {
            String gid = rs.getString("goal_id");
            String k = rs.getString("plan_id") + "/" + rs.getInt("number");
            goals.add(key(rs, "priority_id"), new Goal(GoalId.of(gid), rs.getString("title"),
                    Words.parse(GoalTerm.class, rs.getString("term")), measures.get(k + "/" + gid), indicators.get(k + "/goal/" + gid)));
            return null;
        }, params);
        Rows<String, Theme> priorityThemes = new Rows<>();
        Statements.query(c, "SELECT * FROM lp_plan_priority_theme" + in, rs -> {
            priorityThemes.add(key(rs, "priority_id"), Words.parse(Theme.class, rs.getString("theme")));
            return null;
        }, params);
        Rows<String, NeedId> priorityNeeds = new Rows<>();
        Statements.query(c, "SELECT * FROM lp_plan_priority_need" + in + " ORDER BY position", rs -> {
            priorityNeeds.add(key(rs, "priority_id"), NeedId.of(rs.getString("need_id")));
            return null;
        }, params);
        Rows<String, Priority> priorities = new Rows<>();
        Statements.query(c, "SELECT * FROM lp_plan_priority" + in + " ORDER BY position", rs -> {
            String k = key(rs, "priority_id");
            priorities.add(key(rs), new Priority(PriorityId.of(rs.getString("priority_id")), rs.getString("title"),
                    themes(priorityThemes.get(k)), priorityNeeds.get(k), goals.get(k)));
            return null;
        }, params);
        Rows<String, PlanVersion> versions = new Rows<>();
        Statements.query(c, "SELECT * FROM lp_plan_version" + in + " ORDER BY number", rs -> {
            versions.add(rs.getString("plan_id"), new PlanVersion(rs.getInt("number"), date(rs, "made_on"), rs.getString("summary"),
                    needs.get(key(rs)), priorities.get(key(rs)), approvals.get(key(rs))));
            return null;
        }, params);
        List<Versioned<StrategicPlan>> result = new ArrayList<>();
        for (Map.Entry<String, Object[]> e : roots.entrySet()) {
            Object[] v = e.getValue();
            StrategicPlan plan = new StrategicPlan(PlanId.of(e.getKey()), PartnershipId.of((String) v[1]), (String) v[2],
                    LocalDateRange.ofClosed((LocalDate) v[3], (LocalDate) v[4]), versions.get(e.getKey()));
            result.add(new Versioned<>(plan, (Long) v[0]));
        }
        return result;
    }
}
