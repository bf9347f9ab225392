package cz.socialinclusion.partnership.jackson3.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The serializer and deserializer the module registers for each type of the model: both hand the value to
 * {@link ModelWriter} and {@link ModelReader}, so that the format does not depend on the host's settings.
 * Not part of the public API.
 */
public final class ModelSerde {

    private ModelSerde() {
    }

    /**
     * Writes a value of the model.
     */
    public static final class Writer extends StdSerializer<Object> {

        /**
         * @param type the model's type this serializer is registered for
         */
        public Writer(Class<?> type) {
            super(type);
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
            ModelWriter.write(gen, ctxt, value);
        }
    }

    /**
     * Reads a value of the model.
     */
    public static final class Reader extends StdDeserializer<Object> {

        /**
         * @param type the model's type this deserializer is registered for
         */
        public Reader(Class<?> type) {
            super(type);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            return ModelReader.read(p, ctxt, handledType());
        }
    }
}
