package org.comunicado.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.comunicado.build.Builder;
import org.comunicado.build.Input;
import org.comunicado.model.Namespaces;
import org.comunicado.query.QueryRunner;
import org.comunicado.store.DatasetLayout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java scorer gives the reference scorer's numbers: the development corpus (and the evaluation
 * set written for the tests) is built,
 * the contract queries of {@code shared/tools/eval-queries} are answered as JSON, and
 * {@code to-system-json.py} + {@code score.py} score them; the Java scorer scores the same
 * dataset. Skips without {@code ../shared} (system property {@code comunicado.shared}) or python3.
 */
class ScoreParityTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"dev corpus", "eval set"})
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void javaScorerGivesTheReferenceScorersNumbers(String which) throws Exception {
        String sharedProp = System.getProperty("comunicado.shared");
        assumeTrue(sharedProp != null, "comunicado.shared is not set");
        Path shared = Path.of(sharedProp);
        Path tools = shared.resolve("tools");
        Path corpus = which.equals("eval set") ? Path.of("src/test/resources/eval") : shared.resolve("corpus/dev");
        assumeTrue(Files.isRegularFile(tools.resolve("score.py")) && Files.isRegularFile(tools.resolve("to-system-json.py"))
                && Files.isDirectory(corpus), "no ../shared/tools/score.py or ../shared/corpus/dev");
        assumeTrue(python3Works(), "python3 is not available");

        List<Input> inputs = new ArrayList<>();
        try (Stream<Path> s = Files.list(corpus)) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> inputs.add(Input.file(p)));
        }
        DatasetLayout layout = DatasetLayout.of(tmp.resolve("ds"));
        new Builder(Namespaces.DEFAULT_BASE, List.of(), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).build(inputs, layout.dir(), false);
        try {
            Path answers = Files.createDirectory(tmp.resolve("answers"));
            QueryRunner runner = new QueryRunner(layout);
            for (String q : List.of("entities", "quotes", "quantities")) {
                String text = Files.readString(tools.resolve("eval-queries/" + q + ".rq"));
                try (OutputStream out = Files.newOutputStream(answers.resolve(q + ".json"))) {
                    runner.run(text, QueryRunner.Format.JSON, out);
                }
            }
            Path system = tmp.resolve("system.json");
            run(List.of("python3", tools.resolve("to-system-json.py").toString(), answers.toString()), system);
            Path pyJson = tmp.resolve("py.json");
            String pyTable = run(List.of("python3", tools.resolve("score.py").toString(), system.toString(), corpus.toString(),
                    "--json", pyJson.toString(), "--detail"), null);

            ScoreReport java = new Evaluation(corpus, true).score(layout).report();
            JsonObject py = JSON.read(pyJson.toString());
            assertEquals(py.keySet(), java.toJson().keySet(), "categories");
            for (var e : java.totals().entrySet()) {
                JsonObject p = py.get(e.getKey()).getAsObject();
                String c = e.getKey();
                assertEquals(p.get("tp").getAsNumber().value().intValue(), e.getValue().tp(), c + " tp");
                assertEquals(p.get("fp").getAsNumber().value().intValue(), e.getValue().fp(), c + " fp");
                assertEquals(p.get("fn").getAsNumber().value().intValue(), e.getValue().fn(), c + " fn");
                assertEquals(p.get(e.getValue().extraName()).getAsNumber().value().intValue(), e.getValue().extra(), c + " extra");
                assertEquals(p.get("f1").getAsNumber().value().doubleValue(), e.getValue().f1(), 1e-12, c + " f1");
            }
            assertEquals(py.get("entities").getAsObject().get("f1").getAsNumber().value().doubleValue(), java.entities()[2], 1e-12);
            assertTrue(java.totals().get("persons").tp() > 0, "the corpus was scored");
            assertEquals(pyTable, java.table(), "the printed table and detail lines");
        } finally {
            TDBInternal.expel(layout.connect());
        }
    }

    private static boolean python3Works() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs a command with a bounded wait; its stdout goes to {@code stdoutFile}, else is returned. */
    private String run(List<String> command, Path stdoutFile) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(tmp.resolve("stderr.txt").toFile());
        if (stdoutFile != null) pb.redirectOutput(stdoutFile.toFile());
        Process p = pb.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> {
            try {
                p.getInputStream().transferTo(out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        reader.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not finish in 120 s");
        }
        reader.join(10_000);
        assertEquals(0, p.exitValue(), command + " failed: " + Files.readString(tmp.resolve("stderr.txt")));
        return out.toString(StandardCharsets.UTF_8);
    }
}
