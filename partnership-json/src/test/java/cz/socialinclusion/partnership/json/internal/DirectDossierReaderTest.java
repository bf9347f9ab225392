package cz.socialinclusion.partnership.json.internal;

import com.fasterxml.jackson.core.JacksonException;
import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.fixtures.RandomDossiers;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import cz.socialinclusion.partnership.json.PartnershipJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The direct reader reads the documents this library writes itself, and they come out equal to what the parser
 * path reads from the same bytes (through a stream, which the direct reader never reads). What it declines is
 * left to the parser path; {@code ReadPathsTest} compares the two paths on hostile files and mutants.
 */
class DirectDossierReaderTest {

    private static final DirectDossierReader DIRECT = new DirectDossierReader(PartnershipJson.mapper(),
            PartnershipJson.MAX_DOCUMENT_LENGTH, PartnershipJson.MAX_NESTING_DEPTH, PartnershipJson.MAX_STRING_LENGTH,
            PartnershipJson.MAX_NUMBER_LENGTH);

    static Stream<Arguments> written() {
        Stream<Arguments> pages = SourcePages.all().stream()
                .map(dossier -> Arguments.of(dossier.partnership().name(), dossier));
        Stream<Arguments> random = LongStream.of(1, 14, 2026, 20261128, -7)
                .mapToObj(seed -> Arguments.of("random dossier of seed " + seed, RandomDossiers.scaled(seed, 1)));
        return Stream.concat(pages, random);
    }

    private static Dossier parsed(byte[] json) throws IOException {
        return PartnershipJson.readDossier(new ByteArrayInputStream(json));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("written")
    void readsWhatThisLibraryWritesAsTheParserPathDoes(String what, Dossier dossier) throws IOException {
        for (byte[] json : new byte[][] {PartnershipJson.writeDossier(dossier),
                PartnershipJson.mapper().writeValueAsBytes(dossier)}) {
            Dossier direct = DIRECT.read(json);
            assertThat(direct).as("%s, read directly", what).isNotNull().isEqualTo(parsed(json)).isEqualTo(dossier);
        }
    }

    @Test
    void declinesWhatItIsNotSureOfAndTheParserPathSaysWhy() {
        String cheb = new String(PartnershipJson.writeDossier(SourcePages.cheb()), StandardCharsets.UTF_8);
        String[] declined = {
                cheb.replaceFirst("\\{", "{\"unknown\": 1, "),
                cheb.replaceFirst("\"formatVersion\": 1", "\"formatVersion\": 1, \"formatVersion\": 1"),
                cheb.replaceFirst("\"formatVersion\": 1", "\"formatVersion\": 2"),
                cheb.replaceFirst("\"formatVersion\": 1", "\"formatVersion\": 01"),
                cheb.replaceFirst("\"formatVersion\": 1", "\"formatVersion\": \"1\""),
                cheb.replaceFirst("\"formatVersion\": 1", "\"formatVersion\": null"),
                cheb + "{}",
                cheb.replace("\"Cheb\"", "\"Cheb\\u0001\""),
                cheb.replaceFirst("\"Cheb\"", "\"Cheb\u007F\""),
                cheb.replace("\"Cheb\"", "\"Cheb\\uD800\""),
                "\uFEFF" + cheb,
                cheb.substring(0, cheb.length() - 3),
        };
        for (String json : declined) {
            assertThat(json).isNotEqualTo(cheb);
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            assertThat(DIRECT.read(bytes)).as(json.substring(0, 80)).isNull();
        }
    }

    @Test
    void keepsToTheParserPathsDepthLimit() {
        byte[] cheb = PartnershipJson.writeDossier(SourcePages.cheb());
        // Cheb's dossier nests objects and arrays 7 deep (the document, the partnership, its members, a member...).
        for (int limit : new int[] {1, 4, 6, 7}) {
            DirectDossierReader shallow = new DirectDossierReader(PartnershipJson.mapper(),
                    PartnershipJson.MAX_DOCUMENT_LENGTH, limit, PartnershipJson.MAX_STRING_LENGTH,
                    PartnershipJson.MAX_NUMBER_LENGTH);
            if (limit < 7) {
                assertThat(shallow.read(cheb)).as("at most %d deep", limit).isNull();
            } else {
                assertThat(shallow.read(cheb)).as("at most %d deep", limit).isEqualTo(SourcePages.cheb());
            }
        }
    }

    @Test
    void readsEscapesAsTheParserPathDoes() throws IOException {
        String cheb = new String(PartnershipJson.writeDossier(SourcePages.cheb()), StandardCharsets.UTF_8);
        String json = cheb.replace("\"Cheb\"", "\"Ch\\u0065b \\\"\\u017e\\\\ \\/ \\uD83D\\uDE00\"");
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        Dossier direct = DIRECT.read(bytes);
        assertThat(direct).isNotNull().isEqualTo(parsed(bytes));
    }

    /**
     * Seeded edits of the written documents, most of which keep them valid: whitespace between tokens, a
     * character of a text escaped or replaced by a Czech letter, an emoji or DEL, an escape of a refused
     * character. Whatever the direct reader reads, the parser path reads as the same dossier; most edits are
     * read directly.
     */
    @Test
    void whateverItReadsTheParserPathReadsAlike() throws IOException {
        List<String> documents = new ArrayList<>();
        for (Dossier dossier : SourcePages.all()) {
            documents.add(new String(PartnershipJson.writeDossier(dossier), StandardCharsets.UTF_8));
        }
        documents.add(new String(PartnershipJson.writeDossier(RandomDossiers.scaled(14, 1)), StandardCharsets.UTF_8));
        String[] spaces = {" ", "\t", "\r\n", "\n  "};
        String[] inTexts = {"ř", "Ž", "😀", "\u007F", "\\u0001", "\\ud800", "\\u00e1", "\\/", "\\\\", "\\\""};
        Random random = new Random(20261128);
        int mutants = 600;
        int direct = 0;
        int parsed = 0;
        for (int i = 0; i < mutants; i++) {
            String document = documents.get(random.nextInt(documents.size()));
            List<Integer> structural = new ArrayList<>();
            List<Integer> inside = new ArrayList<>();
            boolean inString = false;
            for (int at = 0; at < document.length(); at++) {
                char c = document.charAt(at);
                if (inString) {
                    if (c == '\\') {
                        at++;
                    } else if (c == '"') {
                        inString = false;
                    } else if (c < 0x80 && Character.isLetter(c)) {
                        inside.add(at);
                    }
                } else if (c == '"') {
                    inString = true;
                } else if (c == ',' || c == ':' || c == '{' || c == '[') {
                    structural.add(at + 1);
                }
            }
            String mutant;
            if (random.nextBoolean()) {
                int at = structural.get(random.nextInt(structural.size()));
                mutant = document.substring(0, at) + spaces[random.nextInt(spaces.length)] + document.substring(at);
            } else {
                int at = inside.get(random.nextInt(inside.size()));
                String by = random.nextInt(3) == 0 ? String.format("\\u%04x", (int) document.charAt(at))
                        : inTexts[random.nextInt(inTexts.length)];
                mutant = document.substring(0, at) + by + document.substring(at + 1);
            }
            byte[] bytes = mutant.getBytes(StandardCharsets.UTF_8);
            Dossier read = DIRECT.read(bytes);
            Dossier expected;
            try {
                expected = parsed(bytes);
                parsed++;
            } catch (JacksonException refused) {
                expected = null;
            }
            if (read != null) {
                direct++;
                assertThat(read).as("mutant %d: the direct reader read what the parser path %s", i,
                        expected == null ? "refuses" : "reads otherwise").isEqualTo(expected);
            }
        }
        assertThat(direct).as("read directly, of %d read by the parser path", parsed).isGreaterThan(mutants / 2);
        assertThat(parsed - direct).as("read by the parser path only").isLessThan(mutants / 10);
    }
}
