package cz.socialinclusion.partnership.jackson3;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.json.PartnershipJson;

/**
 * The Jackson 2 module, {@link PartnershipJson}. A mapping error names its path in its reference chain; a
 * parser's error (which Jackson 2 gives no path list) names it through its parser's context.
 */
final class Jackson2Codec implements DossierCodec {

    @Override
    public String name() {
        return "Jackson 2 (partnership-json)";
    }

    @Override
    public Dossier read(byte[] json) {
        try {
            return PartnershipJson.readDossier(json);
        } catch (Exception e) {
            // Caught as Exception so that the suite compiles whether readDossier declares a checked exception or not.
            if (!(e instanceof JacksonException refused)) {
                throw new IllegalStateException("not a Jackson exception: " + e, e);
            }
            JsonLocation location = refused.getLocation();
            throw new Refused(new Refusal(path(refused), location == null ? -1 : location.getLineNr(),
                    refused.getMessage(), refused));
        }
    }

    private static String path(JacksonException e) {
        if (e instanceof JsonMappingException mapping) {
            return PartnershipJson.path(mapping);
        }
        if (e.getProcessor() instanceof JsonParser parser) {
            StringBuilder path = new StringBuilder();
            for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
                if (c.inArray()) {
                    path.insert(0, "[" + Math.max(c.getCurrentIndex(), 0) + "]");
                } else if (c.getCurrentName() != null) {
                    path.insert(0, "." + c.getCurrentName());
                }
            }
            return "$" + path;
        }
        return null;
    }

    @Override
    public byte[] write(Dossier dossier) {
        return PartnershipJson.writeDossier(dossier);
    }
}
