package cz.socialinclusion.partnership.json.internal;

import cz.socialinclusion.partnership.base.IsoDays;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

/**
 * Gives the model's records their JSON shape without a Jackson annotation in core: only record components
 * are properties (a derived method such as {@code isThematic()} is not), in component order, and an absent
 * optional value is left out rather than written as {@code null}.
 *
 * <p>Values of types the model shares with the host ({@code LocalDate}, {@code Period}, {@code YearQuarter},
 * {@code LocalDateRange}, {@code BigDecimal}, {@code int}) get this module's (de)serializer <em>per property</em> of a
 * model record, as {@code @JsonSerialize(using = …)} on the property would: a property annotation wins over
 * any type-level (de)serializer another module registers (such as {@code JavaTimeModule}), in whatever order
 * the modules are registered, and the host's own {@code LocalDate} fields keep following the host's settings.
 * The model's enums are written with Jackson's kebab-case enum naming.
 */
public final class ModelIntrospector extends NopAnnotationIntrospector {

    private static final long serialVersionUID = 1L;

    private static final Map<Class<?>, Object> WRITERS = Map.of(
            LocalDate.class, DayWriter.INSTANCE,
            YearQuarter.class, ToStringSerializer.instance,
            Period.class, ToStringSerializer.instance,
            LocalDateRange.class, SmallObjects.RANGE_WRITER);

    private static final Map<Class<?>, Object> READERS = Map.of(
            LocalDate.class, ScalarReader.text(LocalDate.class, IsoDays::parse),
            YearQuarter.class, ScalarReader.text(YearQuarter.class, IsoDays::parseQuarter),
            Period.class, ScalarReader.text(Period.class, Period::parse),
            LocalDateRange.class, SmallObjects.RANGE_READER,
            BigDecimal.class, ScalarReader.DECIMAL,
            int.class, ScalarReader.INTEGER,
            Integer.class, ScalarReader.INTEGER);

    private final Version version;

    /**
     * An introspector reporting the module's {@code version}.
     *
     * @param version the module's version
     */
    public ModelIntrospector(Version version) {
        this.version = version;
    }

    @Override
    public Version version() {
        return version;
    }

    @Override
    public boolean hasIgnoreMarker(AnnotatedMember member) {
        if (member instanceof AnnotatedMethod method && ModelRecords.isModelRecord(method.getDeclaringClass())) {
            return method.getParameterCount() == 0
                    && !ModelRecords.of(method.getDeclaringClass()).names().contains(method.getName());
        }
        return false;
    }

    @Override
    public String[] findSerializationPropertyOrder(AnnotatedClass type) {
        if (ModelRecords.isModelRecord(type.getRawType())) {
            return ModelRecords.of(type.getRawType()).names().toArray(String[]::new);
        }
        return null;
    }

    @Override
    public JsonInclude.Value findPropertyInclusion(Annotated annotated) {
        // An optional collection of the dossier left empty (a partnership's documents, a dossier's sources) is
        // absent, as null is; the rules' records keep theirs.
        if (annotated instanceof AnnotatedMember member && ModelRecords.isModelRecord(member.getDeclaringClass())
                && !member.getDeclaringClass().getPackageName().endsWith(".rules")
                && java.util.Collection.class.isAssignableFrom(member.getRawType())
                && !ModelRecords.of(member.getDeclaringClass()).isRequired(member.getName())) {
            return JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS);
        }
        if (annotated instanceof AnnotatedClass type && ModelRecords.isModelRecord(type.getRawType())) {
            return JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS);
        }
        return JsonInclude.Value.empty();
    }

    @Override
    public Object findSerializer(Annotated annotated) {
        return isModelProperty(annotated) ? WRITERS.get(annotated.getRawType()) : null;
    }

    @Override
    public Object findDeserializer(Annotated annotated) {
        return isModelProperty(annotated) ? READERS.get(annotated.getRawType()) : null;
    }

    @Override
    public Object findEnumNamingStrategy(MapperConfig<?> config, AnnotatedClass type) {
        return ModelRecords.isModelType(type.getRawType()) ? EnumNamingStrategies.KebabCaseStrategy.class : null;
    }

    /**
     * The reader this module gives a property of a model record of {@code type}, or null for the type's own.
     *
     * @param type a component type of a model record
     * @return the module's reader of that property, or null
     */
    static Object propertyReader(Class<?> type) {
        return READERS.get(type);
    }

    private static boolean isModelProperty(Annotated annotated) {
        return annotated instanceof AnnotatedMember member && ModelRecords.isModelRecord(member.getDeclaringClass());
    }
}
