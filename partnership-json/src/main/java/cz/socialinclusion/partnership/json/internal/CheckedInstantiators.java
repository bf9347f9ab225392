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
        private final ModelRecords record;
        /** Whether each creator parameter (a record component, by index) is required. */
        private final boolean[] required;

        Checked(ValueInstantiator delegate, Class<?> type) {
            super(delegate);
            this.type = type;
            this.record = ModelRecords.of(type);
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
