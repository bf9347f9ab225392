package cz.socialinclusion.partnership.json;

import com.fasterxml.jackson.databind.JsonMappingException;

/** The path of a Jackson exception in the form {@code partnership.memberships[0].member.name}. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(JsonMappingException e) {
        String path = PartnershipJson.path(e);
        return path.equals("$") ? "" : path.substring(path.startsWith("$.") ? 2 : 1);
    }
}
