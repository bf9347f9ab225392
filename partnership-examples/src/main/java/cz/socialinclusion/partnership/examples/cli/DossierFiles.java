package cz.socialinclusion.partnership.examples.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.json.PartnershipJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reads dossier files; a file that cannot be read becomes an {@link InputProblem} of one line. */
final class DossierFiles {

    /** The five source-page dossiers shipped in partnership-json, in the order of the pages. */
    static final List<String> SOURCE_PAGES = List.of("kadan.json", "jachymov.json", "kutna-hora.json", "cheb.json", "decin.json");

    private DossierFiles() {
    }

    /**
     * The dossier in {@code file}, read as a stream so that the reader's size limit counts the bytes as they
     * come: a device such as {@code /dev/zero}, a pipe or a growing file is refused at the limit, never read
     * whole into memory (their size, as the file system reports it, says nothing).
     */
    static Dossier read(Path file) {
        try (InputStream in = new Bounded(Files.newInputStream(file))) {
            return PartnershipJson.readDossier(in);
        } catch (TooLarge e) {
            throw new InputProblem(file + ": more than " + PartnershipJson.MAX_DOCUMENT_LENGTH
                    + " bytes, the most a dossier may have", e);
        } catch (JacksonException e) {
            throw new InputProblem(file + ": " + describe(e), e);
        } catch (NoSuchFileException e) {
            throw new InputProblem(file + ": no such file", e);
        } catch (IOException e) {
            throw new InputProblem(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reading went past {@link PartnershipJson#MAX_DOCUMENT_LENGTH}. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("more than " + PartnershipJson.MAX_DOCUMENT_LENGTH + " bytes");
        }
    }

    /**
     * Passes at most {@link PartnershipJson#MAX_DOCUMENT_LENGTH} bytes and fails on the next one, so that no
     * more than a dossier's largest size is ever held while reading, whatever the reader buffers.
     */
    private static final class Bounded extends java.io.FilterInputStream {
        private long left = PartnershipJson.MAX_DOCUMENT_LENGTH;

        Bounded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --left < 0) {
                throw new TooLarge();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, (int) Math.min(length, left + 1));
            if (n > 0 && (left -= n) < 0) {
                throw new TooLarge();
            }
            return n;
        }
    }

    /** The dossier of a source page, from the partnership-json jar. */
    static Dossier sourcePage(String name) {
        try (InputStream in = PartnershipJson.class.getResourceAsStream("dossiers/" + name)) {
            if (in == null) {
                throw new IllegalStateException("dossiers/" + name + " is missing from partnership-json");
            }
            return PartnershipJson.readDossier(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line: the JSON path where there is one, the line and column, and what is wrong. */
    static String describe(JacksonException e) {
        StringBuilder line = new StringBuilder();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            line.append(PartnershipJson.path(mapping)).append(": ");
        }
        JsonLocation at = e.getLocation();
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        line.append(message.lines().findFirst().orElse(message).trim());
        if (at != null && at.getLineNr() > 0) {
            line.append(" (line ").append(at.getLineNr()).append(", column ").append(at.getColumnNr()).append(')');
        }
        return line.toString();
    }
}
