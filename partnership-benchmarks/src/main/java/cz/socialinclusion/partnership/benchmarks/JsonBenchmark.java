package cz.socialinclusion.partnership.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.json.JsonMapper;
import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.json.PartnershipJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Reading and writing the large dossier with {@code PartnershipModule} (the strict {@link PartnershipJson}
 * mapper: types, invariants, limits) against plain Jackson databind reading and writing the same bytes as
 * plain records with no module. Setup checks that both write the very same bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JsonBenchmark {

    static final JsonMapper PLAIN = JsonMapper.builder()
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();

    private final JsonMapper module = PartnershipJson.mapper();
    private Dossier dossier;
    private PlainDossier.Document plain;
    private byte[] json;

    @Setup
    public void setUp() throws Exception {
        dossier = LargeDossier.of("lp");
        json = module.writeValueAsBytes(dossier);
        plain = PLAIN.readValue(json, PlainDossier.Document.class);
        if (!Arrays.equals(PLAIN.writeValueAsBytes(plain), json)) {
            throw new IllegalStateException("the baseline does not write the same bytes as the module");
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

    @Benchmark
    public byte[] writeWithModule() throws Exception {
        return module.writeValueAsBytes(dossier);
    }

    @Benchmark
    public byte[] writeBaseline() throws Exception {
        return PLAIN.writeValueAsBytes(plain);
    }
}
