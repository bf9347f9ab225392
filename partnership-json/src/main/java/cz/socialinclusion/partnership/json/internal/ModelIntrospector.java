package cz.socialinclusion.partnership.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;

/**
 * Gives the model's records their JSON shape without a Jackson annotation in core: only record components
 * are properties (a derived method such as {@code isThematic()} is not), in component order, and an absent
 * optional value is left out rather than written as {@code null}.
 */
public final class ModelIntrospector extends NopAnnotationIntrospector {

    private static final long serialVersionUID = 1L;

    private final Version version;

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
        if (annotated instanceof AnnotatedClass type && ModelRecords.isModelRecord(type.getRawType())) {
            return JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS);
        }
        return JsonInclude.Value.empty();
    }
}
