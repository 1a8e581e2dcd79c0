package org.comunicado.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.comunicado.model.Namespaces;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each fixture release beside its expected sorted N-Quads: adding a pair to
 * {@code src/test/resources/fixtures} adds a test. {@code -Dcomunicado.regenerate=true} rewrites
 * the expected files instead of comparing (then review the diff).
 */
class GoldenFixturesTest {
    static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    static Builder builder;

    @BeforeAll
    static void builder() throws IOException {
        builder = new Builder(Namespaces.DEFAULT_BASE, List.of(), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    }

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".expected.nq"))
                    .map(n -> n.substring(0, n.length() - ".expected.nq".length())).sorted().toList().stream();
        }
    }

    /** The fixture's text: beside its expected file, or the bundled release of that name. */
    static Input input(String name) {
        Path txt = FIXTURES.resolve(name + ".txt");
        String source = Namespaces.DEFAULT_BASE + "source/" + name + ".txt";
        return Files.exists(txt) ? new Input(txt.toString(), source, () -> Files.readAllBytes(txt))
                : Input.bundled("releases/" + name + ".txt", source);
    }

    static String sortedNQuads(Builder.Outcome outcome) {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        outcome.graph().triples().forEach(t -> ds.add(outcome.graph().graphName(), t.getSubject(), t.getPredicate(), t.getObject()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, ds, Lang.NQUADS);
        return out.toString(StandardCharsets.UTF_8).lines().sorted().map(l -> l + "\n").reduce("", String::concat);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void releaseGivesItsExpectedQuads(String name) throws Exception {
        String actual = sortedNQuads(builder.extract(input(name)));
        Path expected = FIXTURES.resolve(name + ".expected.nq");
        if (Boolean.getBoolean("comunicado.regenerate")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual,
                "output for " + name + " differs from " + expected + " (regenerate with -Dcomunicado.regenerate=true if intended)");
    }
}
