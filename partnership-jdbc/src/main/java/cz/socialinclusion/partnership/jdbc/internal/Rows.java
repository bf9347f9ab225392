package cz.socialinclusion.partnership.jdbc.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Child values grouped under their parent's key as the rows stream in, in the order of their stored positions,
 * so that the database need not sort them: rows come in the order they were inserted, which is the positions'
 * order, and are sorted here only if they do not. Rows of one parent mostly come one after the other: the last
 * parent's group is kept at hand, and the key is hashed only when the parent changes.
 *
 * @param <K> the parent's key, a record of typed columns
 * @param <V> the child value
 */
public final class Rows<K, V> {

    private final Map<K, Group> byKey = new HashMap<>();
    private K lastKey;
    private Group last;

    /** One parent's children with their positions, in the order read. */
    private static final class Group {
        private Object[] values = new Object[4];
        private int[] positions = new int[4];
        private int size;
        private boolean inOrder = true;

        void put(int position, Object value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
                positions = Arrays.copyOf(positions, size * 2);
            }
            if (size > 0 && position < positions[size - 1]) {
                inOrder = false;
            }
            values[size] = value;
            positions[size++] = position;
        }

        Object[] inPositionOrder() {
            Object[] ordered = Arrays.copyOf(values, size);
            if (!inOrder) {
                Integer[] order = new Integer[size];
                for (int i = 0; i < size; i++) {
                    order[i] = i;
                }
                Arrays.sort(order, (a, b) -> Integer.compare(positions[a], positions[b]));
                for (int i = 0; i < size; i++) {
                    ordered[i] = values[order[i]];
                }
            }
            return ordered;
        }
    }

    private Group group(K key) {
        if (last != null && lastKey.equals(key)) {
            return last;
        }
        Group group = byKey.computeIfAbsent(key, k -> new Group());
        lastKey = key;
        last = group;
        return group;
    }

    /** Adds {@code value}, stored at {@code position}, to the children of {@code key}. */
    public void put(K key, int position, V value) {
        group(key).put(position, value);
    }

    /** Adds {@code value} after the others of {@code key}, for children kept in no order (a set's). */
    public void add(K key, V value) {
        Group group = group(key);
        group.put(group.size, value);
    }

    /** The children of {@code key} in the order of their positions; empty if none. */
    @SuppressWarnings("unchecked")
    public List<V> get(K key) {
        Group group = byKey.get(key);
        return group == null ? List.of() : (List<V>) Arrays.asList(group.inPositionOrder());
    }
}
