package org.comunicado.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;

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
        List<Triple> list = new ArrayList<>(triples);
        list.sort(COMPARATOR);
        List<Triple> out = new ArrayList<>(list.size());
        Triple prev = null;
        for (Triple t : list) {
            if (!t.equals(prev))
                out.add(t);
            prev = t;
        }
        return out;
    }

    private static String nt(Node n) {
        return NodeFmtLib.strNT(n);
    }
}
