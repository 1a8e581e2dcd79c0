package org.comunicado.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TriG file's own format and its patching by an update, on real TDB2 databases: literals and
 * IRIs that could pass for block boundaries parse back as written, and a patched file is byte for
 * byte the file written whole from TDB2.
 */
class TrigFileTest {
    @TempDir
    Path tmp;

    private static final Node G3 = TestData.iri("graph/release/2024-08-21-316-es");
    private static final Node G4 = TestData.iri("graph/release/2024-08-22-317-en");

    /** Literals holding what a block's first or last line looks like, and other characters to escape. */
    static List<Triple> hostile(Node subject) {
        List<String> texts = List.of("line one\n}\nline three", "\n<" + TestData.B + "graph/x> {\n", "}",
                "quote \" and backslash \\ and tab \t", "carriage\rreturn\r\n", "control \u0001\u001F\u007F",
                "emoji \uD83C\uDDF2\uD83C\uDDFD and \u2028 separator", "\"\"\"long quote\"\"\"", "", " ;\n .\n");
        List<Triple> out = new ArrayList<>();
        for (String t : texts)
            out.add(Triple.create(subject, RDFS.label.asNode(), NodeFactory.createLiteralString(t)));
        out.add(Triple.create(subject, RDFS.label.asNode(), NodeFactory.createLiteralLang("línea\n}", "es")));
        out.add(Triple.create(subject, RDFS.comment.asNode(), NodeFactory.createLiteral("42", XSDDatatype.XSDinteger)));
        out.add(Triple.create(subject, RDFS.seeAlso.asNode(), NodeFactory.createURI("http://example.org/a b<c>{d}|e^f`g\\h\"i")));
        out.add(Triple.create(subject, RDFS.seeAlso.asNode(), NodeFactory.createURI(TestData.B + "person/with.dot")));
        out.add(Triple.create(subject, RDFS.seeAlso.asNode(), NodeFactory.createURI(TestData.B + "-starts-with-dash")));
        return out;
    }

    private DatasetLayout writeFirst(Path dir) {
        try (DatasetWriter w = DatasetWriter.create(dir, TestData.B)) {
            w.begin();
            w.addGraph(TestData.G2, TestData.reference());
            w.addGraph(TestData.G1, TestData.release());
            w.addGraph(G3, hostile(TestData.R1));
            w.graphOrder(List.of(TestData.G2, TestData.G1, G3, G4));
            w.commit();
            return w.layout();
        }
    }

    /** Changes G1, adds G4 (hostile), drops nothing else; returns the order. */
    private static List<Node> update(DatasetLayout layout) throws Exception {
        List<Node> order = List.of(TestData.G2, TestData.G1, G3, G4);
        try (DatasetUpdate u = DatasetUpdate.begin(layout, TestData.B)) {
            List<Triple> changed = new ArrayList<>(TestData.release());
            changed.remove(0);
            changed.add(Triple.create(TestData.R1, RDFS.label.asNode(), NodeFactory.createLiteralString("changed\n}")));
            u.replaceGraph(TrigFormat.of(TestData.B).block(TestData.G1, changed));
            u.addGraph(G4, hostile(TestData.MEX));
            u.commit(order);
        }
        return order;
    }

    /** The TriG file holds what TDB2 holds and is byte for byte the file written whole from TDB2. */
    private void assertTrigIsWhatTdb2Gives(DatasetLayout layout, List<Node> order) throws IOException {
        assertEquals(TestData.tdbQuads(layout), TestData.trigQuads(layout));
        Path whole = tmp.resolve("whole.trig");
        TrigFile.write(layout.connect(), whole, TestData.B, order);
        assertArrayEquals(Files.readAllBytes(whole), Files.readAllBytes(layout.trig()));
        assertFalse(DatasetUpdate.trigPending(layout));
    }

    @Test
    void literalsThatLookLikeBlockBoundariesParseBackAsWritten() throws IOException {
        DatasetLayout layout = writeFirst(tmp.resolve("ds"));
        assertEquals(TestData.tdbQuads(layout), TestData.trigQuads(layout));
        List<String> lines = Files.readAllLines(layout.trig(), StandardCharsets.UTF_8);
        assertEquals(TrigFormat.FORMAT_LINE, lines.get(0));
        int blocks = 0;
        for (String line : lines) {
            if (line.startsWith("<"))
                blocks++;
            else
                assertTrue(line.isEmpty() || line.startsWith(" ") || line.startsWith("PREFIX ") || line.startsWith("#")
                        || line.equals("}"), line);
        }
        assertEquals(3, blocks, "G2, G1, G3; G4 is empty");
    }

    @Test
    void patchedFileIsByteIdenticalToTheFileWrittenFromTdb2() throws Exception {
        DatasetLayout layout = writeFirst(tmp.resolve("ds"));
        List<Node> order = update(layout);
        assertTrigIsWhatTdb2Gives(layout, order);
    }

    @Test
    void fileInAnotherFormatIsWrittenFromTdb2() throws Exception {
        DatasetLayout layout = writeFirst(tmp.resolve("ds"));
        // What an earlier version wrote: Jena's TriG, a file the update must not copy blocks from.
        DatasetGraph dsg = layout.connect();
        Txn.executeRead(dsg, () -> AtomicFiles.write(layout.trig(), out -> RDFDataMgr.write(out, dsg, RDFFormat.TRIG_BLOCKS)));
        List<Node> order = update(layout);
        assertTrigIsWhatTdb2Gives(layout, order);
    }

    @Test
    void staleFileMarkedPendingIsWrittenFromTdb2() throws Exception {
        DatasetLayout layout = writeFirst(tmp.resolve("ds"));
        // A file in the right format but missing a graph, as if an update died before replacing it.
        String trig = Files.readString(layout.trig());
        int g3 = trig.indexOf("<" + G3.getURI() + "> {");
        Files.writeString(layout.trig(), trig.substring(0, g3));
        Files.createFile(layout.trigPending());
        List<Node> order = update(layout);
        assertTrigIsWhatTdb2Gives(layout, order);
    }

    @Test
    void graphAddedToWithoutBeingDroppedIsWrittenWithAllItsTriples() throws Exception {
        DatasetLayout layout = writeFirst(tmp.resolve("ds"));
        List<Node> order = List.of(TestData.G2, TestData.G1, G3, G4);
        try (DatasetUpdate u = DatasetUpdate.begin(layout, TestData.B)) {
            u.addGraph(TestData.G1, List.of(Triple.create(TestData.R1, RDFS.label.asNode(), NodeFactory.createLiteralString("more"))));
            u.dropGraph(G3);
            u.commit(order);
        }
        assertEquals(TestData.release().size() + 1, TestData.tdbQuads(layout).stream().filter(q -> q.getGraph().equals(TestData.G1)).count());
        assertTrigIsWhatTdb2Gives(layout, order);
    }
}
