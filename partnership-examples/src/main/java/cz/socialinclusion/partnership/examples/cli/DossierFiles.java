package cz.socialinclusion.partnership.examples.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.json.PartnershipJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads dossier files; a file that cannot be read becomes an {@link InputProblem} of one line. */
final class DossierFiles {

    /** The five source-page dossiers shipped in partnership-json, in the order of the pages. */
    static final List<String> SOURCE_PAGES = List.of("kadan.json", "jachymov.json", "kutna-hora.json", "cheb.json", "decin.json");

    private DossierFiles() {
    }

    /**
     * The dossier in {@code file}, read as a stream: the reader counts the bytes as they come and takes at most
     * {@link PartnershipJson#MAX_DOCUMENT_LENGTH} + 1 of them, so that a device such as {@code /dev/zero}, a
     * pipe or a growing file is refused at the limit, with the path and line reached, never read whole into
     * memory (their size, as the file system reports it, says nothing).
     */
    static Dossier read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return PartnershipJson.readDossier(in);
        } catch (JacksonException e) {
            throw new InputProblem(file + ": " + describe(e), e);
        } catch (NoSuchFileException e) {
            throw new InputProblem(file + ": no such file", e);
        } catch (IOException e) {
            throw new InputProblem(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** The dossiers in {@code files}, in their order, each read as {@link #read(Path)} reads it. */
    static List<Dossier> readAll(List<Path> files) {
        List<Dossier> dossiers = new ArrayList<>(files.size());
        for (Path file : files) {
            dossiers.add(read(file));
        }
        return dossiers;
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

    /**
     * One line: the JSON path, what is wrong, the line and column. Every refusal of the reader has a path
     * ({@link PartnershipJson#path(JacksonException)}): the parser's refusals, bytes that are not UTF-8 and the
     * limits too; {@code $} is the document itself.
     */
    static String describe(JacksonException e) {
        StringBuilder line = new StringBuilder(PartnershipJson.path(e)).append(": ");
        JsonLocation at = e.getLocation();
        String message = e.getOriginalMessage() == null ? "not a dossier" : e.getOriginalMessage();
        line.append(message.lines().findFirst().orElse(message).trim());
        if (at != null && at.getLineNr() > 0) {
            line.append(" (line ").append(at.getLineNr()).append(", column ").append(at.getColumnNr()).append(')');
        }
        return line.toString();
    }
}
