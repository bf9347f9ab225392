package cz.socialinclusion.partnership.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.fixtures.RandomDossiers;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Each kind of bad input is refused with a Jackson exception of the documented type, its path and a clear message. */
class BadInputTest {

    private static final byte[] CHEB = PartnershipJson.writeDossier(SourcePages.cheb());

    private static byte[] chebWith(Consumer<ObjectNode> change) throws Exception {
        ObjectNode tree = (ObjectNode) PartnershipJson.mapper().readTree(CHEB);
        change.accept(tree);
        return PartnershipJson.mapper().writeValueAsBytes(tree);
    }

    private static ObjectNode partnership(ObjectNode tree) {
        return (ObjectNode) tree.get("partnership");
    }

    private static ObjectNode firstMember(ObjectNode tree) {
        return (ObjectNode) partnership(tree).get("memberships").get(0).get("member");
    }

    private static <T extends Throwable> T refused(byte[] json, Class<T> type) {
        Throwable thrown = catchThrowable(() -> PartnershipJson.readDossier(json));
        assertThat(thrown).isInstanceOf(type).isInstanceOf(JacksonException.class);
        return type.cast(thrown);
    }

    @Test
    void anUnknownPropertyIsRefusedWithItsPath() throws Exception {
        var e = refused(chebWith(t -> partnership(t).put("nickname", "LP")), UnrecognizedPropertyException.class);
        assertThat(JsonPaths.of(e)).isEqualTo("partnership.nickname");
        assertThat(e.getOriginalMessage()).contains("Unrecognized field \"nickname\"");
    }

    static Stream<Arguments> requiredValuesLeftOut() {
        return Stream.of(
                Arguments.of("missing", (Consumer<ObjectNode>) t -> partnership(t).remove("municipality"),
                        "partnership.municipality", "Missing value for required property 'municipality' of Partnership"),
                Arguments.of("null", (Consumer<ObjectNode>) t -> firstMember(t).putNull("name"),
                        "partnership.memberships[0].member.name", "Null value for required property 'name' of Organisation"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requiredValuesLeftOut")
    void aRequiredValueMissingOrNullIsRefusedWithItsPath(String how, Consumer<ObjectNode> change, String path,
                                                         String message) throws Exception {
        var e = refused(chebWith(change), MismatchedInputException.class);
        assertThat(JsonPaths.of(e)).isEqualTo(path);
        assertThat(e.getOriginalMessage()).isEqualTo(message);
    }

    @Test
    void aMissingListIsRefusedLikeAnyRequiredProperty() throws Exception {
        var e = refused(chebWith(t -> firstMember(t).remove("facilities")), MismatchedInputException.class);
        assertThat(JsonPaths.of(e)).isEqualTo("partnership.memberships[0].member.facilities");
    }


    @Test
    void anOptionalValueMayBeAbsentOrNull() throws Exception {
        // Cheb's page gives the founding day and the dossier cites it: without the day, it is read without the citation.
        assertThat(PartnershipJson.readDossier(chebWith(t -> {
            partnership(t).remove("founded");
            t.remove("citations");
        })).partnership().founded()).isNull();
        assertThat(PartnershipJson.readDossier(chebWith(t -> {
            partnership(t).putNull("founded");
            t.remove("citations");
        })).partnership().founded()).isNull();
    }

    @Test
    void aWrongTypeIsRefusedWithItsPathAndNoScalarIsCoerced() throws Exception {
        var number = refused(chebWith(t -> firstMember(t).put("name", 12)), MismatchedInputException.class);
        assertThat(JsonPaths.of(number)).isEqualTo("partnership.memberships[0].member.name");
        var object = refused(chebWith(t -> partnership(t).putObject("founded")), MismatchedInputException.class);
        assertThat(JsonPaths.of(object)).isEqualTo("partnership.founded");
        var list = refused(chebWith(t -> partnership(t).put("memberships", "všichni")), MismatchedInputException.class);
        assertThat(JsonPaths.of(list)).isEqualTo("partnership.memberships");
    }

    @Test
    void trailingTokensAreRefused() {
        byte[] json = (new String(CHEB, StandardCharsets.UTF_8) + "{}").getBytes(StandardCharsets.UTF_8);
        var e = refused(json, MismatchedInputException.class);
        assertThat(e.getOriginalMessage()).contains("Trailing token");
    }

    @Test
    void aDuplicateKeyIsRefusedWithItsPathWhereverItIs() throws Exception {
        String json = new String(CHEB, StandardCharsets.UTF_8)
                .replaceFirst("\"municipality\": \"Cheb\",", "\"municipality\": \"Cheb\", \"municipality\": \"Aš\",");
        var e = refused(json.getBytes(StandardCharsets.UTF_8), MismatchedInputException.class);
        assertThat(JsonPaths.of(e)).isEqualTo("partnership.municipality");
        assertThat(e.getOriginalMessage()).isEqualTo("Duplicate field 'municipality'");
        assertThat(e.getLocation().getLineNr()).isEqualTo(6);
        String noFirst = new String(CHEB, StandardCharsets.UTF_8).replaceFirst("\"endInclusive\": \"2012-12-31\"",
                "\"endInclusive\": \"2012-12-31\", \"start\": \"2010-01-01\"");
        var periodOnly = refused(noFirst.getBytes(StandardCharsets.UTF_8), MismatchedInputException.class);
        assertThat(JsonPaths.of(periodOnly)).isEqualTo("plans[0].period.start");
        String typeTwice = new String(CHEB, StandardCharsets.UTF_8).replaceFirst("\"type\": \"organisation\",",
                "\"type\": \"organisation\", \"type\": \"collective\",");
        var type = refused(typeTwice.getBytes(StandardCharsets.UTF_8), MismatchedInputException.class);
        assertThat(JsonPaths.of(type)).isEqualTo("partnership.memberships[0].member.type");
    }

    @Test
    void aDuplicateKeyInMoneyIsRefusedWithItsPath() {
        String json = new String(PartnershipJson.writeDossier(RandomDossiers.scaled(2026, 1)), StandardCharsets.UTF_8);
        String twice = json.replaceFirst("\"currency\": \"CZK\"", "\"currency\": \"CZK\", \"amount\": \"1.00\"");
        assertThat(twice).isNotEqualTo(json);
        var e = refused(twice.getBytes(StandardCharsets.UTF_8), MismatchedInputException.class);
        assertThat(e.getOriginalMessage()).isEqualTo("Duplicate field 'amount'");
        assertThat(JsonPaths.of(e)).matches("plans\\[0]\\.versions\\[0]\\.priorities\\[0]\\..*\\.amount");
    }

    @Test
    void anInvalidIcoIsAFormatErrorKeepingTheModelsException() throws Exception {
        var e = refused(chebWith(t -> firstMember(t).put("ico", "25755278")), InvalidFormatException.class);
        assertThat(JsonPaths.of(e)).isEqualTo("partnership.memberships[0].member.ico");
        assertThat(e.getCause()).isInstanceOf(InvalidValueException.class);
        assertThat(e.getOriginalMessage()).contains("ico '25755278' is not a valid IČO");
    }

    @Test
    void aDayThatDoesNotExistIsAFormatError() throws Exception {
        var e = refused(chebWith(t -> partnership(t).put("founded", "2008-02-30")), InvalidFormatException.class);
        assertThat(JsonPaths.of(e)).isEqualTo("partnership.founded");
        assertThat(e.getCause()).isInstanceOf(DateTimeException.class);
    }

    @Test
    void anUnknownEnumWordNamesTheWordsItExpects() throws Exception {
        var e = refused(chebWith(t -> firstMember(t).put("kind", "police")), InvalidFormatException.class);
        assertThat(JsonPaths.of(e)).isEqualTo("partnership.memberships[0].member.kind");
        assertThat(e.getOriginalMessage()).contains("\"police\"").contains("state-police").contains("municipal-police")
                .contains("`OrganisationKind`");
    }

    @Test
    void anUnknownMemberTypeIsRefusedAndNoClassNameIsAccepted() throws Exception {
        var robot = refused(chebWith(t -> firstMember(t).put("type", "robot")), InvalidTypeIdException.class);
        assertThat(JsonPaths.of(robot)).isEqualTo("partnership.memberships[0].member");
        var className = refused(chebWith(t -> firstMember(t).put("type", "cz.socialinclusion.partnership.member.Organisation")),
                InvalidTypeIdException.class);
        assertThat(className.getOriginalMessage()).contains("known type ids");
    }

    @Test
    void aPeriodEndingBeforeItStartsReportsThePathAndTheCause() throws Exception {
        var e = refused(chebWith(t -> ((ObjectNode) t.get("plans").get(0).get("period")).put("endInclusive", "2009-12-30")),
                ValueInstantiationException.class);
        assertThat(JsonPaths.of(e)).isEqualTo("plans[0].period.endInclusive");
        assertThat(e.getCause()).isInstanceOf(DateTimeException.class);
        assertThat(e.getOriginalMessage()).contains("endInclusive 2009-12-30 is before start 2010-01-01");
    }

    @Test
    void anInvariantTheModelRefusesKeepsTheDomainExceptionAsCause() throws Exception {
        var e = refused(chebWith(t -> ((ObjectNode) partnership(t).get("intervention").get("extensions").get(0))
                .put("newEnd", "2011-03-31")), ValueInstantiationException.class);
        assertThat(JsonPaths.of(e)).isEqualTo("partnership.intervention.extensions");
        assertThat(e.getCause()).isInstanceOf(InvalidValueException.class);
        assertThat(((InvalidValueException) e.getCause()).field()).isEqualTo("extensions[0].newEnd");
        assertThat(e.getOriginalMessage()).isEqualTo(
                "Invalid Intervention: extensions[0].newEnd 2011-03-31 moves the end earlier than 2011-06-30/2011-07-30");
    }

    @Test
    void anInvariantOfANestedValueNamesTheNestedField() throws Exception {
        var e = refused(chebWith(t -> ((ObjectNode) partnership(t).get("intervention").get("extensions").get(0))
                .put("newEnd", "2010-12-31")), ValueInstantiationException.class);
        assertThat(JsonPaths.of(e)).isEqualTo("partnership.intervention.extensions[0].newEnd");
        assertThat(e.getOriginalMessage()).isEqualTo("Invalid Extension: newEnd 2010-12-31 is before the decision on 2011-02-01/2011-02-10");
    }

    @Test
    void aPlanOfAnotherPartnershipIsRefusedAtTheDossierLevel() throws Exception {
        var e = refused(chebWith(t -> ((ObjectNode) t.get("plans").get(0)).put("partnership", "as")),
                ValueInstantiationException.class);
        assertThat(JsonPaths.of(e)).isEqualTo("plans");
        assertThat(e.getOriginalMessage()).contains("plans[cheb-spsz-2010].partnership as is not cheb");
    }

    @Test
    void aNewerFormatVersionIsRefused() throws Exception {
        var e = refused(chebWith(t -> t.put("formatVersion", 2)), ValueInstantiationException.class);
        assertThat(JsonPaths.of(e)).isEqualTo("formatVersion");
        assertThat(e.getOriginalMessage()).contains("formatVersion 2 is not supported");
        var missing = refused(chebWith(t -> t.remove("formatVersion")), MismatchedInputException.class);
        assertThat(JsonPaths.of(missing)).isEqualTo("formatVersion");
    }

    @Test
    void anEmptyOrNullDocumentIsRefused() {
        refused(new byte[0], MismatchedInputException.class);
        assertThat(refused("null".getBytes(StandardCharsets.UTF_8), MismatchedInputException.class).getOriginalMessage())
                .isEqualTo("The document is null, not a dossier");
        refused("[]".getBytes(StandardCharsets.UTF_8), MismatchedInputException.class);
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() throws Exception {
        String deep = "[".repeat(PartnershipJson.MAX_NESTING_DEPTH + 1) + "]".repeat(PartnershipJson.MAX_NESTING_DEPTH + 1);
        byte[] json = chebWith(t -> partnership(t).set("extra", PartnershipJson.mapper().createArrayNode()));
        String text = new String(json, StandardCharsets.UTF_8).replace("\"extra\":[]", "\"extra\":" + deep);
        var e = refused(text.getBytes(StandardCharsets.UTF_8), StreamConstraintsException.class);
        assertThat(e.getMessage()).contains("Document nesting depth").contains(String.valueOf(PartnershipJson.MAX_NESTING_DEPTH));
    }

    @Test
    void aStringLongerThanTheLimitIsRefused() throws Exception {
        byte[] json = chebWith(t -> firstMember(t).put("name", "x".repeat(PartnershipJson.MAX_STRING_LENGTH + 1)));
        var e = refused(json, StreamConstraintsException.class);
        assertThat(e.getMessage()).contains("String value length");
    }

    @Test
    void aDocumentLargerThanTheLimitIsRefusedWithThePathItReached() {
        byte[] big = new byte[(int) PartnershipJson.MAX_DOCUMENT_LENGTH + 2];
        java.util.Arrays.fill(big, (byte) ' ');
        byte[] start = "{\"formatVersion\": 1, \"plans\": [".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(start, 0, big, 0, start.length);
        big[big.length - 2] = ']';
        big[big.length - 1] = '}';
        Throwable fromStream = catchThrowable(() -> PartnershipJson.readDossier(new ByteArrayInputStream(big)));
        assertThat(fromStream).isInstanceOf(StreamConstraintsException.class).hasMessageContaining("Document length");
        assertThat(PartnershipJson.path((StreamConstraintsException) fromStream)).isEqualTo("$.plans[0]");
        var e = refused(big, StreamConstraintsException.class);
        assertThat(PartnershipJson.path(e)).isEqualTo("$.plans[0]");
        assertThat(e.getMessage()).contains("\n at $.plans[0] (line 1, column ");
    }

    @Test
    void utf16IsRefusedAsNotUtf8() {
        byte[] utf16 = new String(CHEB, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16);
        assertThat(refused(utf16, JsonParseException.class).getMessage()).startsWith("Input is not UTF-8: byte 0xFE at byte offset 0");
        byte[] utf16le = new String(CHEB, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE);
        assertThat(refused(utf16le, JsonParseException.class).getMessage()).startsWith("Input is not UTF-8");
        byte[] utf32 = new String(CHEB, StandardCharsets.UTF_8).getBytes(Charset.forName("UTF-32"));
        assertThat(refused(utf32, JsonParseException.class).getMessage()).startsWith("Input is not UTF-8");
    }

    @Test
    void czechTextInALegacyEncodingIsRefusedAsInvalidUtf8() {
        byte[] latin2 = new String(CHEB, StandardCharsets.UTF_8).getBytes(Charset.forName("ISO-8859-2"));
        var e = refused(latin2, JsonParseException.class);
        assertThat(e.getMessage()).startsWith("Input is not UTF-8: byte 0x").contains("cut short");
        assertThat(PartnershipJson.path(e)).isEqualTo("$.partnership.name");
    }

    /** A stream that hands over one byte a read, so every UTF-8 sequence is split between reads. */
    private static java.io.InputStream trickle(byte[] bytes) {
        return new java.io.FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws java.io.IOException {
                return super.read(b, off, Math.min(len, 1));
            }
        };
    }

    @Test
    void utf8SequencesSplitBetweenReadsAreReadAndCheckedAlike() throws Exception {
        byte[] decin = PartnershipJson.writeDossier(SourcePages.decin());
        assertThat(PartnershipJson.readDossier(trickle(decin))).isEqualTo(SourcePages.decin());
        String text = new String(decin, StandardCharsets.UTF_8);
        int at = text.indexOf("Děčín");
        int byteAt = text.substring(0, at + 1).getBytes(StandardCharsets.UTF_8).length;
        byte[] surrogate = decin.clone();
        surrogate[byteAt] = (byte) 0xED;
        surrogate[byteAt + 1] = (byte) 0xA0;
        Throwable thrown = catchThrowable(() -> PartnershipJson.readDossier(trickle(surrogate)));
        assertThat(thrown).isInstanceOf(JsonParseException.class).hasMessageContaining("byte 0xA0 at byte offset " + (byteAt + 1))
                .hasMessageContaining("encoded surrogate");
    }

    @Test
    void errorsNameTheJsonPathInTheirMessageToo() throws Exception {
        Throwable e = catchThrowable(() -> PartnershipJson.readDossier(chebWith(t -> firstMember(t).remove("name"))));
        assertThat(e).hasMessage("Missing value for required property 'name' of Organisation\n"
                + " at $.partnership.memberships[0].member.name (line 1, column " + ((JsonMappingException) e).getLocation().getColumnNr() + ")");
        assertThat(((JsonMappingException) e).getPath()).hasSize(5);
    }

}
