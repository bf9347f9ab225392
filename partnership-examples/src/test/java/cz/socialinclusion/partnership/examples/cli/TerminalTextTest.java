package cz.socialinclusion.partnership.examples.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class TerminalTextTest {

    @ParameterizedTest
    @CsvSource({
            "0, \\u0000", "7, \\u0007", "9, \\u0009", "10, \\u000A", "13, \\u000D", "27, \\u001B", "31, \\u001F",
            "127, \\u007F", "128, \\u0080", "133, \\u0085", "155, \\u009B", "159, \\u009F",
            "8232, \\u2028", "8233, \\u2029", "8206, \\u200E", "8238, \\u202E", "8294, \\u2066",
            "55357, \\uD83D", "56832, \\uDE00"})
    void aControlCharacterOrLoneSurrogateIsWrittenAsItsCode(int code, String escaped) {
        assertThat(TerminalText.escape("a" + (char) code + "b")).isEqualTo("a" + escaped + "b");
    }

    @Test
    void czechLettersPrintableSymbolsAndSurrogatePairsAreKept() {
        String text = "Lokální partnerství Děčín, Žďár nad Sázavou: „příliš žluťoučký kůň“ – 100 % € 😀 \\ ; ,";
        assertThat(TerminalText.escape(text)).isSameAs(text);
    }

    @Test
    void aForgedLineAndAScreenClearBecomeVisibleText() {
        assertThat(TerminalText.escape("Kadaň\u001B[2J\r\n  Findings           0"))
                .isEqualTo("Kadaň\\u001B[2J\\u000D\\u000A  Findings           0")
                .doesNotContain("\n");
        assertThat(TerminalText.escape(null)).isEqualTo("null");
    }

    @Test
    void printfEscapesEveryArgumentButNotTheFormat() {
        StringWriter out = new StringWriter();
        TerminalText.printf(new PrintWriter(out, true), "%-8s|%d|%s%n", "Aš\u009B", 42, "x\ny");
        assertThat(out.toString()).isEqualTo("Aš\\u009B|42|x\\u000Ay" + System.lineSeparator());
    }
}
