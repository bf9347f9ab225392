package cz.socialinclusion.partnership.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import cz.socialinclusion.partnership.json.PartnershipJson;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LineIndenterTest {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** Arrays nested {@code depth} deep with a text at the bottom, written with {@code indenter}. */
    private static String nested(DefaultPrettyPrinter.Indenter indenter, int depth, boolean bytes) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter();
        printer.indentArraysWith(indenter);
        printer.indentObjectsWith(indenter);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter chars = new StringWriter();
        try (JsonGenerator g = bytes ? FACTORY.createGenerator(out) : FACTORY.createGenerator(chars)) {
            g.setPrettyPrinter(printer);
            for (int i = 0; i < depth; i++) {
                if (i % 2 == 0) {
                    g.writeStartArray();
                } else {
                    g.writeStartObject();
                    g.writeFieldName("level" + i);
                }
            }
            g.writeString("Kadaň");
            for (int i = depth - 1; i >= 0; i--) {
                if (i % 2 == 0) {
                    g.writeEndArray();
                } else {
                    g.writeEndObject();
                }
            }
        }
        return bytes ? out.toString(StandardCharsets.UTF_8) : chars.toString();
    }

    @Test
    void writesWhatJacksonsIndenterWritesAtEveryLevel() throws IOException {
        DefaultIndenter jackson = new DefaultIndenter("  ", "\n");
        // Past the levels made beforehand, and past Jackson's own run of spaces.
        for (int depth = 0; depth <= 2 * LineIndenter.KEPT_LEVELS + 5; depth++) {
            for (boolean bytes : new boolean[] {true, false}) {
                assertThat(nested(LineIndenter.INSTANCE, depth, bytes)).as("depth %d, %s", depth, bytes ? "bytes" : "chars")
                        .isEqualTo(nested(jackson, depth, bytes));
            }
        }
    }

    @Test
    void writesALineFeedAloneBelowLevelOneAsJacksonsIndenterDoes() throws IOException {
        DefaultIndenter jackson = new DefaultIndenter("  ", "\n");
        for (int level : new int[] {-1000, -2, -1, 0, 1}) {
            assertThat(indentation(LineIndenter.INSTANCE, level)).as("level %d", level)
                    .isEqualTo(indentation(jackson, level));
        }
    }

    @Test
    void writesACanonicalValueInsideAHostsOwnOutputAsJacksonsIndenterDoes() throws IOException {
        ObjectWriter canonical = PartnershipJson.canonicalWriter(PartnershipJson.mapper());
        DefaultIndenter jackson = new DefaultIndenter("  ", "\n");
        // canonicalWriter's printer, with Jackson's indenter.
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
        printer.indentObjectsWith(jackson);
        printer.indentArraysWith(jackson);
        ObjectWriter withJacksons = PartnershipJson.mapper().writer(printer);
        assertThat(enveloped(canonical)).isEqualTo(enveloped(withJacksons)).contains("\"Kadaň\"");
    }

    /** A value written by {@code writer} inside an object the host's generator has open: below level one. */
    private static String enveloped(ObjectWriter writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeFieldName("envelope");
            writer.writeValue(g, List.of("Kadaň", "Cheb"));
            g.writeEndObject();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String indentation(DefaultPrettyPrinter.Indenter indenter, int level) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            indenter.writeIndentation(g, level);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void staysOneInstanceWhenSerialized() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(LineIndenter.INSTANCE);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(in.readObject()).isSameAs(LineIndenter.INSTANCE);
        }
    }
}
