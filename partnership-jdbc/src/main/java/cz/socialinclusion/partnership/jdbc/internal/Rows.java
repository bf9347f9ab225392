package cz.socialinclusion.partnership.jdbc.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Child values grouped under their parent's key as the rows stream in, in the order of their stored positions,
 * so that the database need not sort them: rows come in the order they were inserted, which is the positions'
 * order, and are sorted here only if they do not. Rows of one parent mostly come one after the other, and parents
 * are mostly asked for in the order their children came: the last group added to is kept at hand, and the group
 * after the one last asked for is tried first, so that a key is hashed only when a parent first comes and when a
 * parent is asked for out of turn.
 *
 * @param <K> the parent's key, a record of typed columns
 * @param <V> the child value
 */
public final class Rows<K, V> {

    private final Map<K, Group> byKey = new HashMap<>();
    private final List<K> keys = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();
    private K lastKey;
    private Group last;
    private int next;

    /** One parent's children with their positions, in the order read. */
    private static final class Group {
        private final int index;
        private Object[] values = new Object[4];
        private int[] positions = new int[4];
        private int size;
        private boolean inOrder = true;

        Group(int index) {
            this.index = index;
        }

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

        /** The values in the order of their positions: a view of these values when they came in order. */
        List<Object> inPositionOrder() {
            if (inOrder) {
                return Arrays.asList(values).subList(0, size);
            }
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Integer.compare(positions[a], positions[b]));
            Object[] ordered = new Object[size];
            for (int i = 0; i < size; i++) {
                ordered[i] = values[order[i]];
            }
            return Arrays.asList(ordered);
        }
    }

    private Group group(K key) {
        if (last != null && lastKey.equals(key)) {
            return last;
        }
        Group group = byKey.get(key);
        if (group == null) {
            group = new Group(groups.size());
            byKey.put(key, group);
            keys.add(key);
            groups.add(group);
        }
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

    /**
     * The children of {@code key} in the order of their positions; empty if none. The list is a view, for the
     * model's constructors to copy.
     */
    @SuppressWarnings("unchecked")
    public List<V> get(K key) {
        Group group;
        if (next < keys.size() && keys.get(next).equals(key)) {
            group = groups.get(next++);
        } else {
            group = byKey.get(key);
            if (group != null) {
                next = group.index + 1;
            }
        }
        return group == null ? List.of() : (List<V>) group.inPositionOrder();
    }
}
