package cz.socialinclusion.partnership.jackson3;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The catalogue of bad documents both modules must refuse, each made from Cheb's canonical dossier by one
 * change, with the JSON path the refusal must name.
 */
final class BadDossiers {

    /** Where the five dossiers are, in the partnership-json jar. */
    static final String DOSSIERS = "/cz/socialinclusion/partnership/json/dossiers/";
    /** The five dossiers' files. */
    static final List<String> FILES = List.of("kadan.json", "jachymov.json", "kutna-hora.json", "cheb.json", "decin.json");

    private static final String CHEB = new String(resource("cheb.json"), StandardCharsets.UTF_8);
    /** Kutná Hora's dossier: its plan names measures (without goals), Cheb's names none. */
    private static final String KUTNA_HORA = new String(resource("kutna-hora.json"), StandardCharsets.UTF_8);

    /** The first measure's (empty) indicators in Kutná Hora's plan. */
    private static final String MEASURE_INDICATORS = "\"steps\": [],\n" + " ".repeat(14) + "\"indicators\": []";
    private static final String MEASURE = "$.plans[0].versions[0].measuresWithoutGoal[0]";
    private static final String FOUNDED = "\"founded\": \"2008-07-30\"";
    private static final String CITY_NAME = "\"name\": \"Město Cheb\"";
    private static final String CITY_NAME_PATH = "$.partnership.memberships[1].member.name";

    /**
     * A bad document.
     *
     * @param name         what is wrong
     * @param json         the bytes
     * @param path         the JSON path the refusal names
     * @param deeperInside whether the path may go on deeper (into a nesting the model does not have)
     */
    record Case(String name, byte[] json, String path, boolean deeperInside) {
        @Override
        public String toString() {
            return name;
        }
    }

    private BadDossiers() {
    }

    static byte[] resource(String file) {
        try (InputStream in = BadDossiers.class.getResourceAsStream(DOSSIERS + file)) {
            if (in == null) {
                throw new IllegalStateException(DOSSIERS + file + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kutná Hora's dossier with one measure holding an indicator whose baseline value is written {@code value}. */
    static byte[] withBaseline(String value) {
        return utf8(replace(KUTNA_HORA, MEASURE_INDICATORS, """
                  "steps": [],
                  "indicators": [
                    {
                      "id": "kutna-hora-ukazatel-byty",
                      "name": "Počet bytů prostupného bydlení",
                      "unit": "byt",
                      "baseline": {
                        "value": %s,
                        "date": "2011-05-10"
                      },
                      "interim": [],
                      "finalTarget": {
                        "due": "2014-05-09",
                        "target": 12.5
                      }
                    }
                  ]""".formatted(value)));
    }

    static List<Case> all() {
        String deep = "[".repeat(60) + "]".repeat(60);
        return List.of(
                new Case("an unknown property", utf8(replace(CHEB, "\"municipality\": \"Cheb\",",
                        "\"municipality\": \"Cheb\",\n    \"nickname\": \"LP Cheb\",")), "$.partnership.nickname", false),
                new Case("a missing required value", utf8(replace(CHEB, "    \"municipality\": \"Cheb\",\n", "")),
                        "$.partnership.municipality", false),
                new Case("null for a required value", utf8(replace(CHEB, CITY_NAME, "\"name\": null")),
                        CITY_NAME_PATH, false),
                new Case("a number for a name", utf8(replace(CHEB, CITY_NAME, "\"name\": 12")), CITY_NAME_PATH, false),
                new Case("a string for a list", utf8(replace(CHEB, "\"workingGroups\": []", "\"workingGroups\": \"žádné\"")),
                        "$.partnership.workingGroups", false),
                new Case("a key twice", utf8(replace(CHEB, "\"municipality\": \"Cheb\",",
                        "\"municipality\": \"Cheb\", \"municipality\": \"Aš\",")), "$.partnership.municipality", false),
                new Case("a day that does not exist", utf8(replace(CHEB, FOUNDED, "\"founded\": \"2011-02-30\"")),
                        "$.partnership.founded", false),
                new Case("a year with a plus sign", utf8(replace(CHEB, FOUNDED, "\"founded\": \"+2008-07-30\"")),
                        "$.partnership.founded", false),
                new Case("a year with a minus sign", utf8(replace(CHEB, FOUNDED, "\"founded\": \"-2008-07-30\"")),
                        "$.partnership.founded", false),
                new Case("a five-digit year", utf8(replace(CHEB, FOUNDED, "\"founded\": \"+12008-07-30\"")),
                        "$.partnership.founded", false),
                new Case("a year after the limits", utf8(replace(CHEB, FOUNDED, "\"founded\": \"2201-01-01\"")),
                        "$.partnership.founded", false),
                new Case("a year before the limits", utf8(replace(CHEB, FOUNDED, "\"founded\": \"1899-12-31\"")),
                        "$.partnership.founded", false),
                new Case("a day with a time", utf8(replace(CHEB, FOUNDED, "\"founded\": \"2008-07-30T00:00\"")),
                        "$.partnership.founded", false),
                new Case("NaN for a number", withBaseline("NaN"), MEASURE + ".indicators[0].baseline.value", false),
                new Case("a number of a billion digits", withBaseline("1e999999999"),
                        MEASURE + ".indicators[0].baseline.value", false),
                new Case("a number with more digits after the point than the limits", withBaseline("0.12345678901"),
                        MEASURE + ".indicators[0].baseline.value", false),
                new Case("a string for a number", withBaseline("\"7.5\""),
                        MEASURE + ".indicators[0].baseline.value", false),
                new Case("NUL in a name (escaped)", utf8(replace(CHEB, CITY_NAME, "\"name\": \"Město\\u0000Cheb\"")),
                        CITY_NAME_PATH, false),
                new Case("NUL in a name (a raw byte)", utf8(replace(CHEB, CITY_NAME, "\"name\": \"Město\u0000Cheb\"")),
                        CITY_NAME_PATH, false),
                new Case("an escape character in a name", utf8(replace(CHEB, CITY_NAME, "\"name\": \"Město\\u001bCheb\"")),
                        CITY_NAME_PATH, false),
                new Case("a lone surrogate in a name", utf8(replace(CHEB, CITY_NAME, "\"name\": \"Město \\ud800Cheb\"")),
                        CITY_NAME_PATH, false),
                new Case("an overlong UTF-8 form C0 80 in a name", overlongNulInCityName(), CITY_NAME_PATH, false),
                new Case("a UTF-8 encoded surrogate ED A0 80 in a name", encodedSurrogateInCityName(), CITY_NAME_PATH, false),
                new Case("formatVersion 1.0", utf8(replace(CHEB, "\"formatVersion\": 1,", "\"formatVersion\": 1.0,")),
                        "$.formatVersion", false),
                new Case("formatVersion \"1\"", utf8(replace(CHEB, "\"formatVersion\": 1,", "\"formatVersion\": \"1\",")),
                        "$.formatVersion", false),
                new Case("an unknown formatVersion", utf8(replace(CHEB, "\"formatVersion\": 1,", "\"formatVersion\": 2,")),
                        "$.formatVersion", false),
                new Case("a missing formatVersion", utf8(replace(CHEB, "  \"formatVersion\": 1,\n", "")),
                        "$.formatVersion", false),
                new Case("a measure's responsible who is not a member", utf8(replace(KUTNA_HORA,
                        "\"title\": \"zavedení systému prostupného bydlení\",",
                        "\"title\": \"zavedení systému prostupného bydlení\",\n\"responsible\": \"kutna-hora-nikdo\",")),
                        "$.plans", false),
                new Case("an unknown member type", utf8(replace(CHEB, "\"type\": \"organisation\"", "\"type\": \"robot\"")),
                        "$.partnership.memberships[0].member", false),
                new Case("a class name as member type", utf8(replace(CHEB, "\"type\": \"organisation\"",
                        "\"type\": \"cz.socialinclusion.partnership.member.Organisation\"")),
                        "$.partnership.memberships[0].member", false),
                new Case("nesting deeper than the limit", utf8(replace(CHEB,
                        "\"member\": {\n          \"type\": \"organisation\",",
                        "\"member\": {\n          \"x\": " + deep + ",\n          \"type\": \"organisation\",")),
                        "$.partnership.memberships[0].member.x", true),
                new Case("a document over the size limit", overTheSizeLimit(), "$.partnership.municipality", false),
                new Case("an end before the start", utf8(replace(CHEB, "\"endInclusive\": \"2012-12-31\"",
                        "\"endInclusive\": \"2009-12-31\"")), "$.plans[0].period.endInclusive", false),
                new Case("an enum word in capitals", utf8(replace(CHEB, "\"kind\": \"municipality\"",
                        "\"kind\": \"MUNICIPALITY\"")), "$.partnership.memberships[1].member.kind", false),
                new Case("trailing garbage", utf8(CHEB + "}x"), "$", false),
                new Case("a second document", utf8(CHEB + "{}"), "$", false),
                new Case("an empty document", new byte[0], "$", false),
                new Case("null for the document", utf8("null"), "$", false),
                new Case("an array for the document", utf8("[]"), "$", false));
    }

    /** Cheb's dossier with 32 MiB of spaces before the municipality's value: over the limit inside the document. */
    private static byte[] overTheSizeLimit() {
        String target = "\"municipality\": ";
        int at = CHEB.indexOf(target) + target.length();
        byte[] before = utf8(CHEB.substring(0, at));
        byte[] after = utf8(CHEB.substring(at));
        byte[] json = new byte[before.length + 32 * 1024 * 1024 + after.length];
        System.arraycopy(before, 0, json, 0, before.length);
        Arrays.fill(json, before.length, json.length - after.length, (byte) ' ');
        System.arraycopy(after, 0, json, json.length - after.length, after.length);
        return json;
    }

    private static byte[] overlongNulInCityName() {
        return splice(CITY_NAME, "\"name\": \"Město", new byte[] {(byte) 0xC0, (byte) 0x80}, "Cheb\"");
    }

    private static byte[] encodedSurrogateInCityName() {
        return splice(CITY_NAME, "\"name\": \"Město", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, "Cheb\"");
    }

    private static byte[] splice(String target, String before, byte[] bad, String after) {
        int at = CHEB.indexOf(target);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8(CHEB.substring(0, at) + before));
        out.writeBytes(bad);
        out.writeBytes(utf8(after + CHEB.substring(at + target.length())));
        return out.toByteArray();
    }

    private static String replace(String text, String target, String replacement) {
        int at = text.indexOf(target);
        if (at < 0) {
            throw new IllegalStateException("the dossier has no " + target);
        }
        return text.substring(0, at) + replacement + text.substring(at + target.length());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
