package cz.socialinclusion.partnership.json.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the JSON format knows of a record of the model: its component names in order, and which are
 * required (annotated {@code @NotNull}, {@code @NotBlank} or {@code @NotEmpty}, or primitive). The
 * Jakarta constraints that document the model are the single source of what a document must contain.
 */
public final class ModelRecords {

    private static final String PACKAGE = "cz.socialinclusion.partnership";
    /**
     * The packages of the model (partnership-core) and of this module. A host's own type is never the model's,
     * even in a package of ours (an example program's, a host's test named after us): only these count.
     */
    private static final Set<String> MODEL_PACKAGES = Set.of(PACKAGE, PACKAGE + ".member", PACKAGE + ".group",
            PACKAGE + ".meeting", PACKAGE + ".intervention", PACKAGE + ".plan", PACKAGE + ".project", PACKAGE + ".source",
            PACKAGE + ".rules", PACKAGE + ".base", PACKAGE + ".json", PACKAGE + ".json.internal");

    private static final ClassValue<ModelRecords> CACHE = new ClassValue<>() {
        @Override
        protected ModelRecords computeValue(Class<?> type) {
            return new ModelRecords(type);
        }
    };

    private final List<String> names;
    private final Set<String> required;

    private ModelRecords(Class<?> type) {
        RecordComponent[] components = type.isRecord() ? type.getRecordComponents() : new RecordComponent[0];
        this.names = Arrays.stream(components).map(RecordComponent::getName).toList();
        Set<String> req = new LinkedHashSet<>();
        for (RecordComponent c : components) {
            // The constraints target methods, fields and parameters, not record components: read the accessor.
            var accessor = c.getAccessor();
            if (c.getType().isPrimitive() || accessor.isAnnotationPresent(NotNull.class)
                    || accessor.isAnnotationPresent(NotBlank.class) || accessor.isAnnotationPresent(NotEmpty.class)) {
                req.add(c.getName());
            }
        }
        this.required = Set.copyOf(req);
    }

    /**
     * Whether the type is a record of the model (or of this module) whose JSON form this module defines.
     *
     * @param type any type
     * @return whether it is a record of the model or of this module
     */
    public static boolean isModelRecord(Class<?> type) {
        return type.isRecord() && isModelType(type);
    }

    /**
     * Whether the type (a record, an enum…) is one of the model's, or of this module's.
     *
     * @param type any type
     * @return whether it is the model's or this module's
     */
    public static boolean isModelType(Class<?> type) {
        return MODEL_PACKAGES.contains(type.getPackageName());
    }

    /**
     * The name a message gives the type: its simple name, and {@code Dossier} for the document that holds
     * a dossier (so no message names this module's own classes).
     *
     * @param type a type of the model
     * @return its name in messages
     */
    public static String displayName(Class<?> type) {
        return type == DossierDocument.class ? "Dossier" : type.getSimpleName();
    }

    /**
     * What is known of this record type.
     *
     * @param type a record type
     * @return what is known of it
     */
    public static ModelRecords of(Class<?> type) {
        return CACHE.get(type);
    }

    /**
     * The component names in declaration order.
     *
     * @return the component names
     */
    public List<String> names() {
        return names;
    }

    /**
     * Whether the component must be present and not null in a document.
     *
     * @param name a component name
     * @return whether it is required
     */
    public boolean isRequired(String name) {
        return required.contains(name);
    }
}
