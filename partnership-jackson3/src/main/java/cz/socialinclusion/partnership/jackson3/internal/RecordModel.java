package cz.socialinclusion.partnership.jackson3.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A record of the model as the format sees it: its components in declaration order (the order of the JSON
 * properties), their generic types and accessors, which are required (primitive, or documented
 * {@code @NotNull}, {@code @NotBlank} or {@code @NotEmpty} on the accessor), and the canonical constructor.
 * Not part of the public API.
 */
final class RecordModel {

    private static final ClassValue<RecordModel> CACHE = new ClassValue<>() {
        @Override
        protected RecordModel computeValue(Class<?> type) {
            return new RecordModel(type);
        }
    };

    final Class<?> type;
    final List<String> names;
    final Type[] types;
    final Method[] accessors;
    final boolean[] required;
    final Constructor<?> constructor;
    /** The logical name in {@code "type"}, or null. */
    final String typeName;
    private final Map<String, Integer> index = new HashMap<>();

    private RecordModel(Class<?> type) {
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        this.names = java.util.Arrays.stream(components).map(RecordComponent::getName).toList();
        this.types = new Type[components.length];
        this.accessors = new Method[components.length];
        this.required = new boolean[components.length];
        Class<?>[] parameterTypes = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getGenericType();
            accessors[i] = c.getAccessor();
            Method accessor = c.getAccessor();
            required[i] = c.getType().isPrimitive() || accessor.isAnnotationPresent(NotNull.class)
                    || accessor.isAnnotationPresent(NotBlank.class) || accessor.isAnnotationPresent(NotEmpty.class);
            parameterTypes[i] = c.getType();
            index.put(c.getName(), i);
        }
        try {
            this.constructor = type.getDeclaredConstructor(parameterTypes);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("record " + type.getName() + " has no canonical constructor", e);
        }
        this.typeName = ModelTypes.typeName(type);
    }

    static RecordModel of(Class<?> type) {
        return CACHE.get(type);
    }

    /** The index of the component, or -1. */
    int index(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }
}
