package org.comunicado.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.comunicado.ingest.Span;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Measures the extractor on the shared dev corpus against the gold {@code quotes} lists. The
 * mentions the pipeline would supply are stood in for by a string search for each gold person's
 * and organization's names, so this measures quotation finding and attribution alone.
 * Skipped when the corpus is not there.
 */
class DevCorpusQuotationTest {

    private static final double TARGET = 0.95;

    @Test
    void devCorpusDetectionAndSpeakerAccuracy() throws IOException {
        String shared = System.getProperty("comunicado.shared");
        Assumptions.assumeTrue(shared != null, "comunicado.shared not set");
        Path dev = Path.of(shared, "corpus", "dev");
        Assumptions.assumeTrue(Files.isDirectory(dev), "no dev corpus at " + dev);
        List<Path> golds;
        try (Stream<Path> files = Files.list(dev)) {
            golds = files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
        Assumptions.assumeFalse(golds.isEmpty(), "dev corpus has no gold files");

        Score total = new Score();
        for (Path gold : golds) {
            String name = gold.getFileName().toString().replace(".gold.json", "");
            Score s = score(Files.readString(dev.resolve(name + ".txt"), StandardCharsets.UTF_8), JSON.read(gold.toString()), name);
            total.add(s);
        }
        System.out.printf(Locale.ROOT, "quotations: P=%.3f R=%.3f F1=%.3f speaker accuracy=%.3f (%d/%d)%n",
                total.precision(), total.recall(), total.f1(), total.speakerAccuracy(), total.rightSpeaker, total.tp);
        assertTrue(total.f1() >= TARGET, "detection F1 " + total.f1());
        assertTrue(total.speakerAccuracy() >= TARGET, "speaker accuracy " + total.speakerAccuracy());
    }

    private static Score score(String raw, JsonObject gold, String name) {
        String text = Normalizer.normalize(raw.replace("\r\n", "\n"), Normalizer.Form.NFC);
        String lang = gold.get("language").getAsString().value();
        Map<String, Entity> entities = new HashMap<>();
        List<Mention> mentions = new ArrayList<>();
        addEntities(gold, "persons", EntityKind.PERSON, lang, text, entities, mentions);
        addEntities(gold, "organizations", EntityKind.ORGANIZATION, lang, text, entities, mentions);
        addEntities(gold, "organizations_optional", EntityKind.ORGANIZATION, lang, text, entities, mentions);
        mentions.sort(null);

        List<Quotation> found = new QuotationExtractor().extract(text, blocks(text), lang, mentions, entities);
        List<String[]> expected = quotes(gold.get("quotes"));
        List<String[]> optional = gold.hasKey("quotes_optional") ? quotes(gold.get("quotes_optional")) : List.of();

        Score s = new Score();
        List<Quotation> unmatched = new ArrayList<>(found);
        for (String[] q : expected) {
            Optional<Quotation> hit = unmatched.stream().filter(f -> startsWith(f.text().of(text), q[1])).findFirst();
            if (hit.isEmpty()) {
                s.fn++;
                System.out.println(name + " MISSED: " + q[1]);
                continue;
            }
            unmatched.remove(hit.get());
            s.tp++;
            String got = hit.get().speakerId().map(id -> entities.get(id).name()).orElse("(none)");
            if (got.equals(q[0])) {
                s.rightSpeaker++;
            } else {
                System.out.println(name + " SPEAKER " + got + " instead of " + q[0] + ": " + q[1]);
            }
        }
        for (Quotation f : unmatched) {
            if (optional.stream().noneMatch(q -> startsWith(f.text().of(text), q[1]))) {
                s.fp++;
                System.out.println(name + " SPURIOUS: " + f.text().of(text));
            }
        }
        return s;
    }

    /** Content blocks as the reader would give them: the non-blank lines, trimmed. */
    private static List<Span> blocks(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            int b = start;
            int e = end;
            while (b < e && Character.isWhitespace(text.charAt(b))) b++;
            while (e > b && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (e > b) out.add(new Span(b, e));
            if (nl < 0) break;
            start = nl + 1;
        }
        return out;
    }

    private static void addEntities(JsonObject gold, String key, EntityKind kind, String lang, String text,
            Map<String, Entity> entities, List<Mention> mentions) {
        if (!gold.hasKey(key)) return;
        for (JsonValue v : gold.get(key).getAsArray()) {
            JsonObject o = v.getAsObject();
            String name = o.get("name").getAsString().value();
            String id = kind.path() + "/" + slug(name);
            List<LangString> titles = new ArrayList<>();
            List<String> surfaces = new ArrayList<>(List.of(name));
            if (o.hasKey("titles")) o.get("titles").getAsArray().forEach(t -> titles.add(new LangString(t.getAsString().value(), lang)));
            if (o.hasKey("aliases")) o.get("aliases").getAsArray().forEach(a -> surfaces.add(a.getAsString().value()));
            entities.put(id, new Entity(kind, id, name, List.of(), surfaces.subList(1, surfaces.size()), List.of(), titles, Optional.empty()));
            surfaces.sort((a, b) -> b.length() - a.length());
            for (String surface : surfaces) find(text, surface, id, kind, mentions);
        }
    }

    /** Every whole-word occurrence of {@code surface} not already inside a longer mention. */
    private static void find(String text, String surface, String id, EntityKind kind, List<Mention> mentions) {
        for (int i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
            int end = i + surface.length();
            boolean whole = (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
            Span span = new Span(i, end);
            if (whole && mentions.stream().noneMatch(m -> m.span().overlaps(span))) {
                mentions.add(new Mention(span, id, kind));
            }
        }
    }

    private static List<String[]> quotes(JsonValue list) {
        List<String[]> out = new ArrayList<>();
        JsonArray array = list.getAsArray();
        for (JsonValue v : array) {
            JsonObject o = v.getAsObject();
            out.add(new String[] {o.get("speaker").getAsString().value(), o.get("starts_with").getAsString().value()});
        }
        return out;
    }

    private static boolean startsWith(String quote, String start) {
        return quote.replaceAll("\\s+", " ").startsWith(start.replaceAll("\\s+", " ").strip());
    }

    private static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static final class Score {
        int tp;
        int fp;
        int fn;
        int rightSpeaker;

        void add(Score o) {
            tp += o.tp;
            fp += o.fp;
            fn += o.fn;
            rightSpeaker += o.rightSpeaker;
        }

        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double speakerAccuracy() {
            return tp == 0 ? 1 : (double) rightSpeaker / tp;
        }
    }
}
