package cz.socialinclusion.partnership.jdbc.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Child rows grouped by their parent's key, in the order read. */
public final class Rows<K, V> {

    private final Map<K, List<V>> byKey = new HashMap<>();

    /** Adds {@code value} after the others of {@code key}. */
    public void add(K key, V value) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    /** The values of {@code key} in the order added; empty if none. */
    public List<V> get(K key) {
        return byKey.getOrDefault(key, List.of());
    }
}
