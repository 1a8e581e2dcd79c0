package org.comunicado.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * The one deterministic order of triples used for Comunicado's serialisations: by subject,
 * predicate, object, each compared as its N-Triples text. Stateless and thread-safe.
 */
public final class TripleOrder {
    /** Orders triples by the N-Triples form of subject, then predicate, then object. */
    public static final Comparator<Triple> COMPARATOR = Comparator
            .comparing((Triple t) -> nt(t.getSubject()))
            .thenComparing(t -> nt(t.getPredicate()))
            .thenComparing(t -> nt(t.getObject()));

    private TripleOrder() {
    }

    /** A new list of the distinct triples of {@code triples}, sorted by {@link #COMPARATOR}. */
    public static List<Triple> sortedDistinct(Collection<Triple> triples) {
        // Each node's N-Triples text is computed once, not once per comparison: a release's
        // context literal (its whole text) would otherwise be formatted thousands of times.
        // Subjects and predicates repeat: each distinct node is formatted once per call.
        Map<Node, String> text = new HashMap<>();
        List<Keyed> list = new ArrayList<>(triples.size());
        for (Triple t : triples)
            list.add(new Keyed(text.computeIfAbsent(t.getSubject(), TripleOrder::nt),
                    text.computeIfAbsent(t.getPredicate(), TripleOrder::nt),
                    text.computeIfAbsent(t.getObject(), TripleOrder::nt), t));
        list.sort(KEYED);
        List<Triple> out = new ArrayList<>(list.size());
        Triple prev = null;
        for (Keyed k : list) {
            if (!k.triple.equals(prev))
                out.add(k.triple);
            prev = k.triple;
        }
        return out;
    }

    private record Keyed(String s, String p, String o, Triple triple) {
    }

    private static final Comparator<Keyed> KEYED = Comparator.comparing(Keyed::s).thenComparing(Keyed::p)
            .thenComparing(Keyed::o);

    private static String nt(Node n) {
        return TrigFormat.nt(n);
    }
}
