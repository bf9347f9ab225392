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

    /** The first measure's (empty) indicators in Cheb's plan. */
    private static final String MEASURE_INDICATORS = "\"steps\": [],\n" + " ".repeat(14) + "\"indicators\": []";
    private static final String MEASURE = "$.plans[0].versions[0].measuresWithoutGoal[0]";
    private static final String FOUNDED = "\"founded\": \"2008-07-30\"";
    private static final String CITY_NAME = "\"name\": \"Město Cheb\"";
    private static final String CITY_NAME_PATH = "$.partnership.memberships[1].member.name";
    /** The intervention's start, a date as precise as the record ({@code RecordedDate}). */
    private static final String START = "\"start\": \"2008-07\"";
    private static final String START_PATH = "$.partnership.intervention.start";

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
                changed("an unknown property", "\"municipality\": \"Cheb\",",
                        "\"municipality\": \"Cheb\",\n    \"nickname\": \"LP Cheb\",", "$.partnership.nickname"),
                changed("a missing required value", "    \"municipality\": \"Cheb\",\n", "", "$.partnership.municipality"),
                changed("null for a required value", CITY_NAME, "\"name\": null", CITY_NAME_PATH),
                changed("a number for a name", CITY_NAME, "\"name\": 12", CITY_NAME_PATH),
                changed("a string for a list", "\"workingGroups\": []", "\"workingGroups\": \"žádné\"", "$.partnership.workingGroups"),
                changed("a key twice", "\"municipality\": \"Cheb\",",
                        "\"municipality\": \"Cheb\", \"municipality\": \"Aš\",", "$.partnership.municipality"),
                changed("a day that does not exist", FOUNDED, "\"founded\": \"2011-02-30\"", "$.partnership.founded"),
                changed("a year with a plus sign", FOUNDED, "\"founded\": \"+2008-07-30\"", "$.partnership.founded"),
                changed("a year with a minus sign", FOUNDED, "\"founded\": \"-2008-07-30\"", "$.partnership.founded"),
                changed("a five-digit year", FOUNDED, "\"founded\": \"+12008-07-30\"", "$.partnership.founded"),
                changed("a year after the limits", FOUNDED, "\"founded\": \"2201-01-01\"", "$.partnership.founded"),
                changed("a year before the limits", FOUNDED, "\"founded\": \"1899-12-31\"", "$.partnership.founded"),
                changed("a day with a time", FOUNDED, "\"founded\": \"2008-07-30T00:00\"", "$.partnership.founded"),
                changed("a recorded month 13", START, "\"start\": \"2010-13\"", START_PATH),
                changed("a recorded third half-year", START, "\"start\": \"2011-H3\"", START_PATH),
                changed("a recorded range ending before it starts", START, "\"start\": \"2011-02-10/2011-02-01\"", START_PATH),
                changed("'not recorded' written with a space", START, "\"start\": \"not recorded\"", START_PATH),
                refused("NaN for a number", withBaseline("NaN"), MEASURE + ".indicators[0].baseline.value"),
                refused("a number of a billion digits", withBaseline("1e999999999"),
                        MEASURE + ".indicators[0].baseline.value"),
                refused("a number with more digits after the point than the limits", withBaseline("0.12345678901"),
                        MEASURE + ".indicators[0].baseline.value"),
                refused("a string for a number", withBaseline("\"7.5\""),
                        MEASURE + ".indicators[0].baseline.value"),
                changed("NUL in a name (escaped)", CITY_NAME, "\"name\": \"Město\\u0000Cheb\"", CITY_NAME_PATH),
                changed("NUL in a name (a raw byte)", CITY_NAME, "\"name\": \"Město\u0000Cheb\"", CITY_NAME_PATH),
                changed("an escape character in a name", CITY_NAME, "\"name\": \"Město\\u001bCheb\"", CITY_NAME_PATH),
                changed("a lone surrogate in a name", CITY_NAME, "\"name\": \"Město \\ud800Cheb\"", CITY_NAME_PATH),
                refused("an overlong UTF-8 form C0 80 in a name", overlongNulInCityName(), CITY_NAME_PATH),
                refused("a UTF-8 encoded surrogate ED A0 80 in a name", encodedSurrogateInCityName(), CITY_NAME_PATH),
                changed("formatVersion 1.0", "\"formatVersion\": 1,", "\"formatVersion\": 1.0,", "$.formatVersion"),
                changed("formatVersion \"1\"", "\"formatVersion\": 1,", "\"formatVersion\": \"1\",", "$.formatVersion"),
                changed("an unknown formatVersion", "\"formatVersion\": 1,", "\"formatVersion\": 2,", "$.formatVersion"),
                changed("a missing formatVersion", "  \"formatVersion\": 1,\n", "", "$.formatVersion"),
                refused("a measure's responsible who is not a member", utf8(replace(KUTNA_HORA,
                        "\"title\": \"zavedení systému prostupného bydlení\",",
                        "\"title\": \"zavedení systému prostupného bydlení\",\n\"responsible\": \"kutna-hora-nikdo\",")), "$.plans"),
                changed("an unknown member type", "\"type\": \"organisation\"", "\"type\": \"robot\"", "$.partnership.memberships[0].member"),
                changed("a class name as member type", "\"type\": \"organisation\"",
                        "\"type\": \"cz.socialinclusion.partnership.member.Organisation\"", "$.partnership.memberships[0].member"),
                new Case("nesting deeper than the limit", utf8(replace(CHEB,
                        "\"member\": {\n          \"type\": \"organisation\",",
                        "\"member\": {\n          \"x\": " + deep + ",\n          \"type\": \"organisation\",")),
                        "$.partnership.memberships[0].member.x", true),
                refused("a document over the size limit", overTheSizeLimit(), "$.partnership.municipality"),
                changed("an end before the start", "\"endInclusive\": \"2012-12-31\"",
                        "\"endInclusive\": \"2009-12-31\"", "$.plans[0].period.endInclusive"),
                changed("an enum word in capitals", "\"kind\": \"municipality\"",
                        "\"kind\": \"MUNICIPALITY\"", "$.partnership.memberships[1].member.kind"),
                refused("trailing garbage", utf8(CHEB + "}x"), "$"),
                refused("a second document", utf8(CHEB + "{}"), "$"),
                refused("an empty document", new byte[0], "$"),
                refused("null for the document", utf8("null"), "$"),
                refused("an array for the document", utf8("[]"), "$"));
    }

    /** A case made from Cheb's dossier by replacing the first {@code target}, refused at exactly {@code path}. */
    private static Case changed(String name, String target, String replacement, String path) {
        return refused(name, utf8(replace(CHEB, target, replacement)), path);
    }

    /** A case refused at exactly {@code path}. */
    private static Case refused(String name, byte[] json, String path) {
        return new Case(name, json, path, false);
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
