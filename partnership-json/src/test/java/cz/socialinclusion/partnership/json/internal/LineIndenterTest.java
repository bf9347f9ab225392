package cz.socialinclusion.partnership.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

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
