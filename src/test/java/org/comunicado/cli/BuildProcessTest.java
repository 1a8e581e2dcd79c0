package org.comunicado.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.comunicado.build.GeneratedReleases;
import org.comunicado.store.DatasetLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as separate processes: a build killed with SIGKILL in the middle, and a build
 * of a directory that a running {@code serve} process holds. Every subprocess is killed in
 * {@code finally}; every wait is bounded.
 */
class BuildProcessTest {
    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Starts {@code comunicado ARGS} in a new JVM with this test's class path; stderr goes to {@code errFile}. */
    private static Process start(Path errFile, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectError(errFile.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Waits until {@code file} contains {@code needle}; fails if the process ends first or time runs out. */
    private static void awaitText(Process p, Path file, String needle) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(file) && Files.readString(file).contains(needle))
                return;
            if (!p.isAlive())
                fail("process ended (" + p.exitValue() + ") before printing " + needle + ": " + Files.readString(file));
            Thread.sleep(50);
        }
        fail("no " + needle + " within " + WAIT + ": " + Files.readString(file));
    }

    private static void kill(Process p) throws InterruptedException {
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "killed process did not end");
    }

    /** A dataset of 2 generated releases in {@code tmp/ds}, released by this JVM so another process can open it. */
    private Path previousDataset(Path src) throws IOException {
        Files.createDirectories(src);
        GeneratedReleases.write(src, 0, "");
        GeneratedReleases.write(src, 1, "");
        Path dir = tmp.resolve("ds");
        Run r = run("build", "--quiet", "--out", dir.toString(), src.toString());
        assertEquals(0, r.code(), r.err());
        release(dir);
        return dir;
    }

    private static void release(Path dir) {
        TDBInternal.expel(DatasetLayout.of(dir).connect());
    }

    private static Set<Quad> tdbQuads(Path dir) {
        DatasetGraph dsg = DatasetLayout.of(dir).connect();
        Set<Quad> s = new HashSet<>();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(s::add));
        return s;
    }

    private static Set<Quad> trigQuads(Path dir) {
        Set<Quad> s = new HashSet<>();
        RDFDataMgr.loadDatasetGraph(DatasetLayout.of(dir).trig().toString()).find().forEachRemaining(s::add);
        return s;
    }

    private void assertPreviousDatasetIntact(Path dir, String statsBefore, byte[] trigBefore) {
        Run stats = run("stats", "--data", dir.toString());
        assertEquals(0, stats.code(), stats.err());
        assertEquals(statsBefore, stats.out());
        assertTrue(stats.out().lines().anyMatch("releases: 2"::equals), stats.out());
        Run validate = run("validate", "--data", dir.toString());
        assertEquals(0, validate.code(), validate.out() + validate.err());
        assertArrayEquals(trigBefore, readTrig(dir), "comunicado.trig is the previous one, whole");
        assertEquals(tdbQuads(dir), trigQuads(dir));
    }

    private static byte[] readTrig(Path dir) {
        try {
            return Files.readAllBytes(DatasetLayout.of(dir).trig());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<String> siblingsOf(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir.getParent())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(dir.getFileName() + ".")).sorted().toList();
        }
    }

    @Test
    void killedRebuildLeavesThePreviousDatasetAndTheNextBuildCleansUp() throws Exception {
        Path src = tmp.resolve("src");
        Path dir = previousDataset(src);
        String statsBefore = run("stats", "--data", dir.toString()).out();
        byte[] trigBefore = readTrig(dir);
        release(dir);
        Path many = tmp.resolve("many");
        GeneratedReleases.write(many, 120);
        Path err = tmp.resolve("rebuild.err");
        Process p = start(err, "build", "--rebuild", "--out", dir.toString(), many.toString());
        try {
            awaitText(p, err, "progress: ");
            assertFalse(siblingsOf(dir).isEmpty(), "the rebuild is under way in a temporary directory");
            kill(p);
        } finally {
            p.destroyForcibly();
        }
        assertPreviousDatasetIntact(dir, statsBefore, trigBefore);

        Run next = run("build", "--quiet", "--out", dir.toString(), src.toString());
        assertEquals(0, next.code(), next.err());
        assertEquals(List.of(), siblingsOf(dir), "the killed build's temporary directory is gone");
        assertPreviousDatasetIntact(dir, statsBefore, trigBefore);
        release(dir);
    }

    @Test
    void killedUpdateLeavesThePreviousDataset() throws Exception {
        Path src = tmp.resolve("src");
        Path dir = previousDataset(src);
        String statsBefore = run("stats", "--data", dir.toString()).out();
        byte[] trigBefore = readTrig(dir);
        release(dir);
        // The same two inputs, one of them changed, and many new ones: one long write transaction.
        GeneratedReleases.write(src, 1, "A closing paragraph added later.");
        for (int n = 2; n < 120; n++)
            GeneratedReleases.write(src, n, "");
        Path err = tmp.resolve("update.err");
        Process p = start(err, "build", "--out", dir.toString(), src.toString());
        try {
            awaitText(p, err, "progress: ");
            kill(p);
        } finally {
            p.destroyForcibly();
        }
        assertFalse(Files.exists(DatasetLayout.of(dir).trigPending()), "killed before the TDB2 commit");
        assertPreviousDatasetIntact(dir, statsBefore, trigBefore);
        release(dir);
    }

    @Test
    void buildOfADirectoryThatServeHoldsFailsCleanlyAndTheServerGoesOn() throws Exception {
        Path src = tmp.resolve("src");
        Path dir = previousDataset(src);
        byte[] trigBefore = readTrig(dir);
        GeneratedReleases.write(src, 2, "");
        Path err = tmp.resolve("serve.err");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--data", dir.toString(), "--port", "0");
        Process server = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
        try {
            String service = awaitServiceUrl(server);
            assertEquals("2", releaseCount(service));

            for (String[] args : List.of(new String[] {"build", "--out", dir.toString(), src.toString()},
                    new String[] {"build", "--rebuild", "--out", dir.toString(), src.toString()})) {
                Run r = run(args);
                assertEquals(ExitCodes.IO, r.code(), r.err());
                List<String> lines = r.err().lines().filter(l -> !l.isBlank()).toList();
                assertEquals(1, lines.size(), r.err());
                assertTrue(lines.get(0).contains("in use by another process"), r.err());
            }
            assertEquals("2", releaseCount(service), "the server still answers, with the data it had");
            assertArrayEquals(trigBefore, readTrig(dir));
            assertEquals(List.of(), siblingsOf(dir));
        } finally {
            server.destroyForcibly();
            server.waitFor(30, TimeUnit.SECONDS);
        }
        Run after = run("build", "--quiet", "--out", dir.toString(), src.toString());
        assertEquals(0, after.code(), after.err());
        assertTrue(run("stats", "--data", dir.toString()).out().lines().anyMatch("releases: 3"::equals));
        release(dir);
    }

    /** Reads the server's "serving DIR at URL" line from its stdout. */
    private static String awaitServiceUrl(Process server) throws Exception {
        Pattern serving = Pattern.compile("serving .* at (http://\\S+) ");
        var reader = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        var line = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                String l;
                while ((l = reader.readLine()) != null) {
                    Matcher m = serving.matcher(l);
                    if (m.find())
                        return m.group(1);
                }
                return null;
            } catch (IOException e) {
                return null;
            }
        });
        String url = line.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertTrue(url != null, "serve printed no URL");
        return url;
    }

    private static String releaseCount(String service) throws Exception {
        String q = "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a <https://w3id.org/comunicado/ontology#PressRelease> }";
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(service + "/sparql?query="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "text/csv")
                .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body().lines().skip(1).findFirst().orElse("").trim();
    }
}
