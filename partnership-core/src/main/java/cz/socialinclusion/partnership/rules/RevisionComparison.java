package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.plan.ActionStep;
import cz.socialinclusion.partnership.plan.Goal;
import cz.socialinclusion.partnership.plan.Indicator;
import cz.socialinclusion.partnership.plan.Measure;
import cz.socialinclusion.partnership.plan.Need;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.Priority;
import cz.socialinclusion.partnership.plan.Resource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares two versions of a plan into what was added, removed and changed: needs, priorities, goals,
 * measures, steps, resources and indicators.
 *
 * <p>Elements are matched by id (steps by measure and title). An element is changed when its own values
 * differ (title, themes, term, responsible member, deadline, parent…); a change below it (a new step of a
 * measure) is reported for the step, not again for the measure. Resources have no id: they are compared
 * as a multiset per step, so a changed amount shows as one removed and one added. Each comparison is
 * linear in the size of the two versions.
 */
public final class RevisionComparison {

    private RevisionComparison() {
    }

    /**
     * What changed from {@code from} to {@code to}, element kind by element kind, in the versions' order.
     *
     * @param from the older plan version
     * @param to   the newer plan version
     * @return the changes; none where the two versions hold the same elements
     * @throws NullPointerException if an argument is null
     */
    public static List<Change> compare(PlanVersion from, PlanVersion to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Map<PlanElement, Map<String, Entry>> before = index(from);
        Map<PlanElement, Map<String, Entry>> after = index(to);
        List<Change> changes = new ArrayList<>();
        for (PlanElement element : PlanElement.values()) {
            Map<String, Entry> old = before.get(element);
            Map<String, Entry> now = after.get(element);
            for (Map.Entry<String, Entry> e : old.entrySet()) {
                Entry kept = now.get(e.getKey());
                for (int i = kept == null ? 0 : kept.count; i < e.getValue().count; i++) {
                    changes.add(new Change(ChangeKind.REMOVED, element, e.getKey(), e.getValue().title));
                }
            }
            for (Map.Entry<String, Entry> e : now.entrySet()) {
                Entry was = old.get(e.getKey());
                for (int i = was == null ? 0 : was.count; i < e.getValue().count; i++) {
                    changes.add(new Change(ChangeKind.ADDED, element, e.getKey(), e.getValue().title));
                }
                if (was != null && !was.signature.equals(e.getValue().signature)) {
                    changes.add(new Change(ChangeKind.CHANGED, element, e.getKey(), e.getValue().title));
                }
            }
        }
        return List.copyOf(changes);
    }

    private static final class Entry {
        final List<Object> signature;
        final String title;
        int count = 1;

        Entry(List<Object> signature, String title) {
            this.signature = signature;
            this.title = title;
        }
    }

    private static Map<PlanElement, Map<String, Entry>> index(PlanVersion version) {
        Map<PlanElement, Map<String, Entry>> index = new EnumMap<>(PlanElement.class);
        for (PlanElement element : PlanElement.values()) {
            index.put(element, new LinkedHashMap<>());
        }
        for (Need need : version.needs()) {
            put(index, PlanElement.NEED, need.id().value(), need.description(), need);
        }
        for (Priority priority : version.priorities()) {
            put(index, PlanElement.PRIORITY, priority.id().value(), priority.title(),
                    priority.title(), priority.themes(), priority.addresses());
            for (Goal goal : priority.goals()) {
                put(index, PlanElement.GOAL, goal.id().value(), goal.title(), priority.id(), goal.title(), goal.term());
                indicators(index, goal.id().value(), goal.indicators());
                for (Measure measure : goal.measures()) {
                    measure(index, goal.id(), measure);
                }
            }
        }
        for (Measure measure : version.measuresWithoutGoal()) {
            measure(index, null, measure);
        }
        return index;
    }

    /** Indexes a measure, its indicators, steps and resources; {@code goal} is null for a measure without a goal. */
    private static void measure(Map<PlanElement, Map<String, Entry>> index, Object goal, Measure measure) {
        put(index, PlanElement.MEASURE, measure.id().value(), measure.title(), goal, measure.title(), measure.responsible());
        indicators(index, measure.id().value(), measure.indicators());
        for (ActionStep step : measure.steps()) {
            String key = measure.id() + "/" + step.title();
            put(index, PlanElement.STEP, key, step.title(), step.responsible(), step.deadline(), step.completed());
            for (Resource resource : step.resources()) {
                String resourceKey = key + "/" + resource.kind() + "/" + resource.description() + "/" + resource.amount();
                Entry existing = index.get(PlanElement.RESOURCE).get(resourceKey);
                if (existing != null) {
                    existing.count++;
                } else {
                    put(index, PlanElement.RESOURCE, resourceKey, resource.description(), resource);
                }
            }
        }
    }

    private static void indicators(Map<PlanElement, Map<String, Entry>> index, String owner, List<Indicator> indicators) {
        for (Indicator indicator : indicators) {
            put(index, PlanElement.INDICATOR, indicator.id().value(), indicator.name(), owner, indicator);
        }
    }

    private static void put(Map<PlanElement, Map<String, Entry>> index, PlanElement element, String key, String title,
                            Object... signature) {
        index.get(element).put(key, new Entry(Arrays.asList(signature), title));
    }
}
