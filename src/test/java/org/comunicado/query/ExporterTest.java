package org.comunicado.query;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.comunicado.query.Exporter.Format;
import org.comunicado.store.DatasetLayout;
import org.comunicado.store.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterTest {
    @TempDir
    Path tmp;
    DatasetLayout layout;

    @BeforeEach
    void setUp() {
        layout = TestData.write(tmp.resolve("ds"));
    }

    private String export(Format format, org.apache.jena.graph.Node graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.export(layout, format, graph, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void nquadsAreSortedAndByteIdenticalTwice() throws Exception {
        Path a = tmp.resolve("a.nq");
        Path b = tmp.resolve("b.nq");
        Exporter.export(layout, Format.NQUADS, null, a);
        Exporter.export(layout, Format.NQUADS, null, b);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        List<String> lines = Files.readAllLines(a);
        List<String> sorted = new ArrayList<>(lines);
        sorted.sort(null);
        assertEquals(sorted, lines);
        assertEquals(TestData.quads().size(), lines.size());
        DatasetGraph back = DatasetGraphFactory.create();
        RDFParser.source(a).lang(Lang.NQUADS).parse(back);
        Set<Quad> quads = new HashSet<>();
        back.find().forEachRemaining(quads::add);
        assertEquals(Set.copyOf(TestData.quads()), quads);
        try (var files = Files.list(tmp)) {
            assertEquals(3, files.count(), "no temporary file left next to the exports");
        }
    }

    @Test
    void graphFilterKeepsOneGraph() {
        String nq = export(Format.NQUADS, TestData.G2);
        assertEquals(TestData.reference().size(), nq.lines().count());
        assertTrue(nq.lines().allMatch(l -> l.endsWith("<" + TestData.G2.getURI() + "> .")), nq);
        String trig = export(Format.TRIG, TestData.G1);
        assertFalse(trig.contains("graph/reference"), trig);
        assertThrows(IllegalArgumentException.class, () -> export(Format.NQUADS, TestData.iri("graph/none")));
    }

    @Test
    void ntriplesOfTheDatasetAreTheSortedUnionGraph() {
        String nt = export(Format.NTRIPLES, null);
        List<String> lines = nt.lines().toList();
        // The MEX type triple is in both graphs but appears once in the union.
        assertEquals(9, lines.size(), nt);
        List<String> sorted = new ArrayList<>(lines);
        sorted.sort(null);
        assertEquals(sorted, lines);
    }

    @Test
    void turtleTrigAndJsonLdParseBack() {
        Graph ttl = GraphFactory.createDefaultGraph();
        RDFParser.fromString(export(Format.TURTLE, null), Lang.TURTLE).parse(ttl);
        assertEquals(9, ttl.size());
        DatasetGraph trig = DatasetGraphFactory.create();
        String trigText = export(Format.TRIG, null);
        assertEquals(trigText, export(Format.TRIG, null));
        RDFParser.fromString(trigText, Lang.TRIG).parse(trig);
        Set<Quad> quads = new HashSet<>();
        trig.find().forEachRemaining(quads::add);
        assertEquals(Set.copyOf(TestData.quads()), quads);
        Graph jsonld = GraphFactory.createDefaultGraph();
        RDFParser.fromString(export(Format.JSONLD, null), Lang.JSONLD).parse(jsonld);
        assertEquals(9, jsonld.size());
        Set<Triple> one = new HashSet<>(TestData.reference());
        Graph g2 = GraphFactory.createDefaultGraph();
        DatasetGraph dg = DatasetGraphFactory.create();
        RDFParser.fromString(export(Format.JSONLD, TestData.G2), Lang.JSONLD).parse(dg);
        dg.getGraph(TestData.G2).find().forEachRemaining(g2::add);
        assertEquals(one, Set.copyOf(g2.find().toList()));
    }
}
