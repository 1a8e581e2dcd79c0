package org.comunicado.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.comunicado.store.DatasetLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command driven through picocli's {@code execute}, as {@code Main} configures it, checking
 * exit codes and output. The bundled release is built once and shared by the read-only tests.
 */
class CommandsTest {

    /** The graph the bundled release (2024-08-20, no. 315) is mapped into. */
    private static final String SEED_GRAPH = "https://w3id.org/comunicado/id/graph/release/2024-08-20-315-en";

    /** A small release written for these tests (not corpus text). */
    private static final String GOOD_RELEASE = """
            Ministry of Foreign Affairs of the United Mexican States

            05/03/2024 | Press release

            Mexico and Colombia sign a cooperation agreement

            Press Release 101

            Secretaría de Relaciones Exteriores | March 5, 2024 | Press Release

            Mexico and Colombia sign a cooperation agreement

            Today, Foreign Secretary Alicia Bárcena met her counterpart from Colombia in Mexico City. \
            "We will work together on trade and culture," she said.
            """;

    @TempDir
    static Path shared;

    static Path seed;

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
        /** Error lines: stderr without blank lines and build progress lines. */
        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank() && !l.startsWith("progress: ")).toList();
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void buildSeed() {
        seed = shared.resolve("seed");
        Run r = run("build", "--out", seed.toString());
        assertEquals(0, r.code(), r.err());
    }

    private Path goodRelease() throws IOException {
        Path good = tmp.resolve("good.txt");
        Files.writeString(good, GOOD_RELEASE);
        return good;
    }

    private Path emptyRelease() throws IOException {
        return Files.createFile(tmp.resolve("empty.txt"));
    }

    private Path binaryRelease() throws IOException {
        byte[] bytes = new byte[512];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i * 37 % 256);
        return Files.write(tmp.resolve("binary.txt"), bytes);
    }

    private static List<QuerySolution> json(String out) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(out.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        List<QuerySolution> rows = new ArrayList<>();
        rs.forEachRemaining(rows::add);
        return rows;
    }

    // --- build

    @Test
    void buildWithoutInputBuildsTheBundledRelease() {
        Path dir = tmp.resolve("ds");
        Run r = run("build", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        for (String word : List.of("releases: 1", "persons:", "quotes:", "claims:", "triples:")) {
            assertTrue(r.out().contains(word), word + " in " + r.out());
        }
        assertTrue(Files.isDirectory(dir.resolve("tdb2")));
        assertTrue(Files.isRegularFile(dir.resolve("comunicado.trig")));
        assertTrue(Files.isRegularFile(dir.resolve("fuseki.ttl")));
    }

    @Test
    void buildReportsOneLinePerBadFileAndKeepsTheGoodRelease() throws IOException {
        Path dir = tmp.resolve("ds");
        Run r = run("build", "--out", dir.toString(), goodRelease().toString(), emptyRelease().toString(), binaryRelease().toString());
        assertEquals(ExitCodes.DATA, r.code(), r.err());
        List<String> lines = r.errLines();
        assertEquals(2, lines.size(), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.contains("empty.txt") && l.contains("empty file")), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.contains("binary.txt") && l.contains("binary")), r.err());
        assertFalse(lines.stream().anyMatch(l -> l.contains("good.txt")), r.err());

        Run stats = run("stats", "--data", dir.toString());
        assertEquals(0, stats.code(), stats.err());
        assertTrue(stats.out().lines().anyMatch("releases: 1"::equals), stats.out());
        Run releases = run("query", "--data", dir.toString(), "--format", "csv", "releases");
        assertTrue(releases.out().contains("2024-03-05"), releases.out());
    }

    @Test
    void buildKeepGoingExitsZeroDespiteBadFiles() throws IOException {
        Path dir = tmp.resolve("ds");
        Run r = run("build", "--keep-going", "--out", dir.toString(), goodRelease().toString(), emptyRelease().toString(), binaryRelease().toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(2, r.errLines().size(), r.err());
    }

    @Test
    void buildQuietPrintsNothingAndASecondBuildReportsEverythingUnchanged() throws IOException {
        Path dir = tmp.resolve("ds");
        Run quiet = run("build", "--quiet", "--out", dir.toString(), goodRelease().toString());
        assertEquals(0, quiet.code(), quiet.err());
        assertEquals("", quiet.out());
        assertEquals("", quiet.err());
        Run again = run("build", "--out", dir.toString(), goodRelease().toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("releases: 1 (added 0, changed 0, unchanged 1, removed 0, failed 0)"), again.out());
        assertTrue(again.err().lines().allMatch(l -> l.startsWith("progress: ")), again.err());
    }

    @Test
    void buildHelpNamesTheUpdateOptions() {
        Run r = run("build", "--help");
        for (String option : List.of("--rebuild", "--prune", "--quiet", "--keep-going"))
            assertTrue(r.out().contains(option), option + " in " + r.out());
    }

    @Test
    void buildOfOnlyAMissingFileCreatesNoDataset() {
        Path dir = tmp.resolve("ds");
        Run r = run("build", "--out", dir.toString(), tmp.resolve("missing.txt").toString());
        assertEquals(ExitCodes.DATA, r.code(), r.err());
        assertTrue(r.err().contains("missing.txt"), r.err());
        assertFalse(Files.exists(dir), "no dataset directory should be created");
    }

    @Test
    void buildOfOnlyAMissingFileLeavesThePreviousDatasetAsItWas() throws IOException {
        Path dir = tmp.resolve("ds");
        assertEquals(0, run("build", "--out", dir.toString(), goodRelease().toString()).code());
        Run r = run("build", "--out", dir.toString(), tmp.resolve("missing.txt").toString());
        assertEquals(ExitCodes.DATA, r.code(), r.err());
        Run releases = run("query", "--data", dir.toString(), "--format", "csv", "releases");
        assertEquals(0, releases.code(), releases.err());
        assertTrue(releases.out().contains("2024-03-05"), releases.out());
        assertTrue(Files.isRegularFile(dir.resolve("comunicado.trig")));
    }

    // --- extract

    @Test
    void extractPrintsTrigWithOneNamedGraph() throws IOException {
        Run r = run("extract", goodRelease().toString());
        assertEquals(0, r.code(), r.err());
        DatasetGraph ds = DatasetGraphFactory.create();
        RDFParser.fromString(r.out(), Lang.TRIG).parse(ds);
        List<Node> graphs = new ArrayList<>();
        ds.listGraphNodes().forEachRemaining(graphs::add);
        assertEquals(1, graphs.size(), graphs.toString());
        assertTrue(ds.getDefaultGraph().isEmpty());
        assertFalse(ds.getGraph(graphs.get(0)).isEmpty());
    }

    @Test
    void extractPrintsNQuadsOnRequest() throws IOException {
        Run r = run("extract", "--format", "nquads", goodRelease().toString());
        assertEquals(0, r.code(), r.err());
        DatasetGraph ds = DatasetGraphFactory.create();
        RDFParser.fromString(r.out(), Lang.NQUADS).parse(ds);
        assertFalse(ds.isEmpty());
    }

    @Test
    void extractUnknownFormatIsAUsageError() throws IOException {
        Run r = run("extract", "--format", "nonsense", goodRelease().toString());
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("nonsense"), r.err());
    }

    @Test
    void extractOfEmptyFileFailsWithOneLineNamingIt() throws IOException {
        Run r = run("extract", emptyRelease().toString());
        assertEquals(ExitCodes.DATA, r.code(), r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().contains("empty.txt"), r.err());
        assertTrue(r.out().isEmpty(), r.out());
    }

    @Test
    void extractOfBinaryFileFailsWithOneLineNamingIt() throws IOException {
        Run r = run("extract", binaryRelease().toString());
        assertEquals(ExitCodes.DATA, r.code(), r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().contains("binary.txt") && r.err().contains("binary"), r.err());
    }

    // --- query

    @Test
    void queryPeopleFindsBarcena() {
        Run r = run("query", "--data", seed.toString(), "people");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Alicia Bárcena"), r.out());
    }

    @Test
    void queryJsonIsSparqlResultsJson() {
        Run r = run("query", "--data", seed.toString(), "--format", "json", "people");
        assertEquals(0, r.code(), r.err());
        JsonObject obj = JSON.parse(r.out());
        assertTrue(obj.get("head").getAsObject().get("vars").getAsArray().size() > 0, r.out());
        assertEquals(2, obj.get("results").getAsObject().get("bindings").getAsArray().size(), r.out());
        assertEquals(2, json(r.out()).size());
    }

    @Test
    void queryCsvStartsWithHeaderLine() {
        Run r = run("query", "--data", seed.toString(), "--format", "csv", "people");
        assertEquals(0, r.code(), r.err());
        assertEquals("person,name,titles,releases", r.out().lines().findFirst().orElse("").strip());
    }

    @Test
    void queryRunsARqFile() throws IOException {
        Path rq = Files.writeString(tmp.resolve("count.rq"),
                "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a <https://w3id.org/comunicado/ontology#PressRelease> }\n");
        Run r = run("query", "--data", seed.toString(), "--format", "json", rq.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(1, json(r.out()).get(0).getLiteral("n").getInt());
    }

    @Test
    void queryUnknownNameIsAUsageError() {
        Run r = run("query", "--data", seed.toString(), "nonesuch");
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("nonesuch"), r.err());
    }

    @Test
    void querySyntaxErrorIsBadDataWithLineAndColumn() throws IOException {
        Path rq = Files.writeString(tmp.resolve("bad.rq"), "SELECT ?x WHERE {\n  ?x ?y \n}\n");
        Run r = run("query", "--data", seed.toString(), rq.toString());
        assertEquals(ExitCodes.DATA, r.code(), r.err());
        assertTrue(Pattern.compile("line \\d+, column \\d+").matcher(r.err()).find(), r.err());
    }

    @Test
    void queryOfMissingDatasetIsAnIoError() {
        Run r = run("query", "--data", "/nonexistent", "people");
        assertEquals(ExitCodes.IO, r.code(), r.err());
        assertTrue(r.err().contains("/nonexistent"), r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"export --format nquads", "validate", "stats", "serve --port 0"})
    void dataCommandsOnAMissingDatasetAreIoErrors(String command) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--data", tmp.resolve("nothing-here").toString()));
        Run r = run(args.toArray(String[]::new));
        assertEquals(ExitCodes.IO, r.code(), r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().contains("nothing-here"), r.err());
    }

    // --- export

    @Test
    void exportNQuadsIsSortedAndRepeatable() {
        Run first = run("export", "--data", seed.toString(), "--format", "nquads");
        assertEquals(0, first.code(), first.err());
        List<String> lines = first.out().lines().toList();
        assertFalse(lines.isEmpty());
        assertEquals(lines.stream().sorted().toList(), lines);
        Run second = run("export", "--data", seed.toString(), "--format", "nquads");
        assertArrayEquals(first.out().getBytes(StandardCharsets.UTF_8), second.out().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void exportGraphWritesOnlyThatGraph() {
        Run r = run("export", "--data", seed.toString(), "--format", "nquads", "--graph", SEED_GRAPH);
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().filter(l -> !l.isBlank()).toList();
        assertFalse(lines.isEmpty());
        for (String line : lines) {
            assertTrue(line.endsWith("<" + SEED_GRAPH + "> ."), line);
        }
    }

    @Test
    void exportOutWritesTheFile() throws IOException {
        Path file = tmp.resolve("all.nq");
        Run r = run("export", "--data", seed.toString(), "--format", "nquads", "--out", file.toString());
        assertEquals(0, r.code(), r.err());
        Run stdout = run("export", "--data", seed.toString(), "--format", "nquads");
        assertEquals(stdout.out(), Files.readString(file));
    }

    @Test
    void exportUnknownFormatIsAUsageError() {
        Run r = run("export", "--data", seed.toString(), "--format", "bogus");
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
    }

    @Test
    void exportUnknownGraphIsBadData() {
        Run r = run("export", "--data", seed.toString(), "--format", "nquads", "--graph", "https://example.org/no-such-graph");
        assertEquals(ExitCodes.DATA, r.code(), r.err());
        assertTrue(r.err().contains("no-such-graph"), r.err());
    }

    // --- validate, stats

    @Test
    void validateBundledDatasetConforms() {
        Run r = run("validate", "--data", seed.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("conforms: yes"), r.out());
    }

    @Test
    void validateReportsReleaseWithoutTitle() {
        Path dir = tmp.resolve("ds");
        assertEquals(0, run("build", "--out", dir.toString()).code());
        DatasetGraph dsg = DatasetLayout.of(dir).connect();
        try {
            Node graph = NodeFactory.createURI(SEED_GRAPH);
            Node release = NodeFactory.createURI("https://w3id.org/comunicado/id/release/2024-08-20-315-en");
            Node title = NodeFactory.createURI("http://purl.org/dc/terms/title");
            Txn.executeWrite(dsg, () -> {
                assertTrue(dsg.contains(graph, release, title, Node.ANY), "the release has a title to remove");
                dsg.deleteAny(graph, release, title, Node.ANY);
            });
            Run r = run("validate", "--data", dir.toString());
            assertEquals(ExitCodes.DATA, r.code(), r.out() + r.err());
            assertTrue(r.out().lines().anyMatch(l -> l.contains("2024-08-20-315-en") && l.contains("title")), r.out());
            assertTrue(r.out().contains("conforms: no"), r.out());
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    @Test
    void statsCountsOneRelease() {
        Run r = run("stats", "--data", seed.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().anyMatch("releases: 1"::equals), r.out());
    }

    // --- serve

    @Test
    void serveAnswersSparqlReadOnlyAndStopsOnInterrupt() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger code = new AtomicInteger(-1);
        Thread server = new Thread(() -> code.set(Main.commandLine()
                .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute("serve", "--data", seed.toString(), "--port", "0")), "serve-under-test");
        server.setDaemon(true);
        server.start();
        int port = -1;
        try {
            Pattern serving = Pattern.compile("serving .* at (http://127\\.0\\.0\\.1:(\\d+)/comunicado)");
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            Matcher m = serving.matcher(out.toString());
            boolean found = m.find();
            while (!found && server.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
                m = serving.matcher(out.toString());
                found = m.find();
            }
            assertTrue(found, "no serving line; out=" + out + " err=" + err);
            String base = m.group(1);
            port = Integer.parseInt(m.group(2));

            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String q = "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a <https://w3id.org/comunicado/ontology#PressRelease> }";
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/sparql?query="
                            + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            assertEquals(1, json(answer.body()).get(0).getLiteral("n").getInt(), answer.body());

            HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create(base + "/sparql"))
                    .header("Content-Type", "application/sparql-update").timeout(Duration.ofSeconds(10))
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(update.statusCode() >= 400 && update.statusCode() < 500, "update -> " + update.statusCode());
        } finally {
            server.interrupt();
            server.join(Duration.ofSeconds(20).toMillis());
        }
        assertFalse(server.isAlive(), "serve did not stop when interrupted");
        assertEquals(0, code.get(), err.toString());
        try (Socket s = new Socket("127.0.0.1", port)) {
            fail("port " + port + " still open after serve stopped");
        } catch (ConnectException expected) {
            // closed, as it should be
        }
    }

    // --- help and usage

    @ParameterizedTest
    @ValueSource(strings = {"build", "extract", "query", "export", "validate", "serve", "stats", "score", "bench"})
    void helpExitsZero(String command) {
        Run r = run(command, "--help");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().isEmpty(), r.err());
        assertTrue(r.out().contains("Usage: comunicado " + command), r.out());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run r = run("stats", "--data", seed.toString(), "--no-such-option");
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("--no-such-option"), r.err());
    }
}
