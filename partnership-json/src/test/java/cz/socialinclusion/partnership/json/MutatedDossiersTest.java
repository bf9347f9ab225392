package cz.socialinclusion.partnership.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Thousands of mutated dossiers from a fixed seed, each run the same: byte-level mutations (flips, cuts,
 * insertions, duplicated spans) and tree-level ones (a value replaced by another type, removed, nulled, a key
 * renamed, a node nested deeper). The reader either refuses a mutant with a {@link JacksonException} or reads
 * a dossier that writes back to an equal one; nothing else may escape.
 */
class MutatedDossiersTest {

    private static final long SEED = 20261122L;
    private static final int MUTANTS_PER_KIND = 2_500;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] WEIRD = {"", " ", "Děčín", "2011-02-30", "2011-Q5", "P0D", "-1", "NaN", "null",
            "\u0000", "\uD800", "x".repeat(300), "{}", "[]", "cz.socialinclusion.partnership.member.Organisation",
            "25755278", "organisation", "natural-person", "1E+400", "1500.005",
            // the hostile values of issue 11: signed and out-of-range days, quarters, huge decimals, control characters
            "-999999999-01-01", "+999999999-12-31", "+2011-02-09", "1899-12-31", "2201-01-01", "+10000-Q1", "1e999999999",
            "\u0007", "\u001b[2J", "\u007f", "\uDC00", "x\uD800y", "1.0"};
    /** Byte sequences that are not strict UTF-8: overlong, encoded surrogates, beyond U+10FFFF, cut short, NUL. */
    private static final byte[][] NOT_UTF8 = {{(byte) 0xC0, (byte) 0x80}, {(byte) 0xE0, (byte) 0x80, (byte) 0x80},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xE2, (byte) 0x82}, {(byte) 0xFE}, {0}, {(byte) 0x80}};

    private final List<byte[]> seeds = SourcePages.all().stream().map(PartnershipJson::writeDossier).toList();

    private int read = 0;
    private int refused = 0;

    @Test
    void byteMutantsAreReadOrRefusedWithAJacksonException() {
        Random random = new Random(SEED);
        for (int i = 0; i < MUTANTS_PER_KIND; i++) {
            check(mutateBytes(seeds.get(random.nextInt(seeds.size())), random), i);
        }
        assertThat(refused).isGreaterThan(MUTANTS_PER_KIND / 2);
    }

    @Test
    void treeMutantsAreReadOrRefusedWithAJacksonException() throws Exception {
        Random random = new Random(SEED + 1);
        List<JsonNode> trees = new ArrayList<>();
        for (byte[] seed : seeds) {
            trees.add(PartnershipJson.mapper().readTree(seed));
        }
        for (int i = 0; i < MUTANTS_PER_KIND; i++) {
            JsonNode tree = trees.get(random.nextInt(trees.size())).deepCopy();
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                mutateTree(tree, random);
            }
            check(PartnershipJson.mapper().writeValueAsBytes(tree), i);
        }
        assertThat(read).isGreaterThan(0);
        assertThat(refused).isGreaterThan(MUTANTS_PER_KIND / 2);
    }

    private void check(byte[] mutant, int index) {
        Dossier dossier;
        try {
            dossier = PartnershipJson.readDossier(mutant);
        } catch (JacksonException expected) {
            refused++;
            assertThat(expected.getMessage()).as("mutant %d", index).contains("\n at $").contains(" (line ")
                    .doesNotContain("cz.socialinclusion.partnership.json").doesNotContain("java.");
            return;
        } catch (RuntimeException e) {
            fail("mutant " + index + " escaped with " + e + ":\n" + new String(mutant, StandardCharsets.UTF_8), e);
            return;
        }
        read++;
        try {
            assertThat(PartnershipJson.readDossier(PartnershipJson.writeDossier(dossier))).isEqualTo(dossier);
        } catch (JacksonException e) {
            fail("mutant " + index + " was read but its own output was refused", e);
        }
    }

    private static byte[] mutateBytes(byte[] seed, Random random) {
        byte[] bytes = seed.clone();
        switch (random.nextInt(6)) {
            case 0 -> {
                for (int k = 0; k < 1 + random.nextInt(4); k++) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
                return bytes;
            }
            case 1 -> {
                return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
            }
            case 2 -> {
                int at = random.nextInt(bytes.length);
                return insertedAt(bytes, at, WEIRD[random.nextInt(WEIRD.length)].getBytes(StandardCharsets.UTF_8));
            }
            case 5 -> {
                int at = random.nextInt(bytes.length);
                return insertedAt(bytes, at, NOT_UTF8[random.nextInt(NOT_UTF8.length)]);
            }
            case 3 -> {
                int from = random.nextInt(bytes.length);
                int length = Math.min(bytes.length - from, 1 + random.nextInt(200));
                byte[] out = new byte[bytes.length + length];
                System.arraycopy(bytes, 0, out, 0, from + length);
                System.arraycopy(bytes, from, out, from + length, bytes.length - from);
                return out;
            }
            default -> {
                int a = random.nextInt(bytes.length);
                int b = random.nextInt(bytes.length);
                byte t = bytes[a];
                bytes[a] = bytes[b];
                bytes[b] = t;
                return bytes;
            }
        }
    }

    /** {@code bytes} with {@code insert} inserted before the byte at {@code at}. */
    private static byte[] insertedAt(byte[] bytes, int at, byte[] insert) {
        byte[] out = new byte[bytes.length + insert.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(bytes, at, out, at + insert.length, bytes.length - at);
        return out;
    }

    private static void mutateTree(JsonNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode container = containers.get(random.nextInt(containers.size()));
        if (container instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(6)) {
                case 0 -> object.remove(name);
                case 1 -> object.putNull(name);
                case 2 -> object.set(name, weirdValue(random));
                case 3 -> object.set(name + (random.nextBoolean() ? "X" : ""), object.remove(name));
                case 4 -> object.set(name, NODES.arrayNode().add(object.get(name)));
                default -> object.set(name, containers.get(random.nextInt(containers.size())).deepCopy());
            }
        } else if (container instanceof ArrayNode array && array.size() > 0) {
            int index = random.nextInt(array.size());
            switch (random.nextInt(4)) {
                case 0 -> array.remove(index);
                case 1 -> array.add(array.get(index).deepCopy());
                case 2 -> array.set(index, weirdValue(random));
                default -> array.insertNull(index);
            }
        }
    }

    private static JsonNode weirdValue(Random random) {
        return switch (random.nextInt(7)) {
            case 0 -> NODES.textNode(WEIRD[random.nextInt(WEIRD.length)]);
            case 1 -> NODES.numberNode(random.nextLong());
            case 2 -> NODES.numberNode(new java.math.BigDecimal(random.nextInt(1000)).movePointLeft(random.nextInt(30)));
            case 3 -> NODES.booleanNode(random.nextBoolean());
            case 4 -> NODES.objectNode();
            case 5 -> NODES.numberNode(new java.math.BigDecimal(1 + random.nextInt(9)).scaleByPowerOfTen(random.nextInt(60) - 20));
            default -> NODES.arrayNode().add(random.nextInt());
        };
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                collect(it.next(), out);
            }
        }
    }
}
