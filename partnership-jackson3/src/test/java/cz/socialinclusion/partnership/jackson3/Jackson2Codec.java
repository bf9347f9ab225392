package cz.socialinclusion.partnership.jackson3;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.json.PartnershipJson;

/**
 * The Jackson 2 module, {@link PartnershipJson}: every refusal names its path, which
 * {@link PartnershipJson#path(JacksonException)} gives (the parser's refusals and the limits included).
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
            throw new Refused(new Refusal(PartnershipJson.path(refused), location == null ? -1 : location.getLineNr(),
                    refused.getMessage(), refused));
        }
    }

    @Override
    public byte[] write(Dossier dossier) {
        return PartnershipJson.writeDossier(dossier);
    }
}
