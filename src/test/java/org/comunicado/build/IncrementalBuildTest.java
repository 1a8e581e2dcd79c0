package org.comunicado.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.comunicado.model.Namespaces;
import org.comunicado.query.Exporter;
import org.comunicado.query.ShaclCheck;
import org.comunicado.store.DatasetLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Updates of an existing dataset on disk: what is re-extracted, replaced, kept and dropped. */
class IncrementalBuildTest {
    private static final Clock FIRST = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final Clock SECOND = Clock.fixed(Instant.parse("2026-02-01T00:00:00Z"), ZoneOffset.UTC);
    private static final String GRAPH = Namespaces.DEFAULT_BASE + "graph/release/";

    static Builder first;
    static Builder second;

    /** Four generated releases and their dataset, built once; each test works on a copy. */
    @TempDir
    static Path template;

    @TempDir
    Path tmp;

    @BeforeAll
    static void builders() throws IOException {
        first = new Builder(Namespaces.DEFAULT_BASE, List.of(), FIRST);
        second = new Builder(Namespaces.DEFAULT_BASE, List.of(), SECOND);
        GeneratedReleases.write(template.resolve("src"), 4);
        BuildReport r = first.build(inputs(template.resolve("src")), template.resolve("ds"), Builder.Options.defaults());
        assertEquals(4, r.added(), r.summary());
        org.apache.jena.tdb2.sys.TDBInternal.expel(DatasetLayout.of(template.resolve("ds")).connect());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p))
                    Files.createDirectories(t);
                else
                    Files.copy(p, t);
            }
        }
    }

    /**
     * The {@code .txt} files of {@code dir} as inputs whose source IRIs do not depend on where
     * {@code dir} is, so that a copied dataset and copied sources still match.
     */
    private static List<Input> inputs(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted()
                    .map(p -> new Input(p.toString(), "https://example.org/src/" + p.getFileName(), () -> Files.readAllBytes(p)))
                    .toList();
        }
    }

    private static Map<Node, Set<Quad>> quadsByGraph(DatasetLayout layout) {
        DatasetGraph dsg = layout.connect();
        Map<Node, Set<Quad>> out = new HashMap<>();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> out.computeIfAbsent(q.getGraph(), g -> new HashSet<>()).add(q)));
        return out;
    }

    private static Set<Quad> trigQuads(DatasetLayout layout) {
        Set<Quad> s = new HashSet<>();
        RDFDataMgr.loadDatasetGraph(layout.trig().toString()).find().forEachRemaining(s::add);
        return s;
    }

    private static Set<Quad> all(Map<Node, Set<Quad>> byGraph) {
        Set<Quad> s = new HashSet<>();
        byGraph.values().forEach(s::addAll);
        return s;
    }

    static String sortedNQuads(DatasetLayout l) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.export(l, Exporter.Format.NQUADS, null, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Node graphOf(int n) {
        return org.apache.jena.graph.NodeFactory.createURI(GRAPH + slug(n));
    }

    private static String slug(int n) {
        return java.time.LocalDate.of(2024, 1, 1).plusDays(n % 360) + "-" + (1000 + n) + "-en";
    }

    /**
     * A copy of the template's 4 releases in {@code src} and of its dataset (built with the first
     * clock, so the inputs' paths are the template's: the copies are rewritten there too).
     */
    private Path firstBuild(Path src) throws IOException {
        copy(template.resolve("src"), src);
        Path dir = tmp.resolve("ds");
        copy(template.resolve("ds"), dir);
        return dir;
    }

    @Test
    void secondBuildOfTheSameInputsChangesNothing() throws IOException {
        Path src = tmp.resolve("src");
        Path dir = firstBuild(src);
        DatasetLayout layout = DatasetLayout.of(dir);
        String nq = sortedNQuads(layout);
        byte[] trig = Files.readAllBytes(layout.trig());

        BuildReport r = second.build(inputs(src), dir, Builder.Options.defaults());
        assertEquals(List.of(4, 0, 0, 0), List.of(r.unchanged(), r.added(), r.changed(), r.removed()), r.summary());
        assertEquals(4, r.releases());
        assertTrue(r.summary().startsWith("releases: 4 (added 0, changed 0, unchanged 4, removed 0, failed 0)"), r.summary());
        assertEquals(nq, sortedNQuads(layout), "not even the build times were rewritten");
        assertArrayEquals(trig, Files.readAllBytes(layout.trig()));
    }

    @Test
    void oneChangedFileReplacesExactlyItsGraph() throws IOException {
        Path src = tmp.resolve("src");
        Path dir = firstBuild(src);
        DatasetLayout layout = DatasetLayout.of(dir);
        Map<Node, Set<Quad>> before = quadsByGraph(layout);

        GeneratedReleases.write(src, 2, "The Ministry of Economy will publish the figures in Spain next week.");
        BuildReport r = second.build(inputs(src), dir, Builder.Options.defaults());
        assertEquals(List.of(3, 0, 1, 0), List.of(r.unchanged(), r.added(), r.changed(), r.removed()), r.summary());

        Map<Node, Set<Quad>> after = quadsByGraph(layout);
        assertEquals(before.keySet(), after.keySet());
        for (int n : new int[] {0, 1, 3})
            assertEquals(before.get(graphOf(n)), after.get(graphOf(n)), "graph of release " + n + " untouched");
        assertNotEquals(before.get(graphOf(2)), after.get(graphOf(2)));
        assertTrue(after.get(graphOf(2)).stream().anyMatch(q -> q.getObject().isLiteral()
                && q.getObject().getLiteralLexicalForm().contains("Ministry of Economy")));
        assertEquals(all(after), trigQuads(layout), "TriG rewritten to match TDB2");

        // The update gives exactly what a fresh build of the same inputs (same clock) gives.
        Path fresh = tmp.resolve("fresh");
        second.build(inputs(src), fresh, Builder.Options.defaults());
        assertEquals(sortedNQuads(DatasetLayout.of(fresh)), sortedNQuads(layout));
        assertArrayEquals(Files.readAllBytes(DatasetLayout.of(fresh).trig()), Files.readAllBytes(layout.trig()));
    }

    @Test
    void addedFileIsAddedAndTheOthersAreNotReExtracted() throws IOException {
        Path src = tmp.resolve("src");
        Path dir = firstBuild(src);
        DatasetLayout layout = DatasetLayout.of(dir);
        Map<Node, Set<Quad>> before = quadsByGraph(layout);
        GeneratedReleases.write(src, 7, "");
        BuildReport r = second.build(inputs(src), dir, Builder.Options.defaults());
        assertEquals(List.of(4, 1, 0, 0), List.of(r.unchanged(), r.added(), r.changed(), r.removed()), r.summary());
        assertEquals(5, r.releases());
        Map<Node, Set<Quad>> after = quadsByGraph(layout);
        assertTrue(after.containsKey(graphOf(7)));
        for (int n = 0; n < 4; n++)
            assertEquals(before.get(graphOf(n)), after.get(graphOf(n)));
        assertEquals(all(after), trigQuads(layout));
    }

    @Test
    void removedFileIsKeptWithoutPruneAndDroppedWithIt() throws IOException {
        Path src = tmp.resolve("src");
        Path dir = firstBuild(src);
        DatasetLayout layout = DatasetLayout.of(dir);
        Files.delete(src.resolve("release-0001.txt"));

        BuildReport kept = second.build(inputs(src), dir, Builder.Options.defaults());
        assertEquals(List.of(3, 0), List.of(kept.unchanged(), kept.removed()), kept.summary());
        assertEquals(4, kept.releases());
        assertEquals(1, kept.notInInputs());
        assertTrue(kept.summary().contains("not in inputs: 1"), kept.summary());
        assertTrue(quadsByGraph(layout).containsKey(graphOf(1)));

        BuildReport pruned = second.build(inputs(src), dir, Builder.Options.defaults().withPrune(true));
        assertEquals(List.of(3, 1), List.of(pruned.unchanged(), pruned.removed()), pruned.summary());
        assertEquals(3, pruned.releases());
        Map<Node, Set<Quad>> after = quadsByGraph(layout);
        assertFalse(after.containsKey(graphOf(1)));
        assertEquals(all(after), trigQuads(layout));
        assertFalse(sortedNQuads(layout).contains("release-0001.txt"), "the build graph forgot the input too");
        assertTrue(ShaclCheck.validate(layout, ShaclCheck.bundledShapes()).conforms());
    }

    @Test
    void rebuildStartsFromScratch() throws IOException {
        Path src = tmp.resolve("src");
        Path dir = firstBuild(src);
        Files.delete(src.resolve("release-0003.txt"));
        BuildReport r = second.build(inputs(src), dir, Builder.Options.defaults().withRebuild(true));
        assertEquals(List.of(0, 3, 0, 0), List.of(r.unchanged(), r.added(), r.changed(), r.removed()), r.summary());
        assertEquals(3, r.releases());
        assertFalse(quadsByGraph(DatasetLayout.of(dir)).containsKey(graphOf(3)));
    }

    @Test
    void aChangedInputThatNoLongerReadsKeepsItsRelease() throws IOException {
        Path src = tmp.resolve("src");
        Path dir = firstBuild(src);
        DatasetLayout layout = DatasetLayout.of(dir);
        Set<Quad> before = quadsByGraph(layout).get(graphOf(2));
        Files.write(src.resolve("release-0002.txt"), new byte[0]);
        BuildReport r = second.build(inputs(src), dir, Builder.Options.defaults().withPrune(true));
        assertEquals(1, r.failures().size(), r.summary());
        assertTrue(r.failures().get(0).contains("release-0002.txt"), r.failures().toString());
        assertEquals(4, r.releases());
        assertEquals(before, quadsByGraph(layout).get(graphOf(2)));
    }

    @Test
    void aNewTextWithAnExistingSlugGetsAContentSuffix() throws IOException {
        Path src = tmp.resolve("src");
        Path dir = firstBuild(src);
        // Same date and number as release 1, different text: a collision, not a duplicate.
        Files.writeString(src.resolve("zz-other.txt"), GeneratedReleases.text(1, "A different closing paragraph about Peru."));
        BuildReport r = second.build(inputs(src), dir, Builder.Options.defaults());
        assertEquals(List.of(4, 1), List.of(r.unchanged(), r.added()), r.summary());
        Set<Node> graphs = quadsByGraph(DatasetLayout.of(dir)).keySet();
        assertTrue(graphs.contains(graphOf(1)));
        assertTrue(graphs.stream().anyMatch(g -> g.getURI().startsWith(graphOf(1).getURI() + "-")), graphs.toString());
    }

    @Test
    void parallelBuildIsByteIdenticalToASingleThreadedOne() throws IOException {
        Path src = tmp.resolve("src");
        GeneratedReleases.write(src, 16);
        // Two texts with the same slug: which one keeps the plain slug must not depend on timing.
        Files.writeString(src.resolve("release-0016.txt"), GeneratedReleases.text(5, "Another text with the same number."));
        Path one = tmp.resolve("one");
        Path many = tmp.resolve("many");
        first.build(inputs(src), one, Builder.Options.defaults().withThreads(1));
        BuildReport r = first.build(inputs(src), many, Builder.Options.defaults().withThreads(8));
        assertEquals(17, r.releases(), r.summary());
        assertArrayEquals(Files.readAllBytes(DatasetLayout.of(one).trig()), Files.readAllBytes(DatasetLayout.of(many).trig()));
        assertEquals(sortedNQuads(DatasetLayout.of(one)), sortedNQuads(DatasetLayout.of(many)));
    }

    @Test
    void leftoversOfAKilledBuildAreCleanedUp() throws IOException {
        Path src = tmp.resolve("src");
        Path dir = firstBuild(src);
        Files.createDirectories(tmp.resolve("ds.tmp-123").resolve("tdb2"));
        Files.writeString(tmp.resolve("ds.tmp-123").resolve("comunicado.trig"), "half");
        Files.createDirectories(tmp.resolve("ds.old-abc"));
        Files.writeString(dir.resolve(".comunicado.trig123.tmp"), "half");
        second.build(inputs(src), dir, Builder.Options.defaults());
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(Set.of("src", "ds"), s.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void aDatasetMovedAsideByAKilledSwapIsPutBack() throws IOException {
        Path src = tmp.resolve("src");
        Path dir = firstBuild(src);
        String nq = sortedNQuads(DatasetLayout.of(dir));
        org.apache.jena.tdb2.sys.TDBInternal.expel(DatasetLayout.of(dir).connect());
        Files.move(dir, tmp.resolve("ds.old-1"));
        BuildReport r = second.build(inputs(src), dir, Builder.Options.defaults());
        assertEquals(4, r.unchanged(), r.summary());
        assertEquals(nq, sortedNQuads(DatasetLayout.of(dir)));
    }

    @Test
    void progressPrintsPlainLinesWhenNotATerminal() throws IOException {
        Path src = tmp.resolve("src");
        GeneratedReleases.write(src, 6);
        StringWriter err = new StringWriter();
        first.build(inputs(src), tmp.resolve("ds"), Builder.Options.defaults().withProgress(Progress.to(new PrintWriter(err), false)));
        List<String> lines = err.toString().lines().toList();
        assertFalse(lines.isEmpty());
        assertTrue(lines.stream().allMatch(l -> l.matches("progress: \\d+/6 releases  \\d+\\.\\d/s(  ETA \\d+s)?")), lines.toString());
        assertTrue(lines.get(lines.size() - 1).startsWith("progress: 6/6 releases"), lines.toString());
        assertFalse(err.toString().contains("\r"));
    }
}
