package org.comunicado.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.comunicado.ingest.Span;
import org.junit.jupiter.api.Test;

/**
 * Measures the extractor against the gold quantities of the shared dev corpus, by distinct value
 * per release. Optional gold values are neither hits nor misses. Skips when the corpus is absent.
 */
class QuantityCorpusTest {

    /** What the rules reach on the dev corpus at the time of writing; a drop below it is a regression. */
    private static final double FLOOR = 0.9;

    private static final Pattern BLOCK = Pattern.compile("(?s)(?:(?!\\n[ \\t]*\\n).)+");

    @Test
    void devCorpusValuesReachTheFloor() throws IOException {
        String shared = System.getProperty("comunicado.shared");
        assumeTrue(shared != null, "comunicado.shared is not set");
        Path dev = Path.of(shared, "corpus", "dev");
        assumeTrue(Files.isDirectory(dev), "no dev corpus at " + dev);

        QuantityExtractor extractor = new QuantityExtractor();
        int hits = 0;
        int falseHits = 0;
        int misses = 0;
        List<Path> golds;
        try (Stream<Path> files = Files.list(dev)) {
            golds = files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
        assumeTrue(!golds.isEmpty(), "no gold files in " + dev);
        for (Path goldFile : golds) {
            String name = goldFile.getFileName().toString().replace(".gold.json", "");
            Path txt = dev.resolve(name + ".txt");
            if (!Files.exists(txt)) continue;
            JsonObject gold = JSON.read(goldFile.toString());
            String text = Files.readString(txt, StandardCharsets.UTF_8).replace("\r\n", "\n");
            String language = gold.get("language").getAsString().value();

            Set<BigDecimal> expected = values(gold, "quantities");
            Set<BigDecimal> optional = values(gold, "quantities_optional");
            Set<BigDecimal> found = new HashSet<>();
            for (Quantity q : extractor.extract(text, blocks(text), language)) {
                found.add(q.value().stripTrailingZeros());
                if (Boolean.getBoolean("comunicado.verbose")) {
                    System.out.println(name + " | " + q.span().of(text) + " | " + q.value().toPlainString() + " " + q.unit()
                            + " | " + q.description() + " | " + q.qualifier().orElse("-") + " | "
                            + q.comparedTo().orElse("-") + " | " + q.direction().map(Direction::label).orElse("-"));
                }
            }
            for (BigDecimal v : found) {
                if (expected.contains(v)) hits++;
                else if (!optional.contains(v)) {
                    falseHits++;
                    System.out.println(name + " false hit: " + v.toPlainString());
                }
            }
            for (BigDecimal v : expected) {
                if (!found.contains(v)) {
                    misses++;
                    System.out.println(name + " miss: " + v.toPlainString());
                }
            }
        }
        double precision = hits / (double) Math.max(1, hits + falseHits);
        double recall = hits / (double) Math.max(1, hits + misses);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        System.out.printf("quantities: P=%.3f R=%.3f F1=%.3f (hits %d, false hits %d, misses %d)%n",
                precision, recall, f1, hits, falseHits, misses);
        assertTrue(f1 >= FLOOR, "F1 " + f1 + " below " + FLOOR);
    }

    private static List<Span> blocks(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(text);
        while (m.find()) {
            if (!m.group().isBlank()) out.add(new Span(m.start(), m.end()));
        }
        return out;
    }

    private static Set<BigDecimal> values(JsonObject gold, String key) {
        Set<BigDecimal> out = new HashSet<>();
        JsonValue list = gold.get(key);
        if (list == null || !list.isArray()) return out;
        JsonArray array = list.getAsArray();
        for (JsonValue item : array) {
            JsonValue v = item.getAsObject().get("value");
            if (v != null && v.isNumber()) out.add(new BigDecimal(v.getAsNumber().value().toString()).stripTrailingZeros());
        }
        return out;
    }
}
