package cz.socialinclusion.partnership.jackson3.internal;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.plan.Money;
import org.threeten.extra.LocalDateRange;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Writes the model's values in the dossier format, the same whatever the host's mapper settings: properties in
 * the order of the record components, absent optional values left out, lists always written, days ISO-8601,
 * decimals plain, enums as hyphenated words, ids and other text values as strings. Not part of the public API.
 */
final class ModelWriter {

    private ModelWriter() {
    }

    static void write(JsonGenerator g, SerializationContext ctxt, Object value) {
        if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof LocalDate day) {
            g.writeString(day.toString());
        } else if (value instanceof BigDecimal decimal) {
            g.writeNumber(decimal.toPlainString());
        } else if (value instanceof Integer i) {
            g.writeNumber(i);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Enum<?> constant && ModelTypes.isModelEnum(constant.getDeclaringClass())) {
            g.writeString(ModelTypes.word(constant));
        } else if (value instanceof Collection<?> values) {
            g.writeStartArray(values, values.size());
            for (Object element : values) {
                write(g, ctxt, element);
            }
            g.writeEndArray();
        } else if (ModelTypes.textValue(value.getClass()) != null) {
            g.writeString(value.toString());
        } else if (value instanceof Money money) {
            g.writeStartObject(money);
            g.writeStringProperty("amount", money.amount().toPlainString());
            g.writeStringProperty("currency", money.currency().getCurrencyCode());
            g.writeEndObject();
        } else if (value instanceof LocalDateRange range) {
            g.writeStartObject(range);
            g.writeStringProperty("start", range.getStart().toString());
            g.writeStringProperty("endInclusive", range.getEndInclusive().toString());
            g.writeEndObject();
        } else if (ModelTypes.isModelRecord(value.getClass())) {
            record(g, ctxt, value);
        } else {
            ctxt.writeValue(g, value);
        }
    }

    private static void record(JsonGenerator g, SerializationContext ctxt, Object value) {
        RecordModel model = RecordModel.of(value.getClass());
        g.writeStartObject(value);
        if (value instanceof Dossier) {
            g.writeNumberProperty(ModelReader.FORMAT_VERSION, ModelReader.SUPPORTED_VERSION);
        }
        if (model.typeName != null) {
            g.writeStringProperty("type", model.typeName);
        }
        for (int i = 0; i < model.accessors.length; i++) {
            Object component;
            try {
                component = model.accessors[i].invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("reading " + model.type.getSimpleName() + "." + model.names.get(i)
                        + " failed", e);
            }
            // An optional list left empty (a dossier's sources and citations) is absent, as a null value is.
            boolean absent = component == null
                    || !model.required[i] && component instanceof Collection<?> values && values.isEmpty();
            if (!absent) {
                g.writeName(model.names.get(i));
                write(g, ctxt, component);
            }
        }
        g.writeEndObject();
    }
}
