package org.comunicado.query;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.comunicado.query.QueryRunner.Format;
import org.comunicado.store.DatasetLayout;
import org.comunicado.store.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryRunnerTest {
    @TempDir
    Path tmp;
    QueryRunner runner;

    @BeforeEach
    void setUp() {
        DatasetLayout layout = TestData.write(tmp.resolve("ds"));
        runner = new QueryRunner(layout);
    }

    /** Queries of this test's own: the bundled ones are checked on a real build in BundledQueriesOnSeedTest. */
    private static final String COUNTRIES = "PREFIX schema: <http://schema.org/> SELECT ?country ?name WHERE { "
            + "?country a schema:Country ; schema:name ?name FILTER(LANG(?name) = \"en\") } ORDER BY ?name";
    private static final String PEOPLE = "PREFIX schema: <http://schema.org/> SELECT ?person ?name WHERE { "
            + "?release schema:mentions ?person . ?person a schema:Person ; schema:name ?name } ORDER BY ?name";

    private String run(String query, Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runner.run(query, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonIsStandardSparqlResultsOverTheUnionGraph() {
        String json = run(COUNTRIES, Format.JSON);
        JsonObject obj = JSON.parse(json);
        assertTrue(obj.hasKey("head") && obj.hasKey("results"), json);
        assertEquals(2, obj.get("results").getAsObject().get("bindings").getAsArray().size(), json);
    }

    @Test
    void csvStartsWithHeaderLine() {
        String csv = run(PEOPLE, Format.CSV);
        String[] lines = csv.split("\r?\n");
        assertEquals("person,name", lines[0]);
        assertEquals(2, lines.length, csv);
        assertTrue(lines[1].contains("Alicia Bárcena"), csv);
    }

    @Test
    void tsvAndTable() {
        String tsv = run(PEOPLE, Format.TSV);
        assertTrue(tsv.startsWith("?person\t?name"), tsv);
        String table = run(PEOPLE, Format.TABLE);
        assertTrue(table.contains("| person") && table.contains("Alicia Bárcena"), table);
    }

    @Test
    void askInEveryTableFormat() {
        String ask = "ASK { ?s a <http://schema.org/Person> }";
        assertTrue(JSON.parse(run(ask, Format.JSON)).get("boolean").getAsBoolean().value());
        assertTrue(run(ask, Format.TABLE).toLowerCase().contains("yes") || run(ask, Format.TABLE).contains("true"));
        assertTrue(run(ask, Format.CSV).contains("true"));
    }

    @Test
    void constructIsTurtle() {
        String ttl = run("PREFIX schema: <http://schema.org/> CONSTRUCT { ?c a schema:Country } WHERE { ?c a schema:Country }",
                Format.TABLE);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(ttl, Lang.TURTLE).parse(m);
        assertEquals(2, m.size(), ttl);
        String described = run("DESCRIBE <" + TestData.USA.getURI() + ">", Format.TURTLE);
        assertTrue(described.contains("United States"), described);
    }

    @Test
    void formatMustFitQueryForm() {
        assertThrows(IllegalArgumentException.class, () -> run("SELECT * {}", Format.TURTLE));
        assertThrows(IllegalArgumentException.class, () -> run("CONSTRUCT WHERE { ?s ?p ?o }", Format.CSV));
        assertEquals(Format.JSON, Format.parse("JSON"));
        assertThrows(IllegalArgumentException.class, () -> Format.parse("xml"));
    }

    @Test
    void badQueryReportsLineAndColumn() {
        InvalidQueryException ex = assertThrows(InvalidQueryException.class,
                () -> run("SELECT ?s\nWHERE { ?s ?p }", Format.TABLE));
        assertEquals(2, ex.line(), ex.getMessage());
        assertTrue(ex.column() > 0, ex.getMessage());
        assertTrue(ex.getMessage().startsWith("line 2, column "), ex.getMessage());
    }
}
