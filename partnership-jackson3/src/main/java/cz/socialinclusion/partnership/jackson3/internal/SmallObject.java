package cz.socialinclusion.partnership.jackson3.internal;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.exc.MismatchedInputException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a small value written as an object of named strings (money, a plan period): each name once, no other
 * name, all present. Not part of the public API.
 */
final class SmallObject {

    private SmallObject() {
    }

    static Map<String, String> read(JsonParser p, DeserializationContext ctxt, Class<?> type, String... names) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw ModelReader.wrongToken(p, type, "an object");
        }
        List<String> known = List.of(names);
        Map<String, String> fields = new LinkedHashMap<>();
        for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            if (!known.contains(name)) {
                ctxt.handleUnknownProperty(p, null, type, name);
                continue;
            }
            try {
                if (fields.containsKey(name)) {
                    throw ModelReader.duplicate(p, type, name);
                }
                fields.put(name, ModelReader.text(p, ctxt));
            } catch (DatabindException e) {
                throw JacksonException.wrapWithPath(e, type, name);
            }
        }
        for (String name : names) {
            if (!fields.containsKey(name)) {
                MismatchedInputException e = MismatchedInputException.from(p, type,
                        "Missing value for required property '" + name + "' of " + type.getSimpleName());
                e.prependPath(type, name);
                throw e;
            }
        }
        return fields;
    }
}
