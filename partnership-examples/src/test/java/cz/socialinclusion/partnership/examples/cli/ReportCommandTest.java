package cz.socialinclusion.partnership.examples.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code partnership report}: one HTML page per dossier file, named by the partnership and the day. */
class ReportCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesOnePagePerDossierInTheLanguageAsked() throws Exception {
        Path cheb = Cli.sourcePage(dir, "cheb.json");
        Path jachymov = Cli.sourcePage(dir, "jachymov.json");
        Path pages = dir.resolve("pages");

        Cli.Result result = Cli.run("report", "--as-of", "2012-08-01", "--lang", "cs", "--output", pages.toString(),
                cheb.toString(), jachymov.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out().lines()).containsExactly("wrote " + pages.resolve("cheb-2012-08-01.html"),
                "wrote " + pages.resolve("jachymov-2012-08-01.html"));
        String page = Files.readString(pages.resolve("cheb-2012-08-01.html"), StandardCharsets.UTF_8);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<html lang=\"cs\">", "<h1>Lokální partnerství Cheb</h1>",
                "Časová osa", "Ustavující setkání 30. 7. 2008");
        assertThat(Files.readString(pages.resolve("jachymov-2012-08-01.html"), StandardCharsets.UTF_8))
                .contains("<h1>Lokální partnerství Jáchymov</h1>");
        try (var listed = Files.list(pages)) {
            assertThat(listed).hasSize(2);
        }
    }

    @Test
    void aMemberNamedLikeAScriptIsWrittenAsText() throws Exception {
        Path hostile = Cli.edited(dir, "cheb.json", "hostile.json",
                "\"name\": \"Kotec o.s.\"", "\"name\": \"<script>alert(1)</script>\"");

        Cli.Result result = Cli.run("report", "--as-of", "2012-08-01", "--output", dir.toString(), hostile.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        String page = Files.readString(dir.resolve("cheb-2012-08-01.html"), StandardCharsets.UTF_8);
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
    }

    @Test
    void aFileThatIsNotADossierWritesNoPage() throws Exception {
        Path cheb = Cli.sourcePage(dir, "cheb.json");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"formatVersion\": 1, \"partnership\": ");
        Path pages = dir.resolve("pages");

        Cli.Result result = Cli.run("report", "--output", pages.toString(), cheb.toString(), broken.toString());

        assertThat(result.exit()).isEqualTo(2);
        result.assertOneLineError();
        assertThat(result.err()).contains("broken.json");
        assertThat(pages).doesNotExist();
    }

    @Test
    void withoutADayTheToolsTodayIsTheDayOfThePage() throws Exception {
        Path kutnaHora = Cli.sourcePage(dir, "kutna-hora.json");

        Cli.Result result = Cli.run("report", "--output", dir.toString(), kutnaHora.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(Files.readString(dir.resolve("kutna-hora-2011-06-01.html"), StandardCharsets.UTF_8))
                .contains("<time id=\"as-of\">Jun 1, 2011</time>");
    }
}
