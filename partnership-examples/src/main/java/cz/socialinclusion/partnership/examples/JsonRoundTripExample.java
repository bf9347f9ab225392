package cz.socialinclusion.partnership.examples;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.json.PartnershipJson;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Shows a JSON round trip with {@code partnership-json}: Cheb's dossier ({@link BuildPartnershipExample})
 * written in the canonical form, read back equal, written again byte for byte; then a document with a bad
 * day refused with the JSON path of the field.
 */
public final class JsonRoundTripExample {

    private JsonRoundTripExample() {
    }

    public static void main(String[] args) {
        run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    /** Writes what the example does to {@code out}; returns whether the round trip gave the same bytes. */
    public static boolean run(PrintStream out) {
        Dossier cheb = BuildPartnershipExample.cheb();
        byte[] json = PartnershipJson.writeDossier(cheb);
        String text = new String(json, StandardCharsets.UTF_8);
        out.println("Cheb's dossier is " + json.length + " bytes of UTF-8; it begins:");
        text.lines().limit(8).forEach(line -> out.println("  " + line));
        try {
            Dossier back = PartnershipJson.readDossier(json);
            boolean same = back.equals(cheb) && java.util.Arrays.equals(PartnershipJson.writeDossier(back), json);
            out.println("Read back equal and written again byte for byte: " + same);
            PartnershipJson.readDossier(text.replace("\"2008-07-30\"", "\"2008-07-32\"").getBytes(StandardCharsets.UTF_8));
            return false;
        } catch (JsonMappingException refused) {
            out.println("A bad day is refused at " + PartnershipJson.path(refused) + ": " + refused.getOriginalMessage().lines().findFirst().orElse(""));
            return true;
        } catch (JacksonException e) {
            throw new IllegalStateException("the example's own dossier could not be read", e);
        }
    }
}
