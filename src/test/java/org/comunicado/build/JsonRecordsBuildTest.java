package org.comunicado.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.comunicado.model.Iris;
import org.comunicado.model.Namespaces;
import org.comunicado.model.Schema;
import org.comunicado.store.DatasetLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JSON file of several releases, and the link between the two language versions of one. */
class JsonRecordsBuildTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final Iris IRIS = new Iris(Namespaces.DEFAULT_BASE);

    @TempDir
    Path tmp;

    private Path records() throws Exception {
        Path json = tmp.resolve("releases.json");
        Files.writeString(json, """
                [
                 {"title": "Mexico and Chile sign a fisheries agreement", "date": "2026-02-10", "number": "41", "language": "en",
                  "text": "Mexico and Chile sign a fisheries agreement\\n\\nForeign Secretary Juan Ramón de la Fuente signed the agreement in Santiago de Chile with 12 new quotas."},
                 {"title": "México y Chile firman un acuerdo pesquero", "date": "2026-02-10", "number": "41", "language": "es",
                  "text": "México y Chile firman un acuerdo pesquero\\n\\nEl canciller Juan Ramón de la Fuente firmó el acuerdo en Santiago de Chile con 12 nuevas cuotas."},
                 {"title": "no text at all"}
                ]
                """, StandardCharsets.UTF_8);
        return json;
    }

    private static Set<String> releaseGraphs(DatasetGraph dsg) {
        Set<String> out = new HashSet<>();
        Txn.executeRead(dsg, () -> dsg.listGraphNodes().forEachRemaining(g -> {
            if (g.getURI().startsWith(Namespaces.DEFAULT_BASE + "graph/release/")) out.add(g.getURI());
        }));
        return out;
    }

    @Test
    void eachRecordIsAReleaseAndABadRecordIsOneFailure() throws Exception {
        Path dir = tmp.resolve("ds");
        List<String> failures = new java.util.ArrayList<>();
        BuildReport report = new Builder(Namespaces.DEFAULT_BASE, List.of(), CLOCK)
                .build(Inputs.expand(List.of(records().toString())), dir,
                        Builder.Options.defaults().withOnFailure(failures::add));
        assertEquals(2, report.releases(), report.summary());
        assertEquals(1, failures.size(), failures.toString());
        assertTrue(failures.get(0).contains("releases.json"), failures.get(0));
        assertEquals(Set.of(IRIS.releaseGraph("2026-02-10-41-en").getURI(), IRIS.releaseGraph("2026-02-10-41-es").getURI()),
                releaseGraphs(DatasetLayout.of(dir).connect()));
    }

    @Test
    void spanishAndEnglishVersionsAreLinked() throws Exception {
        Path dir = tmp.resolve("ds");
        new Builder(Namespaces.DEFAULT_BASE, List.of(), CLOCK).build(Inputs.expand(List.of(records().toString())), dir,
                Builder.Options.defaults());
        Node en = IRIS.release("2026-02-10-41-en");
        Node es = IRIS.release("2026-02-10-41-es");
        DatasetGraph dsg = DatasetLayout.of(dir).connect();
        Txn.executeRead(dsg, () -> {
            assertTrue(dsg.contains(IRIS.translationsGraph(), es, Schema.workTranslation, en));
            assertTrue(dsg.contains(IRIS.translationsGraph(), en, Schema.translationOfWork, es));
        });
    }

    @Test
    void secondBuildLeavesTheRecordsUnchanged() throws Exception {
        Path dir = tmp.resolve("ds");
        Path json = records();
        Builder builder = new Builder(Namespaces.DEFAULT_BASE, List.of(), CLOCK);
        builder.build(Inputs.expand(List.of(json.toString())), dir, Builder.Options.defaults());
        BuildReport again = builder.build(Inputs.expand(List.of(json.toString())), dir, Builder.Options.defaults());
        assertEquals(2, again.releases(), again.summary());
        assertEquals(2, again.unchanged(), again.summary());
    }
}
