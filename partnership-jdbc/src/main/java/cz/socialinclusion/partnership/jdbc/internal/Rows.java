package cz.socialinclusion.partnership.jdbc.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Child rows grouped by their parent's key, in the order read. */
public final class Rows<K, V> {

    private final Map<K, List<V>> byKey = new HashMap<>();

    public void add(K key, V value) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    public List<V> get(K key) {
        return byKey.getOrDefault(key, List.of());
    }
}
