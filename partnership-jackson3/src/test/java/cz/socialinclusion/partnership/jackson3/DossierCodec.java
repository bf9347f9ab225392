package cz.socialinclusion.partnership.jackson3;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.json.PartnershipJson;

import java.util.function.Function;

/**
 * What the conformance suite needs of a JSON module: read a document's bytes into a dossier, or refuse them
 * with the JSON path and line of what is wrong; write a dossier's canonical bytes.
 *
 * @param name    a short name for test reports
 * @param reader  reads a dossier, throwing what the module throws
 * @param writer  the canonical bytes of a dossier
 * @param refusal the refusal a user sees in what the reader threw, or null if it is none of the module's refusals
 */
record DossierCodec(String name, Reader reader, Function<Dossier, byte[]> writer,
                    Function<Exception, Refusal> refusal) {

    /** Reads a dossier, throwing what the module throws. */
    @FunctionalInterface
    interface Reader {
        Dossier read(byte[] json) throws Exception;
    }

    /**
     * The Jackson 2 module, {@link PartnershipJson}: every refusal names its path, which
     * {@link PartnershipJson#path(com.fasterxml.jackson.core.JacksonException)} gives (the parser's refusals and
     * the limits included).
     */
    static DossierCodec jackson2() {
        return new DossierCodec("Jackson 2 (partnership-json)", PartnershipJson::readDossier,
                PartnershipJson::writeDossier, e -> e instanceof com.fasterxml.jackson.core.JacksonException refused
                        ? new Refusal(PartnershipJson.path(refused), refused.getLocation() == null ? -1
                                : refused.getLocation().getLineNr(), refused.getMessage(), refused) : null);
    }

    /** The Jackson 3 module, {@link PartnershipJackson3}: every error names its path in its reference chain. */
    static DossierCodec jackson3() {
        return new DossierCodec("Jackson 3 (partnership-jackson3)", PartnershipJackson3::readDossier,
                PartnershipJackson3::writeDossier, e -> e instanceof tools.jackson.core.JacksonException refused
                        ? new Refusal(PartnershipJackson3.path(refused), refused.getLocation() == null ? -1
                                : refused.getLocation().getLineNr(), refused.getMessage(), refused) : null);
    }

    /**
     * Reads a dossier.
     *
     * @throws Refused if the module refuses the bytes with one of its library exceptions
     */
    Dossier read(byte[] json) {
        try {
            return reader.read(json);
        } catch (Exception e) {
            Refusal refused = refusal.apply(e);
            if (refused == null) {
                throw new IllegalStateException("not a refusal of " + name + ": " + e, e);
            }
            throw new Refused(refused);
        }
    }

    /** The canonical bytes of a dossier. */
    byte[] write(Dossier dossier) {
        return writer.apply(dossier);
    }

    /**
     * A refusal, as a user of the module sees it.
     *
     * @param path    the JSON path the error names ({@code $.partnership.name}), or null if it names none
     * @param line    the line the error names, or -1 if it names none
     * @param message the error's message
     * @param error   the library's exception
     */
    record Refusal(String path, int line, String message, Exception error) {
    }

    /** Thrown by {@link #read} for a refused document. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final transient Refusal refusal;

        Refused(Refusal refusal) {
            super(refusal.path() + " (line " + refusal.line() + "): " + refusal.message(), refusal.error());
            this.refusal = refusal;
        }

        Refusal refusal() {
            return refusal;
        }
    }
}
