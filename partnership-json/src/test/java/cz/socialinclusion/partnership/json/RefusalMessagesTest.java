package cz.socialinclusion.partnership.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A catalogue of bad documents, one of each kind of refusal: every message a user sees names the JSON path and
 * the line and column, and no Java class (neither this module's internals nor {@code java.*}).
 */
class RefusalMessagesTest {

    private static final byte[] CHEB = PartnershipJson.writeDossier(SourcePages.cheb());
    private static final String TEXT = new String(CHEB, StandardCharsets.UTF_8);

    private static byte[] tree(Consumer<ObjectNode> change) {
        try {
            ObjectNode tree = (ObjectNode) PartnershipJson.mapper().readTree(CHEB);
            change.accept(tree);
            return PartnershipJson.mapper().writeValueAsBytes(tree);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ObjectNode partnership(ObjectNode t) {
        return (ObjectNode) t.get("partnership");
    }

    private static ObjectNode member(ObjectNode t) {
        return (ObjectNode) partnership(t).get("memberships").get(0).get("member");
    }

    private static ObjectNode plan(ObjectNode t) {
        return (ObjectNode) t.get("plans").get(0);
    }

    private static byte[] text(String from, String to) {
        assertThat(TEXT).contains(from);
        return TEXT.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    static Stream<Arguments> badDocuments() {
        return Stream.of(
                Arguments.of("unknown property", tree(t -> partnership(t).put("nickname", "LP"))),
                Arguments.of("unknown property at the top", tree(t -> t.put("checksum", "x"))),
                Arguments.of("missing property", tree(t -> partnership(t).remove("municipality"))),
                Arguments.of("missing list", tree(t -> member(t).remove("facilities"))),
                Arguments.of("missing partnership", tree(t -> t.remove("partnership"))),
                Arguments.of("null name", tree(t -> member(t).putNull("name"))),
                Arguments.of("number for text", tree(t -> member(t).put("name", 12))),
                Arguments.of("boolean for text", tree(t -> member(t).put("name", true))),
                Arguments.of("object for a day", tree(t -> partnership(t).putObject("founded"))),
                Arguments.of("number for a day", tree(t -> partnership(t).put("founded", 20080730))),
                Arguments.of("text for a list", tree(t -> partnership(t).put("memberships", "všichni"))),
                Arguments.of("text for an object", tree(t -> t.put("partnership", "Cheb"))),
                Arguments.of("array for an object", tree(t -> t.putArray("partnership"))),
                Arguments.of("number in a list of text", tree(t -> ((ArrayNode) member(t).get("facilities")).add(5))),
                Arguments.of("number for an enum", tree(t -> member(t).put("kind", 3))),
                Arguments.of("unknown enum word", tree(t -> member(t).put("kind", "police"))),
                Arguments.of("empty enum word", tree(t -> member(t).put("kind", ""))),
                Arguments.of("unknown member type", tree(t -> member(t).put("type", "robot"))),
                Arguments.of("missing member type", tree(t -> member(t).remove("type"))),
                Arguments.of("invalid IČO", tree(t -> member(t).put("ico", "25755278"))),
                Arguments.of("invalid id", tree(t -> partnership(t).put("id", "Cheb město"))),
                Arguments.of("day that does not exist", tree(t -> partnership(t).put("founded", "2008-02-30"))),
                Arguments.of("signed day", tree(t -> partnership(t).put("founded", "+999999999-12-31"))),
                Arguments.of("length that is not one", tree(t -> ((ObjectNode) partnership(t).get("intervention")).put("plannedLength", "tři roky"))),
                Arguments.of("period as text", tree(t -> plan(t).put("period", "2010-2012"))),
                Arguments.of("period with an unknown field", tree(t -> ((ObjectNode) plan(t).get("period")).put("middle", "2011-01-01"))),
                Arguments.of("period missing its end", tree(t -> ((ObjectNode) plan(t).get("period")).remove("endInclusive"))),
                Arguments.of("period ending before it starts", tree(t -> ((ObjectNode) plan(t).get("period")).put("endInclusive", "2009-12-30"))),
                Arguments.of("invariant of the model", tree(t -> ((ObjectNode) partnership(t).get("intervention").get("extensions").get(0))
                        .put("newEnd", "2011-03-31"))),
                Arguments.of("plan of another partnership", tree(t -> plan(t).put("partnership", "as"))),
                Arguments.of("newer format version", tree(t -> t.put("formatVersion", 2))),
                Arguments.of("format version 1.0", text("\"formatVersion\": 1,", "\"formatVersion\": 1.0,")),
                Arguments.of("format version as text", tree(t -> t.put("formatVersion", "1"))),
                Arguments.of("format version too large", text("\"formatVersion\": 1,", "\"formatVersion\": 99999999999999999999,")),
                Arguments.of("missing format version", tree(t -> t.remove("formatVersion"))),
                Arguments.of("duplicate key", text("\"municipality\": \"Cheb\",", "\"municipality\": \"Cheb\", \"municipality\": \"Aš\",")),
                Arguments.of("trailing tokens", utf8(TEXT + "{}")),
                Arguments.of("empty document", new byte[0]),
                Arguments.of("null document", utf8("null")),
                Arguments.of("array document", utf8("[]")),
                Arguments.of("number document", utf8("1")),
                Arguments.of("broken syntax", text("\"municipality\": \"Cheb\",", "\"municipality\": Cheb,")),
                Arguments.of("cut document", java.util.Arrays.copyOf(CHEB, CHEB.length / 2)),
                Arguments.of("control character", text("\"Cheb\"", "\"Ch\\u0000eb\"")),
                Arguments.of("lone surrogate", text("\"Cheb\"", "\"Ch\\ud800eb\"")),
                Arguments.of("nesting too deep", text("\"Cheb\"", "[".repeat(60) + "]".repeat(60))),
                Arguments.of("text too long", text("\"Cheb\"", "\"" + "x".repeat(PartnershipJson.MAX_STRING_LENGTH + 1) + "\"")),
                Arguments.of("number too long", text("\"formatVersion\": 1,", "\"formatVersion\": " + "1".repeat(100) + ",")),
                Arguments.of("not UTF-8", new String(CHEB, StandardCharsets.UTF_8).getBytes(java.nio.charset.Charset.forName("ISO-8859-2"))),
                Arguments.of("UTF-16", TEXT.getBytes(StandardCharsets.UTF_16)),
                Arguments.of("money as a number", generated("\"amount\": \"[0-9.]+\"", "\"amount\": 1500")),
                Arguments.of("money with too many digits", generated("\"amount\": \"[0-9.]+\"", "\"amount\": \"" + "9".repeat(30) + ".5\"")),
                Arguments.of("huge indicator value", generated("\"target\": [0-9.]+", "\"target\": 1e999999999")));
    }

    private static byte[] generated(String regex, String replacement) {
        String json = new String(PartnershipJson.writeDossier(
                cz.socialinclusion.partnership.fixtures.RandomDossiers.generate(42, 20, 6)), StandardCharsets.UTF_8);
        String changed = json.replaceFirst(regex, replacement);
        assertThat(changed).as(regex).isNotEqualTo(json);
        return utf8(changed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDocuments")
    void everyRefusalNamesThePathAndLineAndNoClass(String kind, byte[] json) {
        Throwable thrown = catchThrowable(() -> PartnershipJson.readDossier(json));
        assertThat(thrown).as(kind).isInstanceOf(JacksonException.class);
        String message = thrown.getMessage();
        assertThat(message).as(kind)
                .doesNotContain("DossierDocument").doesNotContain("internal").doesNotContain("cz.socialinclusion")
                .doesNotContain("java.").doesNotContain("JsonToken").doesNotContain("CoercionConfig")
                .containsPattern("\n at \\$[^\n]* \\(line \\d+, column \\d+\\)$");
        assertThat(message).as(kind).contains("\n at " + PartnershipJson.path((JacksonException) thrown) + " (line ");
        assertThat(thrown.getLocalizedMessage()).isEqualTo(message);
    }
}
