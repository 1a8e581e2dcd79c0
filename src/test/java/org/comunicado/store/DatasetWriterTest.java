package org.comunicado.store;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetWriterTest {
    @TempDir
    Path tmp;

    private List<Path> siblings() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.toList();
        }
    }

    @Test
    void writtenQuadsAreInTdb2AndTrig() throws IOException {
        DatasetLayout layout = TestData.write(tmp.resolve("ds"));
        assertEquals(Set.copyOf(TestData.quads()), TestData.tdbQuads(layout));
        assertEquals(Set.copyOf(TestData.quads()), TestData.trigQuads(layout));
        assertTrue(Files.isRegularFile(layout.fusekiConfig()));
        assertEquals(List.of(layout.dir()), siblings(), "no temporary directory left behind");
    }

    @Test
    void secondWriteReplacesTheFirst() throws IOException {
        Path dir = tmp.resolve("ds");
        DatasetLayout first = TestData.write(dir);
        assertEquals(10, TestData.tdbQuads(first).size());
        Quad only = new Quad(TestData.G1, Triple.create(TestData.R1, RDFS.label.asNode(),
                NodeFactory.createLiteralString("replaced")));
        try (DatasetWriter w = DatasetWriter.create(dir, TestData.B)) {
            w.begin();
            w.add(only);
            w.commit();
        }
        DatasetLayout layout = DatasetLayout.of(dir);
        assertEquals(Set.of(only), TestData.tdbQuads(layout));
        assertEquals(Set.of(only), TestData.trigQuads(layout));
        assertEquals(List.of(layout.dir()), siblings());
    }

    @Test
    void failureBetweenAddAndCommitLeavesPreviousDatasetIntact() throws IOException {
        Path dir = tmp.resolve("ds");
        DatasetLayout layout = TestData.write(dir);
        byte[] trigBefore = Files.readAllBytes(layout.trig());
        RuntimeException boom = assertThrows(RuntimeException.class, () -> {
            try (DatasetWriter w = DatasetWriter.create(dir, TestData.B)) {
                w.begin();
                w.add(new Quad(TestData.G1, Triple.create(TestData.R1, RDFS.label.asNode(),
                        NodeFactory.createLiteralString("never"))));
                throw new RuntimeException("boom");
            }
        });
        assertEquals("boom", boom.getMessage());
        assertEquals(Set.copyOf(TestData.quads()), TestData.tdbQuads(layout));
        assertArrayEquals(trigBefore, Files.readAllBytes(layout.trig()));
        assertEquals(List.of(layout.dir()), siblings(), "temporary directory deleted");
    }

    @Test
    void abortOfFirstBuildLeavesNothing() throws IOException {
        Path dir = tmp.resolve("ds");
        DatasetWriter w = DatasetWriter.create(dir, TestData.B).begin();
        w.add(TestData.quads().get(0));
        w.abort();
        assertFalse(Files.exists(dir));
        assertEquals(List.of(), siblings());
        assertThrows(IllegalStateException.class, () -> w.add(TestData.quads().get(0)));
    }

    @Test
    void sameCallsGiveByteIdenticalTrig() throws IOException {
        DatasetLayout a = TestData.write(tmp.resolve("a"));
        DatasetLayout b = TestData.write(tmp.resolve("b"));
        byte[] trig = Files.readAllBytes(a.trig());
        assertArrayEquals(trig, Files.readAllBytes(b.trig()));
        String text = new String(trig, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("PREFIX schema:") || text.contains("@prefix schema:"), text);
        assertTrue(text.indexOf("graph/release/") < text.indexOf("graph/reference"), "graphs in the order given");
    }

    @Test
    void fusekiConfigPointsAtTheFinalAbsoluteDirectory() throws IOException {
        DatasetLayout layout = TestData.write(tmp.resolve("ds"));
        String cfg = Files.readString(layout.fusekiConfig());
        assertTrue(cfg.contains("\"" + layout.tdb2() + "\""), cfg);
        assertFalse(cfg.contains(".tmp-"), cfg);
        assertFalse(cfg.contains("fuseki:update"), cfg);
        assertFalse(cfg.contains("gsp-rw"), cfg);
    }

    @Test
    void databaseInUseIsNotReplaced() throws Exception {
        Path dir = tmp.resolve("ds");
        DatasetLayout layout = TestData.write(dir);
        DatasetGraph dsg = layout.connect();
        java.util.concurrent.CountDownLatch inTxn = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        Thread reader = new Thread(() -> Txn.executeRead(dsg, () -> {
            inTxn.countDown();
            try {
                done.await();
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }));
        reader.start();
        try {
            inTxn.await();
            IllegalStateException ex = assertThrows(IllegalStateException.class, () -> {
                try (DatasetWriter w = DatasetWriter.create(dir, TestData.B)) {
                    w.begin();
                    w.add(TestData.quads().get(0));
                    w.commit();
                }
            });
            assertTrue(ex.getMessage().contains("in use"), ex.getMessage());
        } finally {
            done.countDown();
            reader.join();
        }
        assertEquals(Set.copyOf(TestData.quads()), TestData.tdbQuads(layout));
        assertEquals(List.of(layout.dir()), siblings());
    }
}
