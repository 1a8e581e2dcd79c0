package org.comunicado.query;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.comunicado.model.Namespaces;
import org.comunicado.store.DatasetLayout;
import org.comunicado.store.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShaclCheckTest {
    @TempDir
    Path tmp;
    DatasetLayout layout;

    private static final String PREFIXES = """
            PREFIX sh: <http://www.w3.org/ns/shacl#>
            PREFIX schema: <http://schema.org/>
            PREFIX : <urn:test:shapes#>
            """;

    @BeforeEach
    void setUp() {
        layout = TestData.write(tmp.resolve("ds"));
    }

    private static Graph shapes(String body) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(PREFIXES + body, Lang.TURTLE).parse(g);
        return g;
    }

    @Test
    void conformingData() {
        // Country names come from the reference graph: the union graph must be validated.
        ShaclCheck.Result r = ShaclCheck.validate(layout, shapes("""
                :Country a sh:NodeShape ; sh:targetClass schema:Country ;
                    sh:property [ sh:path schema:name ; sh:minCount 1 ] .
                """));
        assertTrue(r.conforms(), r.lines(null).toString());
        assertEquals(List.of(), r.lines(null));
    }

    @Test
    void violationsAreReported() {
        ShaclCheck.Result r = ShaclCheck.validate(layout, shapes("""
                :Person a sh:NodeShape ; sh:targetClass schema:Person ;
                    sh:property [ sh:path schema:jobTitle ; sh:minCount 1 ; sh:message "a person needs a job title" ] .
                """));
        assertFalse(r.conforms());
        assertEquals(1, r.resultCount());
        List<String> lines = r.lines(Namespaces.prefixMap(TestData.B));
        assertEquals(1, lines.size());
        String line = lines.get(0);
        assertTrue(line.startsWith("Violation: <" + TestData.BARCENA.getURI() + "> schema:jobTitle: "), line);
        assertTrue(line.contains("jobTitle") && line.contains("a person needs a job title"), line);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.writeTurtle(out);
        Graph report = GraphFactory.createDefaultGraph();
        RDFParser.fromString(out.toString(StandardCharsets.UTF_8), Lang.TURTLE).parse(report);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("ValidationReport"));
    }

    @Test
    void bundledShapesParseAsShacl() {
        Graph shapes = ShaclCheck.bundledShapes();
        org.apache.jena.shacl.Shapes parsed = org.apache.jena.shacl.Shapes.parse(shapes);
        assertTrue(parsed.numRootShapes() >= 10, "root shapes: " + parsed.numRootShapes());
    }
}
