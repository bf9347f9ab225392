package cz.socialinclusion.partnership.json;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.fixtures.SourcePages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the five source-page dossiers into {@code src/main/resources/.../dossiers/}: run it after a
 * deliberate change of the fixtures or the format, then review and commit the files. {@code
 * DossierFilesTest} checks that the files are what the module writes.
 */
public final class WriteDossierFiles {

    /** File names of the five dossiers, in the order of the source pages. */
    public static final Map<String, java.util.function.Supplier<Dossier>> FILES = new java.util.LinkedHashMap<>();

    static {
        FILES.put("kadan.json", SourcePages::kadan);
        FILES.put("jachymov.json", SourcePages::jachymov);
        FILES.put("kutna-hora.json", SourcePages::kutnaHora);
        FILES.put("cheb.json", SourcePages::cheb);
        FILES.put("decin.json", SourcePages::decin);
    }

    private WriteDossierFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "partnership-json/src/main/resources/cz/socialinclusion/partnership/json/dossiers");
        Files.createDirectories(dir);
        for (var entry : FILES.entrySet()) {
            Files.write(dir.resolve(entry.getKey()), PartnershipJson.writeDossier(entry.getValue().get()));
        }
    }
}
