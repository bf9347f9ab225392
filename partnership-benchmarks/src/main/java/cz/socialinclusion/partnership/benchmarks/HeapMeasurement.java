package cz.socialinclusion.partnership.benchmarks;

import com.fasterxml.jackson.databind.json.JsonMapper;
import cz.socialinclusion.partnership.fixtures.RandomDossiers;
import cz.socialinclusion.partnership.json.PartnershipJson;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;

/**
 * Heap when loading 1,000 dossiers from JSON into the model, against loading the same documents into the
 * plain records of the baseline: the peak while loading (the sum of the heap pools' peaks) and what stays
 * reachable after a full collection. Measured in this JVM, one after the other, each from a collected heap.
 */
final class HeapMeasurement {

    /** Bytes at the peak and retained, for the model and for the baseline. */
    record Result(long modelPeak, long modelRetained, long plainPeak, long plainRetained, int documents, long bytes) {
    }

    private HeapMeasurement() {
    }

    static Result measure(int count) throws Exception {
        JsonMapper mapper = PartnershipJson.mapper();
        List<byte[]> documents = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            byte[] json = mapper.writeValueAsBytes(RandomDossiers.generate(i, 20, 5));
            documents.add(json);
            bytes += json.length;
        }
        long[] plain = load(documents, json -> JsonBenchmark.PLAIN.readValue(json, PlainDossier.Document.class));
        long[] model = load(documents, PartnershipJson::readDossier);
        return new Result(model[0], model[1], plain[0], plain[1], count, bytes);
    }

    interface Reader {
        Object read(byte[] json) throws Exception;
    }

    private static long[] load(List<byte[]> documents, Reader reader) throws Exception {
        long before = collectedUsed();
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        List<Object> loaded = new ArrayList<>(documents.size());
        for (byte[] json : documents) {
            loaded.add(reader.read(json));
        }
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() - before;
        long retained = collectedUsed() - before;
        if (loaded.size() != documents.size()) {
            throw new IllegalStateException("lost documents");
        }
        return new long[] {peak, retained};
    }

    private static long collectedUsed() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
