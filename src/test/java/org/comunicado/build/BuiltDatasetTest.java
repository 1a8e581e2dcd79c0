package org.comunicado.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.comunicado.model.Namespaces;
import org.comunicado.query.Exporter;
import org.comunicado.query.ShaclCheck;
import org.comunicado.query.Stats;
import org.comunicado.store.DatasetLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real build of the bundled release and the written fixtures into TDB2 on disk, checked the
 * way a user would rely on it: reproducible, valid against the shapes, offsets that point at the
 * right characters, the same quads in TDB2 and in the TriG file, and served by Jena's own Fuseki
 * from the generated configuration.
 */
class BuiltDatasetTest {
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path tmp;
    static DatasetLayout layout;

    static List<Input> inputs() {
        return List.of(GoldenFixturesTest.input("en-seed"), GoldenFixturesTest.input("en-consular-week"),
                GoldenFixturesTest.input("es-remesas"));
    }

    @BeforeAll
    static void build() throws Exception {
        Path dir = tmp.resolve("ds");
        BuildReport report = new Builder(Namespaces.DEFAULT_BASE, List.of(), FIXED).build(inputs(), dir, false);
        assertEquals(3, report.releases(), report.summary());
        layout = DatasetLayout.of(dir);
    }

    private static String sortedNQuads(DatasetLayout l) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.export(l, Exporter.Format.NQUADS, null, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical() throws Exception {
        Path again = tmp.resolve("again");
        new Builder(Namespaces.DEFAULT_BASE, List.of(), FIXED).build(inputs(), again, false);
        assertEquals(sortedNQuads(layout), sortedNQuads(DatasetLayout.of(again)));
        assertEquals(Files.readString(layout.trig()), Files.readString(DatasetLayout.of(again).trig()));
    }

    @Test
    void outputConformsToTheShapes() {
        ShaclCheck.Result result = ShaclCheck.validate(layout, ShaclCheck.bundledShapes());
        assertTrue(result.conforms(), String.join("\n", result.lines(Namespaces.prefixMap(Namespaces.DEFAULT_BASE))));
    }

    @Test
    void everyAnchorIsTheContextSubstringAtItsCodePointOffsets() {
        DatasetGraph dsg = layout.connect();
        String q = """
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                SELECT ?phrase ?anchor ?b ?e ?text WHERE {
                  ?phrase a nif:Phrase ; nif:anchorOf ?anchor ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:referenceContext ?ctx .
                  ?ctx nif:isString ?text }""";
        int[] checked = {0};
        Txn.executeRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).query(q).set(TDB2.symUnionDefaultGraph, true).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    String text = s.getLiteral("text").getString();
                    int b = s.getLiteral("b").getInt();
                    int e = s.getLiteral("e").getInt();
                    String slice = text.substring(text.offsetByCodePoints(0, b), text.offsetByCodePoints(0, e));
                    assertEquals(slice, s.getLiteral("anchor").getString(), s.getResource("phrase").getURI());
                    assertTrue(s.getResource("phrase").getURI().endsWith("#char=" + b + "," + e));
                    checked[0]++;
                }
            }
        });
        assertTrue(checked[0] > 100, "phrases checked: " + checked[0]);
    }

    @Test
    void offsetsCountCodePointsNotUtf16Units() throws Exception {
        // The Spanish fixture's title ends in an emoji: two UTF-16 units, one code point.
        String text = Files.readString(GoldenFixturesTest.FIXTURES.resolve("es-remesas.txt"));
        int utf16 = text.indexOf("Ciudad de México");
        int cp = text.codePointCount(0, utf16);
        assertEquals(utf16 - 1, cp);
        String anchor = "> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> \"Ciudad de México\"";
        String nq = sortedNQuads(layout);
        assertTrue(nq.contains("#char=" + cp + "," + (cp + 16) + anchor), "Ciudad de México at code point " + cp);
        assertFalse(nq.contains("#char=" + utf16 + "," + (utf16 + 16) + anchor));
    }

    @Test
    void summaryCountsAreTheStatsCounts() {
        DatasetCounts summary = DatasetCounts.of(layout);
        Stats stats = Stats.of(layout);
        assertEquals(List.of(stats.releases(), stats.persons(), stats.organizations(), stats.countries(), stats.programs(),
                stats.quotations(), stats.claims(), stats.quantities(), stats.quads()),
                List.of(summary.releases(), summary.persons(), summary.organizations(), summary.countries(),
                        summary.programs(), summary.quotations(), summary.claims(), summary.quantities(), summary.quads()));
        assertTrue(summary.persons() > 0 && summary.quotations() > 0, summary.toString());
    }

    @Test
    void tdb2ReopenedHoldsTheSameQuadsAsTheTrigFile() {
        DatasetGraph fromTrig = DatasetGraphFactory.create();
        RDFDataMgr.read(fromTrig, layout.trig().toString());
        Set<Quad> trig = new HashSet<>();
        fromTrig.find().forEachRemaining(trig::add);
        Set<Quad> tdb = new HashSet<>();
        DatasetGraph dsg = layout.connect();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(tdb::add));
        assertFalse(tdb.isEmpty());
        assertEquals(trig, tdb);
        assertEquals(6, tdb.stream().map(Quad::getGraph).distinct().count(), "3 releases + reference + ontology + build");
    }

    @Test
    void noBlankNodesAnywhere() {
        DatasetGraph dsg = layout.connect();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> {
            for (Node n : List.of(q.getGraph(), q.getSubject(), q.getObject())) {
                assertFalse(n.isBlank(), q.toString());
            }
        }));
    }

    @Test
    void jenasOwnFusekiServesTheGeneratedConfigurationReadOnly() throws Exception {
        FusekiServer server = FusekiServer.create().parseConfigFile(layout.fusekiConfig().toString()).port(0).loopback(true).build();
        server.start();
        try {
            String service = "http://127.0.0.1:" + server.getHttpPort() + "/comunicado";
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String query = "SELECT ?name WHERE { ?p a <http://schema.org/Person> ; <http://schema.org/name> ?name . "
                    + "?r <http://schema.org/mentions> ?p } ORDER BY ?name";
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(service + "/sparql"))
                    .timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/sparql-query")
                    .header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("Alicia Bárcena"), answer.body());
            assertTrue(answer.body().contains("Raúl Vázquez"), answer.body());

            HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create(service + "/sparql"))
                    .timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:x> <urn:y> <urn:z> }")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(update.statusCode() >= 400 && update.statusCode() < 500, "update answered " + update.statusCode());
        } finally {
            server.stop();
        }
    }
}
