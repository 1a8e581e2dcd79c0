package org.comunicado.store;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.comunicado.model.Cmo;
import org.comunicado.model.Namespaces;
import org.comunicado.model.Schema;
import org.apache.jena.vocabulary.RDF;

/** A tiny two-graph dataset shared by the store and query tests. */
public final class TestData {
    public static final String B = Namespaces.DEFAULT_BASE;
    public static final Node G1 = iri("graph/release/2024-08-20-315-en");
    public static final Node G2 = iri("graph/reference");
    public static final Node R1 = iri("release/2024-08-20-315-en");
    public static final Node MEX = iri("country/MEX");
    public static final Node USA = iri("country/USA");
    public static final Node BARCENA = iri("person/alicia-barcena");

    private TestData() {
    }

    public static Node iri(String local) {
        return NodeFactory.createURI(B + local);
    }

    public static List<Triple> release() {
        return List.of(
                Triple.create(R1, RDF.type.asNode(), Cmo.PressRelease),
                Triple.create(R1, Schema.mentions, MEX),
                Triple.create(R1, Schema.mentions, BARCENA),
                Triple.create(MEX, RDF.type.asNode(), Schema.Country),
                Triple.create(BARCENA, RDF.type.asNode(), Schema.Person),
                Triple.create(BARCENA, Schema.name, NodeFactory.createLiteralString("Alicia Bárcena")));
    }

    public static List<Triple> reference() {
        return List.of(
                Triple.create(MEX, RDF.type.asNode(), Schema.Country),
                Triple.create(MEX, Schema.name, NodeFactory.createLiteralLang("Mexico", "en")),
                Triple.create(USA, RDF.type.asNode(), Schema.Country),
                Triple.create(USA, Schema.name, NodeFactory.createLiteralLang("United States", "en")));
    }

    public static List<Quad> quads() {
        List<Quad> out = new java.util.ArrayList<>();
        release().forEach(t -> out.add(new Quad(G1, t)));
        reference().forEach(t -> out.add(new Quad(G2, t)));
        return out;
    }

    /** Every quad of {@code layout}'s TDB2 database. */
    public static java.util.Set<Quad> tdbQuads(DatasetLayout layout) {
        org.apache.jena.sparql.core.DatasetGraph dsg = layout.connect();
        return org.apache.jena.system.Txn.calculateRead(dsg, () -> {
            java.util.Set<Quad> s = new java.util.HashSet<>();
            dsg.find().forEachRemaining(s::add);
            return s;
        });
    }

    /** Every quad of {@code layout}'s TriG file, parsed by Jena. */
    public static java.util.Set<Quad> trigQuads(DatasetLayout layout) {
        java.util.Set<Quad> s = new java.util.HashSet<>();
        org.apache.jena.riot.RDFDataMgr.loadDatasetGraph(layout.trig().toString()).find().forEachRemaining(s::add);
        return s;
    }

    /** Writes the test dataset into {@code dir}: the release quad by quad, the reference as one graph. */
    public static DatasetLayout write(java.nio.file.Path dir) {
        try (DatasetWriter w = DatasetWriter.create(dir, B)) {
            w.begin();
            release().forEach(t -> w.add(new Quad(G1, t)));
            w.addGraph(G2, reference());
            w.commit();
            return w.layout();
        }
    }
}
