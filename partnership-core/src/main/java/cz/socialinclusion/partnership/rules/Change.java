package cz.socialinclusion.partnership.rules;

import java.util.Objects;

/**
 * One difference between two plan versions.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind    added, removed or changed
 * @param element what kind of element
 * @param key     the element's id; a step is keyed {@code measureId/title}, a resource
 *                {@code measureId/stepTitle/kind/description/amount}
 * @param title   the element's title in the newer version (in the older one, if removed)
 */
public record Change(ChangeKind kind, PlanElement element, String key, String title) {

    /**
     * @param kind    added, removed or changed
     * @param element what kind of element
     * @param key     the element's id
     * @param title   the element's title
     * @throws NullPointerException if an argument is null
     */
    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
    }
}
