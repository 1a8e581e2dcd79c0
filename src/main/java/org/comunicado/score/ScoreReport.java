package org.comunicado.score;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JsonObject;

/**
 * The totals of a scoring run, per category ({@code persons} … {@code quotes}) and per
 * {@code language:category}, and the lines reported under the table (releases with no output;
 * with detail, each release's misses and false hits). Prints the reference scorer's table and
 * gives its JSON result map. Filled by {@link Scorer}; not thread-safe while being filled.
 */
public final class ScoreReport {

    /** One category's counts; {@code extraName} is {@code dup}, {@code unit_ok} or {@code attr_ok}. */
    public static final class Totals {
        private int tp;
        private int fp;
        private int fn;
        private int extra;
        private final String extraName;

        Totals(String extraName) {
            this.extraName = extraName;
        }

        public int tp() {
            return tp;
        }

        public int fp() {
            return fp;
        }

        public int fn() {
            return fn;
        }

        /** The extra count: duplicates, quantities with the right unit, or quotations with the right speaker. */
        public int extra() {
            return extra;
        }

        public String extraName() {
            return extraName;
        }

        public double precision() {
            return prf(tp, fp, fn)[0];
        }

        public double recall() {
            return prf(tp, fp, fn)[1];
        }

        public double f1() {
            return prf(tp, fp, fn)[2];
        }
    }

    private final Map<String, Totals> totals = new TreeMap<>(ScoreReport::categoryOrder);
    private final List<String> lines = new ArrayList<>();

    ScoreReport() {
    }

    void add(String kind, String lang, Scorer.Outcome o, String extraName) {
        for (String key : List.of(kind, lang + ":" + kind)) {
            Totals t = totals.computeIfAbsent(key, k -> new Totals(extraName));
            t.tp += o.tp();
            t.fp += o.fp();
            t.fn += o.fn();
            t.extra += o.extra();
        }
    }

    void line(String line) {
        lines.add(line);
    }

    /** The totals by category, overall categories first, then {@code language:category}, each sorted. */
    public Map<String, Totals> totals() {
        return Collections.unmodifiableMap(totals);
    }

    /** The lines printed under the table. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** Micro-averaged precision, recall and F1 over the four entity categories, or {@code null} if none was scored. */
    public double[] entities() {
        int tp = 0, fp = 0, fn = 0;
        boolean any = false;
        for (String k : GoldRelease.ENTITY_KINDS) {
            Totals t = totals.get(k);
            if (t == null) continue;
            any = true;
            tp += t.tp;
            fp += t.fp;
            fn += t.fn;
        }
        return any ? prf(tp, fp, fn) : null;
    }

    /** The table and lines, as the reference scorer prints them. */
    public String table() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(java.util.Locale.ROOT, "%-22s %6s %6s %6s  tp/fp/fn  extra\n", "category", "P", "R", "F1"));
        for (var e : totals.entrySet()) {
            Totals t = e.getValue();
            String extra = switch (t.extraName) {
                case "attr_ok" -> "speaker_ok=" + t.extra + "/" + t.tp;
                case "unit_ok" -> "unit_ok=" + t.extra + "/" + t.tp;
                default -> "dup=" + t.extra;
            };
            b.append(String.format(java.util.Locale.ROOT, "%-22s %s %s %s  %d/%d/%d  %s\n", e.getKey(),
                    Py.fixed3(t.precision(), 6), Py.fixed3(t.recall(), 6), Py.fixed3(t.f1(), 6), t.tp, t.fp, t.fn, extra));
        }
        double[] ent = entities();
        if (ent != null)
            b.append(String.format(java.util.Locale.ROOT, "%-22s %s %s %s\n", "ENTITIES (micro)",
                    Py.fixed3(ent[0], 6), Py.fixed3(ent[1], 6), Py.fixed3(ent[2], 6)));
        for (String l : lines) b.append(l).append("\n");
        return b.toString();
    }

    /** The reference scorer's result map: per category p, r, f1, tp, fp, fn and its extra; then {@code entities}. */
    public JsonObject toJson() {
        JsonObject result = new JsonObject();
        for (var e : totals.entrySet()) {
            Totals t = e.getValue();
            JsonObject o = new JsonObject();
            o.put("p", org.apache.jena.atlas.json.JsonNumber.value(t.precision()));
            o.put("r", org.apache.jena.atlas.json.JsonNumber.value(t.recall()));
            o.put("f1", org.apache.jena.atlas.json.JsonNumber.value(t.f1()));
            o.put("tp", t.tp);
            o.put("fp", t.fp);
            o.put("fn", t.fn);
            o.put(t.extraName, t.extra);
            result.put(e.getKey(), o);
        }
        double[] ent = entities();
        if (ent != null) {
            JsonObject o = new JsonObject();
            o.put("p", org.apache.jena.atlas.json.JsonNumber.value(ent[0]));
            o.put("r", org.apache.jena.atlas.json.JsonNumber.value(ent[1]));
            o.put("f1", org.apache.jena.atlas.json.JsonNumber.value(ent[2]));
            result.put("entities", o);
        }
        return result;
    }

    /** Precision, recall and F1 as the reference scorer defines them for empty denominators. */
    static double[] prf(int tp, int fp, int fn) {
        double p = tp + fp > 0 ? (double) tp / (tp + fp) : (fn == 0 ? 1.0 : 0.0);
        double r = tp + fn > 0 ? (double) tp / (tp + fn) : 1.0;
        double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        return new double[] {p, r, f};
    }

    private static int categoryOrder(String a, String b) {
        boolean la = a.contains(":"), lb = b.contains(":");
        if (la != lb) return la ? 1 : -1;
        return a.compareTo(b);
    }
}
