package org.comunicado.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.comunicado.score.GoldRelease.Quantity;
import org.comunicado.score.GoldRelease.Quote;

/**
 * Scores system output against gold files exactly as the reference scorer
 * ({@code shared/tools/score.py}) does: greedy matching in system order; entities by shared
 * normalised name, lenient containment or (countries) ISO code; quantities by value within a
 * relative tolerance of 1e-6; quotations by their normalised start within the first
 * {@code len + 60} characters; anything matching an optional item neither a hit nor a miss.
 * Stateless and thread-safe.
 */
public final class Scorer {

    private Scorer() {
    }

    /** Scores every gold release against the system release of the same file name (none: everything missed). */
    public static ScoreReport score(List<GoldRelease> golds, Map<String, SystemRelease> system, boolean detail) {
        ScoreReport report = new ScoreReport();
        SystemRelease none = new SystemRelease(Map.of(), List.of(), List.of());
        for (GoldRelease g : golds) {
            String name = g.release();
            String lang = g.language();
            SystemRelease s = system.get(name);
            if (s == null) {
                s = none;
                report.line(name + ": NO OUTPUT");
            }
            for (String kind : GoldRelease.ENTITY_KINDS) {
                Outcome o = entities(s.entities(kind), g.entities().get(kind), g.optionalEntities().get(kind), kind);
                report.add(kind, lang, o, "dup");
                if (detail && (!o.misses.isEmpty() || !o.falseHits.isEmpty()))
                    report.line(name + " " + kind + ": missed=" + Py.repr(o.misses) + " false=" + Py.repr(o.falseHits));
            }
            Outcome q = quantities(s.quantities(), g.quantities(), g.optionalQuantities());
            report.add("quantities", lang, q, "unit_ok");
            if (detail && (!q.misses.isEmpty() || !q.falseHits.isEmpty()))
                report.line(name + " quantities: missed=" + Py.repr(q.misses) + " false=" + Py.repr(q.falseHits));
            List<Item> people = new ArrayList<>(g.entities().get("persons"));
            people.addAll(g.optionalEntities().get("persons"));
            people.addAll(g.entities().get("organizations"));
            Outcome t = quotes(s.quotes(), g.quotes(), people, g.optionalQuotes());
            report.add("quotes", lang, t, "attr_ok");
            if (detail && (!t.misses.isEmpty() || !t.falseHits.isEmpty()))
                report.line(name + " quotes: missed=" + Py.repr(t.misses) + " misattributed=" + Py.repr(t.falseHits));
        }
        return report;
    }

    /** One category's counts on one release; {@code extra} is dup, unit_ok or attr_ok. */
    record Outcome(int tp, int fp, int fn, int extra, List<String> misses, List<String> falseHits) {
    }

    static Outcome entities(List<Item> sys, List<Item> gold, List<Item> optional, String kind) {
        boolean countries = "countries".equals(kind);
        int tp = 0, fp = 0, dup = 0;
        Set<Integer> matched = new HashSet<>();
        List<String> falseHits = new ArrayList<>();
        for (Item se : sys) {
            Set<String> sk = se.systemKeys();
            Integer hit = null;
            for (int i = 0; i < gold.size(); i++) {
                Item ge = gold.get(i);
                boolean ok;
                if (countries) {
                    String si = se.iso(), gi = ge.iso();
                    ok = (si != null && gi != null && si.equals(gi)) || Names.match(sk, ge.goldKeys());
                } else {
                    ok = Names.match(sk, ge.goldKeys());
                }
                if (ok) {
                    hit = i;
                    if (!matched.contains(i)) break;
                }
            }
            if (hit != null && !matched.contains(hit)) {
                matched.add(hit);
                tp++;
            } else if (hit != null) {
                dup++;
                fp++;
                falseHits.add("DUP:" + String.join("|", se.labels()));
            } else {
                boolean opt = false;
                for (Item o : optional) {
                    String si = se.iso();
                    if ((countries && si != null && si.equals(o.iso())) || Names.match(sk, o.goldKeys())) {
                        opt = true;
                        break;
                    }
                }
                if (!opt) {
                    fp++;
                    falseHits.add(String.join("|", se.labels()));
                }
            }
        }
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) if (!matched.contains(i)) misses.add(gold.get(i).name());
        return new Outcome(tp, fp, gold.size() - matched.size(), dup, misses, falseHits);
    }

    static Outcome quantities(List<Quantity> sys, List<Quantity> gold, List<Quantity> optional) {
        int tp = 0, fp = 0, unitOk = 0;
        Set<Integer> used = new HashSet<>();
        List<String> falseHits = new ArrayList<>();
        for (Quantity sq : sys) {
            Double v = sq.value();
            Integer hit = null;
            for (int i = 0; i < gold.size(); i++) {
                if (used.contains(i)) continue;
                Double gv = gold.get(i).value();
                if (v != null && gv != null && Math.abs(v - gv) <= 1e-6 * Math.max(1.0, Math.abs(gv))) {
                    hit = i;
                    break;
                }
            }
            if (hit != null) {
                used.add(hit);
                tp++;
                if (Names.norm(sq.unit()).equals(Names.norm(gold.get(hit).unit()))) unitOk++;
            } else if (optional.stream().anyMatch(o -> v != null && o.value() != null
                    && Math.abs(v - o.value()) < 1e-6 * Math.max(1.0, Math.abs(v)))) {
                continue;
            } else {
                fp++;
                falseHits.add(sq.valueText() + " " + sq.unit());
            }
        }
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++)
            if (!used.contains(i)) misses.add(gold.get(i).valueText() + " " + gold.get(i).unitText());
        return new Outcome(tp, fp, gold.size() - used.size(), unitOk, misses, falseHits);
    }

    static Outcome quotes(List<Quote> sys, List<Quote> gold, List<Item> people, List<Quote> optional) {
        Map<String, String> alias = new HashMap<>();
        for (Item p : people)
            for (String k : p.goldKeys()) alias.put(k, Names.norm(p.name()));
        int tp = 0, fp = 0, attrOk = 0;
        Set<Integer> used = new HashSet<>();
        List<String> wrong = new ArrayList<>();
        for (Quote sq : sys) {
            String t = Names.norm(sq.text());
            Integer hit = null;
            for (int i = 0; i < gold.size(); i++) {
                if (used.contains(i)) continue;
                String g = Names.norm(gold.get(i).startsWith());
                if (!g.isEmpty() && (t.startsWith(g) || Py.head(t, g.length() + 60).contains(g))) {
                    hit = i;
                    break;
                }
            }
            if (hit == null) {
                boolean opt = false;
                for (Quote o : optional) {
                    String g = Names.norm(o.startsWith());
                    if (!g.isEmpty() && Py.head(t, g.length() + 60).contains(g)) {
                        opt = true;
                        break;
                    }
                }
                if (!opt) fp++;
                continue;
            }
            used.add(hit);
            tp++;
            Quote gq = gold.get(hit);
            String gspk = Names.norm(gq.speaker());
            Set<String> gkeys = new LinkedHashSet<>();
            gkeys.add(gspk);
            alias.forEach((k, v) -> {
                if (v.equals(gspk)) gkeys.add(k);
            });
            Set<String> skeys = new LinkedHashSet<>();
            for (String l : sq.speakerLabels()) skeys.add(Names.norm(l));
            if (Names.match(skeys, gkeys)) {
                attrOk++;
            } else {
                String said = sq.speakerLabels().isEmpty() ? "-" : String.join("|", sq.speakerLabels());
                wrong.add(Py.head(gq.startsWith() == null ? "None" : gq.startsWith(), 30) + "… said by "
                        + (gq.speaker() == null ? "None" : gq.speaker()) + ", system: " + said);
            }
        }
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) if (!used.contains(i)) misses.add(gold.get(i).startsWith());
        return new Outcome(tp, fp, gold.size() - used.size(), attrOk, misses, wrong);
    }
}
