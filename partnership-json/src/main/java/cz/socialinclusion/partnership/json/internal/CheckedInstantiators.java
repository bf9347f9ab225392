package cz.socialinclusion.partnership.json.internal;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.ValueInstantiators;
import com.fasterxml.jackson.databind.deser.impl.PropertyValueBuffer;
import cz.socialinclusion.partnership.base.InvalidValueException;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;

/**
 * Builds the model's records through their canonical constructors, and reports bad input with the JSON
 * path of the field: a required value that is missing or {@code null} is a {@link MismatchedInputException}
 * whose path ends with that field; an invariant the constructor refuses is a
 * {@link ValueInstantiationException} whose cause is the model's {@link InvalidValueException} and whose
 * path ends with the field the model names, where it is a property of the record.
 */
public final class CheckedInstantiators extends ValueInstantiators.Base {

    @Override
    public ValueInstantiator findValueInstantiator(DeserializationConfig config, BeanDescription beanDesc,
                                                   ValueInstantiator defaultInstantiator) {
        Class<?> type = beanDesc.getBeanClass();
        if (ModelRecords.isModelRecord(type) && defaultInstantiator.canCreateFromObjectWith()) {
            return new Checked(defaultInstantiator, type);
        }
        return defaultInstantiator;
    }

    static final class Checked extends ValueInstantiator.Delegating {

        private static final long serialVersionUID = 1L;

        private final Class<?> type;
        /** The canonical constructor taking its arguments as one array, or null if it is not public. */
        private final transient MethodHandle constructor;
        private final ModelRecords record;
        /** Whether each creator parameter (a record component, by index) is required. */
        private final boolean[] required;

        Checked(ValueInstantiator delegate, Class<?> type) {
            super(delegate);
            this.type = type;
            this.record = ModelRecords.of(type);
            this.constructor = canonicalConstructor(type);
            this.required = new boolean[record.names().size()];
            for (int i = 0; i < required.length; i++) {
                required[i] = record.isRequired(record.names().get(i));
            }
        }

        @Override
        public ValueInstantiator createContextual(DeserializationContext ctxt, BeanDescription beanDesc) {
            return this;
        }

        @Override
        public Object createFromObjectWith(DeserializationContext ctxt, SettableBeanProperty[] props,
                                           PropertyValueBuffer buffer) throws IOException {
            Object[] args = buffer.getParameters(props);
            for (int i = 0; i < props.length; i++) {
                SettableBeanProperty prop = props[i];
                int index = prop == null ? -1 : prop.getCreatorIndex();
                if (index < 0 || index >= required.length || !required[index]) {
                    continue;
                }
                if (!buffer.hasParameter(prop) || args[i] == null) {
                    MismatchedInputException e = MismatchedInputException.from(ctxt.getParser(), type,
                            (buffer.hasParameter(prop) ? "Null" : "Missing") + " value for required property '"
                                    + prop.getName() + "' of " + ModelRecords.displayName(type));
                    e.prependPath(type, prop.getName());
                    throw e;
                }
            }
            if (constructor != null) {
                try {
                    return (Object) constructor.invokeExact(args);
                } catch (RuntimeException refused) {
                    // Refused: built again below, so that the refusal is reported as for any other record.
                } catch (Throwable e) {
                    throw new IllegalStateException("constructing " + type.getSimpleName() + " failed", e);
                }
            }
            try {
                return delegate().createFromObjectWith(ctxt, args);
            } catch (ValueInstantiationException e) {
                if (e.getCause() instanceof InvalidValueException invalid) {
                    throw invalid(ctxt, type, invalid, record);
                }
                throw e;
            }
        }
    }

    /**
     * The record's canonical constructor as a handle of type {@code (Object[]) Object}, called without the
     * reflective call's per-call checks; null if the record or its constructor is not public.
     */
    static MethodHandle canonicalConstructor(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        if (components == null || !Modifier.isPublic(type.getModifiers())) {
            return null;
        }
        Class<?>[] parameters = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            parameters[i] = components[i].getType();
        }
        try {
            MethodHandle handle = MethodHandles.publicLookup().findConstructor(type,
                    MethodType.methodType(void.class, parameters));
            return handle.asSpreader(Object[].class, parameters.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null;
        }
    }

    /**
     * A {@link ValueInstantiationException} for a refused invariant, with the field in its path where it can.
     *
     * @param ctxt the context of the read
     * @param type the record refused
     * @param invalid the model's exception
     * @param record what is known of the record
     * @return the refusal
     */
    public static ValueInstantiationException invalid(DeserializationContext ctxt, Class<?> type,
                                                      InvalidValueException invalid, ModelRecords record) {
        ValueInstantiationException e = ValueInstantiationException.from(ctxt.getParser(),
                "Invalid " + ModelRecords.displayName(type) + ": " + invalid.getMessage(), ctxt.constructType(type), invalid);
        String field = invalid.field();
        if (field != null) {
            String first = field.split("[\\[.]", 2)[0];
            if (record.names().contains(first)) {
                e.prependPath(type, first);
            }
        }
        return e;
    }
}
