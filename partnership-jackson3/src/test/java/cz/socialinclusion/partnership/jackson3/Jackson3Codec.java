package cz.socialinclusion.partnership.jackson3;

import cz.socialinclusion.partnership.Dossier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/** The Jackson 3 module, {@link PartnershipJackson3}: every error names its path in its reference chain. */
final class Jackson3Codec implements DossierCodec {

    @Override
    public String name() {
        return "Jackson 3 (partnership-jackson3)";
    }

    @Override
    public Dossier read(byte[] json) {
        try {
            return PartnershipJackson3.readDossier(json);
        } catch (JacksonException e) {
            TokenStreamLocation location = e.getLocation();
            throw new Refused(new Refusal(PartnershipJackson3.path(e), location == null ? -1 : location.getLineNr(),
                    e.getMessage(), e));
        }
    }

    @Override
    public byte[] write(Dossier dossier) {
        return PartnershipJackson3.writeDossier(dossier);
    }
}
