package org.comunicado.score;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.comunicado.query.QueryRunner;
import org.comunicado.score.GoldRelease.Quantity;
import org.comunicado.score.GoldRelease.Quote;

/**
 * What a dataset says about one release file, in the terms the scorer compares: its entities by
 * category (one per IRI, with every label), its quotations and its quantities. Built from the
 * answers of the three contract queries ({@code score/*.rq}, the same as
 * {@code shared/tools/eval-queries/}), exactly as {@code shared/tools/to-system-json.py} turns
 * them into the reference scorer's input: releases are keyed by the file name of their
 * {@code dcterms:source}; entities and quotations are ordered by IRI, quantities as the query
 * returns them. Immutable.
 */
public record SystemRelease(Map<String, List<Item>> entities, List<Quote> quotes, List<Quantity> quantities) {

    /** Runs the contract queries over a dataset and groups the answers by release file name. */
    public static Map<String, SystemRelease> query(QueryRunner runner) {
        return of(select(runner, "entities"), select(runner, "quotes"), select(runner, "quantities"));
    }

    private static JsonObject select(QueryRunner runner, String name) {
        String text;
        try (var in = SystemRelease.class.getResourceAsStream("/score/" + name + ".rq")) {
            if (in == null) throw new IllegalStateException("score/" + name + ".rq is missing from the classpath");
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runner.run(text, QueryRunner.Format.JSON, out);
        return JSON.parse(out.toString(StandardCharsets.UTF_8));
    }

    /** Groups SPARQL 1.1 JSON results of the entities, quotes and quantities queries by release file. */
    public static Map<String, SystemRelease> of(JsonObject entities, JsonObject quotes, JsonObject quantities) {
        Map<String, Map<String, List<Item>>> ents = new TreeMap<>();
        Map<List<String>, TreeSet<String>> labels = new TreeMap<>(SystemRelease::compareKeys);
        for (Map<String, String> r : rows(entities))
            labels.computeIfAbsent(List.of(key(r.get("source")), r.get("kind"), r.get("entity")), k -> new TreeSet<>()).add(r.get("label"));
        for (var e : labels.entrySet()) {
            List<String> l = new ArrayList<>(e.getValue());
            String iso3 = l.stream().filter(SystemRelease::isCode).findFirst().orElse(null);
            String kind = e.getKey().get(1);
            ents.computeIfAbsent(e.getKey().get(0), k -> new LinkedHashMap<>())
                    .computeIfAbsent(kind, k -> new ArrayList<>())
                    .add(Item.system(l, "countries".equals(kind) ? iso3 : null));
        }
        Map<List<String>, String> quoteText = new TreeMap<>(SystemRelease::compareKeys);
        Map<List<String>, TreeSet<String>> speakers = new TreeMap<>(SystemRelease::compareKeys);
        for (Map<String, String> r : rows(quotes)) {
            List<String> k = List.of(key(r.get("source")), r.get("quote"));
            quoteText.put(k, r.get("text"));
            TreeSet<String> s = speakers.computeIfAbsent(k, x -> new TreeSet<>());
            String label = r.get("speakerLabel");
            if (label != null && !label.isEmpty()) s.add(label);
        }
        Map<String, List<Quote>> qs = new TreeMap<>();
        for (var e : quoteText.entrySet())
            qs.computeIfAbsent(e.getKey().get(0), k -> new ArrayList<>())
                    .add(new Quote(null, null, e.getValue(), List.copyOf(speakers.get(e.getKey()))));
        Map<String, List<Quantity>> qv = new TreeMap<>();
        for (Map<String, String> r : rows(quantities)) {
            String value = r.get("value");
            String unit = r.getOrDefault("unit", "");
            qv.computeIfAbsent(key(r.get("source")), k -> new ArrayList<>())
                    .add(new Quantity(GoldRelease.number(value), value, unit, unit));
        }
        Map<String, SystemRelease> out = new TreeMap<>();
        TreeSet<String> sources = new TreeSet<>(ents.keySet());
        sources.addAll(qs.keySet());
        sources.addAll(qv.keySet());
        for (String s : sources)
            out.put(s, new SystemRelease(ents.getOrDefault(s, Map.of()), qs.getOrDefault(s, List.of()), qv.getOrDefault(s, List.of())));
        return out;
    }

    /** This release's entities of one category. */
    List<Item> entities(String kind) {
        return entities.getOrDefault(kind, List.of());
    }

    private static boolean isCode(String label) {
        return label.length() == 3 && label.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    private static int compareKeys(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) return c;
        }
        return 0;
    }

    private static List<Map<String, String>> rows(JsonObject results) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonValue b : results.get("results").getAsObject().get("bindings").getAsArray()) {
            Map<String, String> row = new LinkedHashMap<>();
            for (var e : b.getAsObject().entrySet())
                row.put(e.getKey(), e.getValue().getAsObject().get("value").getAsString().value());
            rows.add(row);
        }
        return rows;
    }

    /** The file name of a {@code dcterms:source} IRI, percent-decoded. */
    static String key(String source) {
        String s = source.replaceAll("/+$", "");
        s = percentDecode(s);
        return s.substring(s.lastIndexOf('/') + 1);
    }

    private static String percentDecode(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 3;
                continue;
            }
            if (bytes.size() > 0) {
                out.append(bytes.toString(StandardCharsets.UTF_8));
                bytes.reset();
            }
            out.append(c);
            i++;
        }
        out.append(bytes.toString(StandardCharsets.UTF_8));
        return out.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0 && c < 128;
    }
}
