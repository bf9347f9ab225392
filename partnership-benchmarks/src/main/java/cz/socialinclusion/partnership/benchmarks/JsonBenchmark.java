package cz.socialinclusion.partnership.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.json.PartnershipJson;
import cz.socialinclusion.partnership.json.internal.Utf8Input;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Reading and writing the large dossier with {@code PartnershipModule} (the strict {@link PartnershipJson}
 * mapper: types, invariants, limits) against plain Jackson databind reading and writing the same bytes as
 * plain records with no module, and the canonical {@link PartnershipJson#writeDossier} (what the tool writes)
 * against plain databind writing the same layout. Setup checks that both write the very same bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JsonBenchmark {

    static final JsonMapper PLAIN = JsonMapper.builder()
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();

    /**
     * Plain databind writing the same two-space, one-element-a-line form as the canonical writer, with
     * Jackson's own pretty printer and indenter (the canonical writer has an indenter of its own).
     */
    static final ObjectWriter PLAIN_PRETTY = plainPretty(PLAIN);

    static ObjectWriter plainPretty(JsonMapper mapper) {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return mapper.writer(printer);
    }

    private final JsonMapper module = PartnershipJson.mapper();
    private Dossier dossier;
    private PlainDossier.Document plain;
    private byte[] json;

    @Setup
    public void setUp() throws Exception {
        dossier = LargeDossier.of("lp");
        json = module.writeValueAsBytes(dossier);
        plain = PLAIN.readValue(json, PlainDossier.Document.class);
        if (!PartnershipJson.readDossier(json).equals(dossier)
                || !PartnershipJson.readDossier(new ByteArrayInputStream(json)).equals(dossier)) {
            throw new IllegalStateException("the module does not read back the dossier it wrote");
        }
        if (!Arrays.equals(PLAIN.writeValueAsBytes(plain), json)) {
            throw new IllegalStateException("the baseline does not write the same bytes as the module");
        }
        byte[] pretty = PLAIN_PRETTY.writeValueAsBytes(plain);
        byte[] canonical = PartnershipJson.writeDossier(dossier);
        if (canonical.length != pretty.length + 1 || canonical[pretty.length] != '\n'
                || !Arrays.equals(canonical, 0, pretty.length, pretty, 0, pretty.length)) {
            throw new IllegalStateException("the pretty baseline does not write the canonical bytes");
        }
    }

    @Benchmark
    public Dossier readWithModule() throws Exception {
        return PartnershipJson.readDossier(json);
    }

    @Benchmark
    public PlainDossier.Document readBaseline() throws Exception {
        return PLAIN.readValue(json, PlainDossier.Document.class);
    }

    /**
     * Jackson's streaming parser over the same bytes, every key read and every string and number read as text,
     * nothing built: the floor under plain databind, and under the module's parser path (which reads what the
     * direct reader declines; the direct reader reads these bytes without Jackson's parser). Reported beside
     * the read figures, with no target.
     */
    @Benchmark
    public long readStreamingFloor() throws Exception {
        long read = 0;
        try (JsonParser parser = PLAIN.getFactory().createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME) {
                    read += parser.currentName().length();
                } else if (token == JsonToken.VALUE_STRING || token.isNumeric()) {
                    read += parser.getText().length();
                }
            }
        }
        return read;
    }

    /**
     * The strict UTF-8 check of the whole array ({@code Utf8Input.acceptsWhole}) that
     * {@link PartnershipJson#readDossier(byte[])} makes before parsing a document its direct reader declined
     * (the direct reader checks UTF-8 as it decodes each text).
     */
    @Benchmark
    public boolean readUtf8Check() {
        return new Utf8Input(InputStream.nullInputStream(), PartnershipJson.MAX_DOCUMENT_LENGTH).acceptsWhole(json);
    }

    @Benchmark
    public byte[] writeWithModule() throws Exception {
        return module.writeValueAsBytes(dossier);
    }

    @Benchmark
    public byte[] writeBaseline() throws Exception {
        return PLAIN.writeValueAsBytes(plain);
    }

    /** The canonical form the tool writes ({@link PartnershipJson#writeDossier}). */
    @Benchmark
    public byte[] writeCanonical() {
        return PartnershipJson.writeDossier(dossier);
    }

    /** Plain databind writing the plain records in the canonical form's layout. */
    @Benchmark
    public byte[] writePrettyBaseline() throws Exception {
        return PLAIN_PRETTY.writeValueAsBytes(plain);
    }
}
