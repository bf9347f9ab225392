package cz.socialinclusion.partnership.jackson3;

import cz.socialinclusion.partnership.Dossier;

/**
 * What the conformance suite needs of a JSON module: read a document's bytes into a dossier, or refuse them
 * with the JSON path and line of what is wrong; write a dossier's canonical bytes.
 */
interface DossierCodec {

    /** A short name for test reports. */
    String name();

    /**
     * Reads a dossier.
     *
     * @throws Refused if the module refuses the bytes with one of its library exceptions
     */
    Dossier read(byte[] json);

    /** The canonical bytes of a dossier. */
    byte[] write(Dossier dossier);

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
    final class Refused extends RuntimeException {
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
