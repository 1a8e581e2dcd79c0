package org.comunicado.query;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.comunicado.model.Cmo;
import org.comunicado.model.Nif;
import org.comunicado.model.Schema;
import org.comunicado.store.DatasetLayout;
import org.comunicado.store.DatasetWriter;
import org.comunicado.store.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsTest {
    @TempDir
    Path tmp;

    private static final Node TYPE = RDF.Nodes.type;

    @Test
    void countsOnlyMentionedEntities() {
        Node r = TestData.R1;
        Node phrase = NodeFactory.createURI(r.getURI() + "#char=10,16");
        Node evidence = NodeFactory.createURI(r.getURI() + "#char=20,40");
        Node quote = TestData.iri("release/2024-08-20-315-en/quote/1");
        Node claim = TestData.iri("release/2024-08-20-315-en/claim/1");
        Node qty = TestData.iri("release/2024-08-20-315-en/claim/1/quantity/1");
        Node org = TestData.iri("org/celac");
        Node prog = TestData.iri("program/sembrando-vida");
        List<Triple> extra = new ArrayList<>(TestData.release());
        extra.addAll(List.of(
                Triple.create(r, Schema.mentions, org),
                Triple.create(org, TYPE, Schema.Organization),
                Triple.create(r, Schema.mentions, prog),
                Triple.create(prog, TYPE, Cmo.Program),
                Triple.create(phrase, TYPE, Nif.Phrase),
                Triple.create(phrase, Nif.taIdentRef, TestData.MEX),
                Triple.create(evidence, TYPE, Nif.Phrase),
                Triple.create(quote, TYPE, Schema.Quotation),
                Triple.create(claim, TYPE, Schema.Claim),
                Triple.create(qty, TYPE, Schema.QuantitativeValue)));
        Node unmentionedOrg = TestData.iri("org/un");
        List<Triple> reference = new ArrayList<>(TestData.reference());
        reference.add(Triple.create(unmentionedOrg, TYPE, Schema.Organization));
        Path dir = tmp.resolve("ds");
        try (DatasetWriter w = DatasetWriter.create(dir, TestData.B)) {
            w.begin();
            w.addGraph(TestData.G1, extra);
            w.addGraph(TestData.G2, reference);
            w.add(new Quad(TestData.iri("graph/build"), Triple.create(TestData.iri("agent/comunicado"), TYPE,
                    NodeFactory.createURI("http://www.w3.org/ns/prov#SoftwareAgent"))));
            w.commit();
        }
        Stats s = Stats.of(DatasetLayout.of(dir));
        assertEquals(new Stats(1, 1, 1, 1, 1, 1, 1, 1, 1, 3, extra.size() + reference.size() + 1), s);
        assertEquals(List.of("releases", "persons", "organizations", "countries", "programs", "quotations",
                "claims", "quantities", "mentions", "namedGraphs", "quads"), List.copyOf(s.asMap().keySet()));
    }

    @Test
    void missingDatasetIsAClearError() {
        IllegalStateException ex = assertThrows(IllegalStateException.class,
                () -> Stats.of(DatasetLayout.of(tmp.resolve("nothing"))));
        assertTrue(ex.getMessage().contains("No Comunicado dataset"), ex.getMessage());
    }
}
