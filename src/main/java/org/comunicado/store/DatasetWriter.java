package org.comunicado.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.comunicado.model.Namespaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a complete dataset directory (see {@link DatasetLayout}) atomically.
 * <p>
 * Use: {@link #create}, {@link #begin()}, then any number of {@link #add(Quad)} /
 * {@link #addGraph(Node, Collection)} / {@link #addQuads(Collection)}, then {@link #commit()}.
 * Everything is built in a temporary sibling directory {@code DIR.tmp-<random>}: quads stream
 * into TDB2 inside one write transaction and into the TriG file as they come. Only when TDB2 is
 * committed and released, the TriG file closed and {@code fuseki.ttl} written is the result
 * swapped in: an existing {@code DIR} is renamed aside, the temporary directory renamed to
 * {@code DIR}, and the old one deleted. {@link #abort()}, {@link #close()} before commit, and any
 * failure delete the temporary directory and leave {@code DIR} as it was.
 * <p>
 * The TriG file is deterministic for the same sequence of calls: prefixes of
 * {@link Namespaces#prefixMap(String)}, graphs in the order given, the triples of each graph
 * block sorted (by {@link TripleOrder}) and de-duplicated. Consecutive {@link #add(Quad)} calls
 * for the same graph form one block, which is held in memory until the graph changes, so hand
 * over one graph at a time (a release graph is a few thousand quads at most).
 * <p>
 * Not thread-safe: one thread drives a writer. If an in-process {@link ComunicadoServer} serves
 * {@code DIR}, stop it before committing a rebuild.
 */
public final class DatasetWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DatasetWriter.class);

    private enum State { NEW, OPEN, COMMITTED, ABORTED }

    private final DatasetLayout target;
    private final String base;
    private State state = State.NEW;

    private Path tmpDir;
    private DatasetLayout tmpLayout;
    private DatasetGraph dsg;
    private OutputStream trigOut;
    private StreamRDF trig;

    private Node pendingGraph;
    private final List<Triple> pending = new ArrayList<>();

    private DatasetWriter(DatasetLayout target, String base) {
        this.target = target;
        this.base = base;
    }

    /** A writer for the dataset directory {@code dir}; {@code base} is the data base IRI (for prefixes). */
    public static DatasetWriter create(Path dir, String base) {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(base, "base");
        return new DatasetWriter(DatasetLayout.of(dir), base);
    }

    /** The layout of the final directory. */
    public DatasetLayout layout() {
        return target;
    }

    /** Creates the temporary directory, opens the TDB2 write transaction and the TriG output. */
    public DatasetWriter begin() {
        require(State.NEW, "begin");
        state = State.OPEN;
        try {
            Path parent = target.dir().getParent();
            Files.createDirectories(parent);
            tmpDir = Files.createTempDirectory(parent, target.dir().getFileName() + ".tmp-");
            tmpLayout = DatasetLayout.of(tmpDir);
            dsg = DatabaseMgr.connectDatasetGraph(tmpLayout.tdb2().toString());
            dsg.begin(TxnType.WRITE);
            PrefixMap prefixes = Namespaces.prefixMap(base);
            prefixes.forEach((prefix, uri) -> dsg.prefixes().add(prefix, uri));
            trigOut = new BufferedOutputStream(Files.newOutputStream(tmpLayout.trig()), 1 << 16);
            trig = StreamRDFWriter.getWriterStream(trigOut, RDFFormat.TRIG_BLOCKS);
            trig.start();
            prefixes.forEach(trig::prefix);
            return this;
        } catch (IOException | RuntimeException ex) {
            abortAfterFailure(ex);
            throw wrap(ex, "Cannot start writing " + target.dir());
        }
    }

    /** Adds one quad. Consecutive quads of the same graph are written as one sorted TriG block. */
    public void add(Quad quad) {
        require(State.OPEN, "add");
        Objects.requireNonNull(quad, "quad");
        try {
            if (pendingGraph != null && !pendingGraph.equals(quad.getGraph()))
                flushPending();
            pendingGraph = quad.getGraph();
            pending.add(quad.asTriple());
            dsg.add(quad);
        } catch (RuntimeException ex) {
            abortAfterFailure(ex);
            throw ex;
        }
    }

    /** Adds a whole graph: its triples go to TDB2 and, sorted, as one block to the TriG file. */
    public void addGraph(Node graphName, Collection<Triple> triples) {
        require(State.OPEN, "addGraph");
        Objects.requireNonNull(graphName, "graphName");
        try {
            flushPending();
            for (Triple t : triples)
                dsg.add(new Quad(graphName, t));
            writeBlock(graphName, triples);
        } catch (RuntimeException ex) {
            abortAfterFailure(ex);
            throw ex;
        }
    }

    /** Adds quads, as {@link #add(Quad)} does for each in turn. */
    public void addQuads(Collection<Quad> quads) {
        for (Quad q : quads)
            add(q);
    }

    /**
     * Finishes the dataset and swaps it in as {@code DIR}. On failure the temporary directory is
     * deleted, {@code DIR} is left (or put back) as it was, and the exception is rethrown.
     */
    public void commit() {
        require(State.OPEN, "commit");
        try {
            flushPending();
            trig.finish();
            trigOut.close();
            trigOut = null;
            dsg.commit();
            dsg.end();
            TDBInternal.expel(dsg);
            dsg = null;
            FusekiConfig.write(tmpLayout.fusekiConfig(), target.tdb2());
            swapIn();
            state = State.COMMITTED;
        } catch (IOException | RuntimeException ex) {
            abortAfterFailure(ex);
            throw wrap(ex, "Cannot write dataset " + target.dir());
        }
    }

    /** Abandons the build: the temporary directory is deleted; {@code DIR} is untouched. Idempotent. */
    public void abort() {
        if (state == State.COMMITTED || state == State.ABORTED)
            return;
        state = State.ABORTED;
        List<Exception> problems = new ArrayList<>();
        cleanUp(problems);
        if (!problems.isEmpty()) {
            UncheckedIOException ex = new UncheckedIOException(
                    new IOException("Cannot clean up temporary dataset " + tmpDir, problems.get(0)));
            problems.stream().skip(1).forEach(ex::addSuppressed);
            throw ex;
        }
    }

    /** {@link #abort()} unless committed. */
    @Override
    public void close() {
        abort();
    }

    private void swapIn() throws IOException {
        Path dir = target.dir();
        Path aside = null;
        if (Files.exists(dir)) {
            releaseIfOpen(target);
            aside = dir.resolveSibling(dir.getFileName() + ".old-" + Long.toHexString(System.nanoTime()));
            Files.move(dir, aside, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(tmpDir, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException ex) {
            if (aside != null)
                Files.move(aside, dir, StandardCopyOption.ATOMIC_MOVE);
            throw ex;
        }
        tmpDir = null;
        if (aside != null) {
            try {
                AtomicFiles.deleteRecursively(aside);
            } catch (IOException ex) {
                // The new dataset is in place; a leftover copy of the old one is not a failed build.
                LOG.warn("Replaced {} but cannot delete the old copy {}: {}", dir, aside, ex.getMessage());
            }
        }
    }

    /** Jena caches TDB2 connections per JVM: drop the one to the old directory before replacing it. */
    private static void releaseIfOpen(DatasetLayout layout) {
        if (!layout.exists())
            return;
        try {
            DatasetGraph old = layout.connect();
            TDBInternal.expel(old);
        } catch (RuntimeException ex) {
            throw new IllegalStateException("Cannot replace " + layout.dir() + ": its TDB2 database is in use ("
                    + ex.getMessage() + "). Stop any server or query using it and build again.", ex);
        }
    }

    private void flushPending() {
        if (pendingGraph == null)
            return;
        writeBlock(pendingGraph, pending);
        pending.clear();
        pendingGraph = null;
    }

    private void writeBlock(Node graphName, Collection<Triple> triples) {
        for (Triple t : TripleOrder.sortedDistinct(triples))
            trig.quad(new Quad(graphName, t));
    }

    private void abortAfterFailure(Exception cause) {
        if (state == State.ABORTED || state == State.COMMITTED)
            return;
        state = State.ABORTED;
        List<Exception> problems = new ArrayList<>();
        cleanUp(problems);
        problems.forEach(cause::addSuppressed);
    }

    private void cleanUp(List<Exception> problems) {
        pending.clear();
        pendingGraph = null;
        if (trigOut != null) {
            try {
                trigOut.close();
            } catch (IOException | RuntimeException ex) {
                problems.add(ex);
            }
            trigOut = null;
        }
        if (dsg != null) {
            try {
                if (dsg.isInTransaction()) {
                    dsg.abort();
                    dsg.end();
                }
            } catch (RuntimeException ex) {
                problems.add(ex);
            }
            try {
                TDBInternal.expel(dsg, true);
            } catch (RuntimeException ex) {
                problems.add(ex);
            }
            dsg = null;
        }
        if (tmpDir != null) {
            try {
                AtomicFiles.deleteRecursively(tmpDir);
            } catch (IOException ex) {
                problems.add(ex);
            }
            tmpDir = null;
        }
    }

    private void require(State expected, String operation) {
        if (state != expected)
            throw new IllegalStateException("DatasetWriter." + operation + "() called when " + state
                    + " (expected " + expected + ")");
    }

    private static RuntimeException wrap(Exception ex, String message) {
        if (ex instanceof RuntimeException re)
            return re;
        return new UncheckedIOException(message + ": " + ex.getMessage(), (IOException) ex);
    }
}
