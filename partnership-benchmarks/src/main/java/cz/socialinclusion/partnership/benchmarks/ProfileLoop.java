package cz.socialinclusion.partnership.benchmarks;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.fixtures.RandomDossiers;
import cz.socialinclusion.partnership.jdbc.Database;
import cz.socialinclusion.partnership.jdbc.DossierRepository;
import cz.socialinclusion.partnership.json.PartnershipJson;
import cz.socialinclusion.partnership.rules.Rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs one operation in a loop for a while, to profile it with Java Flight Recorder:
 * {@code java -XX:StartFlightRecording=filename=x.jfr -cp benchmarks.jar …ProfileLoop json-read 20}.
 * Operations: {@code json-read}, {@code json-read-baseline} (plain databind, as in {@link JsonBenchmark}), {@code json-write-canonical}, {@code jdbc-load}, {@code jdbc-save} (tables emptied before each save, in the loop),
 * {@code rules-1}, {@code rules-100} (100 distinct instances of one
 * partnership), {@code rules-same-100} (one instance 100 times) and {@code rules-scaled-1}, {@code rules-scaled-10},
 * {@code rules-scaled-100} (one partnership of {@code RandomDossiers.scaled} at that scale).
 */
public final class ProfileLoop {

    private ProfileLoop() {
    }

    public static void main(String[] args) throws Exception {
        String operation = args[0];
        long until = System.nanoTime() + Long.parseLong(args[1]) * 1_000_000_000L;
        Dossier dossier = LargeDossier.of("lp");
        long count = 0;
        switch (operation) {
            case "json-read" -> {
                byte[] json = PartnershipJson.mapper().writeValueAsBytes(dossier);
                while (System.nanoTime() < until) {
                    PartnershipJson.readDossier(json);
                    count++;
                }
            }
            case "json-read-baseline" -> {
                byte[] json = PartnershipJson.mapper().writeValueAsBytes(dossier);
                while (System.nanoTime() < until) {
                    JsonBenchmark.PLAIN.readValue(json, PlainDossier.Document.class);
                    count++;
                }
            }
            case "json-write-canonical" -> {
                while (System.nanoTime() < until) {
                    PartnershipJson.writeDossier(dossier);
                    count++;
                }
            }
            case "jdbc-load" -> {
                try (Postgres postgres = new Postgres(); var held = postgres.dataSource.getConnection()) {
                    new DossierRepository(Database.of(postgres.dataSource)).saveNew(dossier);
                    DossierRepository repository = new DossierRepository(Database.onHostConnection(() -> held));
                    while (System.nanoTime() < until) {
                        repository.findById(dossier.partnership().id());
                        count++;
                    }
                }
            }
            case "jdbc-save" -> {
                try (Postgres postgres = new Postgres(); var held = postgres.dataSource.getConnection()) {
                    DossierRepository repository = new DossierRepository(Database.onHostConnection(() -> held));
                    while (System.nanoTime() < until) {
                        postgres.truncate();
                        repository.saveNew(dossier);
                        count++;
                    }
                }
            }
            case "rules-100", "rules-same-100", "rules-1" -> {
                List<Dossier> many = new ArrayList<>();
                Dossier one = RandomDossiers.generate(2026, 40, 10);
                int n = operation.equals("rules-1") ? 1 : 100;
                for (int i = 0; i < n; i++) {
                    many.add(operation.equals("rules-100") ? RandomDossiers.generate(2026, 40, 10) : one);
                }
                var asOf = many.get(0).partnership().founded().plusYears(10);
                while (System.nanoTime() < until) {
                    for (Dossier d : many) {
                        Rules.standard().evaluate(d, asOf);
                    }
                    count++;
                }
            }
            case "rules-scaled-1", "rules-scaled-10", "rules-scaled-100" -> {
                int scale = Integer.parseInt(operation.substring("rules-scaled-".length()));
                Dossier scaled = RandomDossiers.scaled(2026, scale);
                var asOf = scaled.partnership().founded().plusYears(10);
                while (System.nanoTime() < until) {
                    Rules.standard().evaluate(scaled, asOf);
                    count++;
                }
            }
            default -> throw new IllegalArgumentException(operation);
        }
        System.out.println(operation + ": " + count + " operations");
    }
}
