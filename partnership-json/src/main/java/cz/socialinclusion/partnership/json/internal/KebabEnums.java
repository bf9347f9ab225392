package cz.socialinclusion.partnership.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The model's enums as lower-case hyphenated words: {@code SOCIO_PATHOLOGICAL_PHENOMENA} is {@code "socio-pathological-phenomena"}. */
public final class KebabEnums {

    private KebabEnums() {
    }

    /** The JSON word for a constant. */
    public static String word(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static boolean isModelEnum(Class<?> type) {
        return type.isEnum() && type.getName().startsWith("cz.socialinclusion.partnership.");
    }

    /** Puts the serializer in place for the model's enums. */
    public static final class Serializers extends BeanSerializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public JsonSerializer<?> modifyEnumSerializer(SerializationConfig config, JavaType valueType,
                                                      BeanDescription beanDesc, JsonSerializer<?> serializer) {
            return isModelEnum(valueType.getRawClass()) ? new Writer() : serializer;
        }
    }

    /** Puts the deserializer in place for the model's enums. */
    public static final class Deserializers extends BeanDeserializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                          BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
            return isModelEnum(type.getRawClass()) ? new Reader(type.getRawClass()) : deserializer;
        }
    }

    @SuppressWarnings("rawtypes")
    static final class Writer extends StdScalarSerializer<Enum> {
        private static final long serialVersionUID = 1L;

        Writer() {
            super(Enum.class);
        }

        @Override
        public void serialize(Enum value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(word(value));
        }
    }

    @SuppressWarnings("rawtypes")
    static final class Reader extends StdScalarDeserializer<Enum> {
        private static final long serialVersionUID = 1L;

        private final Map<String, Enum> constants = new HashMap<>();
        private final String expected;

        Reader(Class<?> type) {
            super(type);
            for (Object constant : type.getEnumConstants()) {
                constants.put(word((Enum) constant), (Enum) constant);
            }
            expected = Stream.of(type.getEnumConstants()).map(c -> "\"" + word((Enum) c) + "\"")
                    .collect(Collectors.joining(", "));
        }

        @Override
        public Enum deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (Enum) ctxt.handleUnexpectedToken(handledType(), p);
            }
            Enum constant = constants.get(p.getText());
            if (constant == null) {
                return (Enum) ctxt.handleWeirdStringValue(handledType(), p.getText(), "expected one of " + expected);
            }
            return constant;
        }
    }
}
