package org.comunicado.query;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.comunicado.store.DatasetLayout;

/**
 * Counts of what a dataset directory holds, computed in one read transaction on the union of its
 * named graphs. Persons, organizations, countries and programmes are counted only when some
 * {@code cmo:PressRelease} mentions them ({@code schema:mentions}), so reference data does not
 * inflate them. Immutable and thread-safe.
 *
 * @param releases      distinct {@code cmo:PressRelease}
 * @param persons       distinct mentioned {@code schema:Person}
 * @param organizations distinct mentioned {@code schema:Organization}
 * @param countries     distinct mentioned {@code schema:Country}
 * @param programs      distinct mentioned {@code cmo:Program}
 * @param quotations    distinct {@code schema:Quotation}
 * @param claims        distinct {@code schema:Claim}
 * @param quantities    distinct {@code schema:QuantitativeValue}
 * @param mentions      distinct {@code nif:Phrase} with an {@code itsrdf:taIdentRef}
 * @param namedGraphs   named graphs
 * @param quads         quads stored (a triple repeated in two graphs counts twice)
 */
public record Stats(long releases, long persons, long organizations, long countries, long programs,
        long quotations, long claims, long quantities, long mentions, long namedGraphs, long quads) {

    private static final String PREFIXES = """
            PREFIX cmo:    <https://w3id.org/comunicado/ontology#>
            PREFIX schema: <http://schema.org/>
            PREFIX nif:    <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
            """;

    /**
     * The counts of {@code layout}.
     *
     * @throws IllegalStateException if the dataset does not exist
     */
    public static Stats of(DatasetLayout layout) {
        DatasetGraph dsg = layout.connect();
        return Txn.calculateRead(dsg, () -> new Stats(
                count(dsg, "?x a cmo:PressRelease"),
                mentioned(dsg, "schema:Person"),
                mentioned(dsg, "schema:Organization"),
                mentioned(dsg, "schema:Country"),
                mentioned(dsg, "cmo:Program"),
                count(dsg, "?x a schema:Quotation"),
                count(dsg, "?x a schema:Claim"),
                count(dsg, "?x a schema:QuantitativeValue"),
                count(dsg, "?x a nif:Phrase ; itsrdf:taIdentRef ?e"),
                countIterator(dsg.listGraphNodes()),
                countIterator(dsg.find())));
    }

    /** The counts by name, in a fixed order (for printing). */
    public Map<String, Long> asMap() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("releases", releases);
        m.put("persons", persons);
        m.put("organizations", organizations);
        m.put("countries", countries);
        m.put("programs", programs);
        m.put("quotations", quotations);
        m.put("claims", claims);
        m.put("quantities", quantities);
        m.put("mentions", mentions);
        m.put("namedGraphs", namedGraphs);
        m.put("quads", quads);
        return m;
    }

    private static long mentioned(DatasetGraph dsg, String type) {
        return count(dsg, "?r a cmo:PressRelease ; schema:mentions ?x . ?x a " + type);
    }

    private static long count(DatasetGraph dsg, String pattern) {
        String q = PREFIXES + "SELECT (COUNT(DISTINCT ?x) AS ?n) { " + pattern + " }";
        try (QueryExecution qe = QueryExecution.create().query(q).dataset(DatasetFactory.wrap(dsg))
                .set(TDB2.symUnionDefaultGraph, true).build()) {
            QuerySolution row = qe.execSelect().next();
            return row.getLiteral("n").getLong();
        }
    }

    private static long countIterator(java.util.Iterator<?> it) {
        long n = 0;
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }
}
