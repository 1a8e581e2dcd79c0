package org.comunicado.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
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
 * {@link #addGraph(Node, Collection)} / {@link #addQuads(Collection)}, optionally
 * {@link #graphOrder(List)}, then {@link #commit()}.
 * Everything is built in a temporary sibling directory {@code DIR.tmp-<random>}: quads stream
 * into TDB2 (one write transaction, or Jena's parallel bulk loader: see {@link Loading}) and are
 * not kept in memory. Each graph's block of the TriG file ({@link TrigFormat}) is made as the graph
 * is added and appended to a spool file in the temporary directory; at commit the TriG file is
 * assembled from the spool in the graph order ({@link TrigFile}; a graph added in pieces is read
 * back from TDB2 instead), then {@code fuseki.ttl} is written; only then is the result swapped in: an existing
 * {@code DIR} is renamed aside, the temporary directory renamed to {@code DIR}, and the old one
 * deleted. {@link #abort()}, {@link #close()} before commit, and any failure delete the temporary
 * directory and leave {@code DIR} as it was. A process killed at any moment leaves {@code DIR}
 * as it was, or (killed between the two renames) {@code DIR} missing and the previous dataset in
 * {@code DIR.old-*}, which {@link #recoverLeftovers(Path)} puts back.
 * <p>
 * The TriG file is deterministic for the same content: {@link TrigFormat}, graphs in the order
 * first given (or as set by {@link #graphOrder(List)}), each graph one block with its triples
 * sorted and de-duplicated.
 * <p>
 * Not thread-safe: one thread drives a writer. If an in-process {@link ComunicadoServer} serves
 * {@code DIR}, stop it before committing a rebuild.
 */
public final class DatasetWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DatasetWriter.class);

    private enum State { NEW, OPEN, COMMITTED, ABORTED }

    /** How quads go into the new TDB2 database. */
    public enum Loading {
        /** {@code DatasetGraph.add} inside one write transaction. */
        TRANSACTION,
        /** Jena's parallel bulk loader ({@code LoaderFactory.parallelLoader}), fed as a stream. */
        PARALLEL_LOADER
    }

    /** The loading used unless {@link #loading(Loading)} says otherwise; see the README for the measurements. */
    public static final Loading DEFAULT_LOADING = Loading.PARALLEL_LOADER;

    /** The spool of TriG blocks in the temporary directory; deleted before the swap. */
    private static final String SPOOL_FILE = ".trig-blocks";

    private final DatasetLayout target;
    private final String base;
    private final TrigFormat format;
    private State state = State.NEW;

    private Path tmpDir;
    private DatasetLayout tmpLayout;
    private DatasetGraph dsg;
    private Loading loading = DEFAULT_LOADING;
    private DataLoader loader;
    private StreamRDF sink;
    private long triples;

    private BlockFile spool;

    private final Set<Node> graphs = new LinkedHashSet<>();
    /** Graphs added in pieces: their blocks are made from TDB2 at commit. */
    private final Set<Node> fromStore = new HashSet<>();
    private List<Node> graphOrder;

    private DatasetWriter(DatasetLayout target, String base) {
        this.target = target;
        this.base = base;
        this.format = TrigFormat.of(base);
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

    /** Chooses how quads are loaded into TDB2; call before {@link #begin()}. */
    public DatasetWriter loading(Loading how) {
        require(State.NEW, "loading");
        this.loading = Objects.requireNonNull(how, "how");
        return this;
    }

    /** Creates the temporary directory and starts loading its TDB2 database. */
    public DatasetWriter begin() {
        require(State.NEW, "begin");
        state = State.OPEN;
        try {
            Path parent = target.dir().getParent();
            Files.createDirectories(parent);
            tmpDir = Files.createTempDirectory(parent, target.dir().getFileName() + ".tmp-");
            tmpLayout = DatasetLayout.of(tmpDir);
            spool = BlockFile.spool(tmpDir.resolve(SPOOL_FILE), format);
            dsg = DatabaseMgr.connectDatasetGraph(tmpLayout.tdb2().toString());
            PrefixMap prefixes = Namespaces.prefixMap(base);
            if (loading == Loading.PARALLEL_LOADER) {
                Txn.executeWrite(dsg, () -> prefixes.forEach((prefix, uri) -> dsg.prefixes().add(prefix, uri)));
                loader = LoaderFactory.parallelLoader(dsg, MonitorOutputs.nullOutput());
                loader.startBulk();
                sink = loader.stream();
            } else {
                dsg.begin(TxnType.WRITE);
                prefixes.forEach((prefix, uri) -> dsg.prefixes().add(prefix, uri));
                sink = StreamRDFLib.dataset(dsg);
            }
            return this;
        } catch (IOException | RuntimeException ex) {
            abortAfterFailure(ex);
            throw wrap(ex, "Cannot start writing " + target.dir());
        }
    }

    /** Adds one quad. */
    public void add(Quad quad) {
        require(State.OPEN, "add");
        Objects.requireNonNull(quad, "quad");
        try {
            graphs.add(quad.getGraph());
            fromStore.add(quad.getGraph());
            sink.quad(quad);
            triples++;
        } catch (RuntimeException ex) {
            abortAfterFailure(ex);
            throw ex;
        }
    }

    /** Adds a whole graph. */
    public void addGraph(Node graphName, Collection<Triple> graphTriples) {
        require(State.OPEN, "addGraph");
        Objects.requireNonNull(graphName, "graphName");
        addGraph(format.block(graphName, graphTriples));
    }

    /**
     * Adds a whole graph, its block already made (on any thread) by a {@link TrigFormat} for this
     * writer's base; a block of another format is made again.
     */
    public void addGraph(TrigBlock block) {
        require(State.OPEN, "addGraph");
        Node g = block.graph();
        if (!block.format().equals(format))
            block = format.block(g, block.triples());
        try {
            for (Triple t : block.triples())
                sink.quad(new Quad(g, t));
            triples += block.triples().size();
            if (graphs.add(g)) {
                spool.append(block);
            } else {
                spool.forget(g);
                fromStore.add(g);
            }
        } catch (IOException | RuntimeException ex) {
            abortAfterFailure(ex);
            throw wrap(ex, "Cannot spool the TriG block of " + g);
        }
    }

    /** Adds quads, as {@link #add(Quad)} does for each in turn. */
    public void addQuads(Collection<Quad> quads) {
        for (Quad q : quads)
            add(q);
    }

    /**
     * The order of the graphs in the TriG file; graphs added but not listed are left out of it
     * (they are still in TDB2). Without this call: the order in which graphs were first added.
     */
    public void graphOrder(List<Node> order) {
        require(State.OPEN, "graphOrder");
        this.graphOrder = List.copyOf(order);
    }

    /** Triples handed to this writer so far (a graph's repeated triples counted once, repeated quads each time). */
    public long triplesAdded() {
        return triples;
    }

    /**
     * Finishes the dataset and swaps it in as {@code DIR}. On failure the temporary directory is
     * deleted, {@code DIR} is left (or put back) as it was, and the exception is rethrown.
     */
    public void commit() {
        require(State.OPEN, "commit");
        try {
            finishLoading();
            List<Node> order = graphOrder != null ? graphOrder : new ArrayList<>(graphs);
            TrigFile.inReadTransaction(dsg, () -> TrigFile.write(tmpLayout.trig(), format, order, (g, out) -> {
                if (fromStore.contains(g))
                    out.write(TrigFile.block(dsg, format, g).bytes());
                else
                    spool.copy(g, out);
            }));
            spool.close();
            spool = null;
            Files.delete(tmpDir.resolve(SPOOL_FILE));
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

    private void finishLoading() {
        if (loader != null) {
            DataLoader l = loader;
            loader = null;
            l.finishBulk();
        } else {
            dsg.commit();
            dsg.end();
        }
    }

    /**
     * Tidies what a killed build left next to {@code dir}: if {@code dir} is missing but a
     * {@code dir.old-*} copy exists (a build killed between its two renames), the newest copy is
     * put back; then every {@code dir.tmp-*} and {@code dir.old-*} is deleted. Only call this
     * when no other build of {@code dir} is running.
     */
    public static void recoverLeftovers(Path dir) throws IOException {
        Path d = dir.toAbsolutePath().normalize();
        Path parent = d.getParent();
        if (parent == null || !Files.isDirectory(parent))
            return;
        String name = d.getFileName().toString();
        List<Path> old = new ArrayList<>();
        List<Path> tmp = new ArrayList<>();
        try (var s = Files.list(parent)) {
            s.forEach(p -> {
                String n = p.getFileName().toString();
                if (n.startsWith(name + ".old-"))
                    old.add(p);
                else if (n.startsWith(name + ".tmp-"))
                    tmp.add(p);
            });
        }
        if (!Files.exists(d) && !old.isEmpty()) {
            Path newest = old.stream().max(java.util.Comparator.comparing(DatasetWriter::modified)).orElseThrow();
            Files.move(newest, d, StandardCopyOption.ATOMIC_MOVE);
            old.remove(newest);
            LOG.warn("Put back {} from {}, left by an interrupted build", d, newest.getFileName());
        }
        for (Path p : old)
            AtomicFiles.deleteRecursively(p);
        for (Path p : tmp)
            AtomicFiles.deleteRecursively(p);
        if (Files.isDirectory(d)) {
            // Half-written TriG files of an update killed while rewriting comunicado.trig.
            try (var s = Files.list(d)) {
                for (Path p : s.filter(p -> p.getFileName().toString().startsWith("." + DatasetLayout.TRIG_FILE)
                        && p.getFileName().toString().endsWith(".tmp")).toList())
                    Files.deleteIfExists(p);
            }
        }
    }

    private static java.nio.file.attribute.FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
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

    private void abortAfterFailure(Exception cause) {
        if (state == State.ABORTED || state == State.COMMITTED)
            return;
        state = State.ABORTED;
        List<Exception> problems = new ArrayList<>();
        cleanUp(problems);
        problems.forEach(cause::addSuppressed);
    }

    private void cleanUp(List<Exception> problems) {
        sink = null;
        if (spool != null) {
            try {
                spool.close();
            } catch (IOException ex) {
                problems.add(ex);
            }
            spool = null;
        }
        if (loader != null) {
            try {
                loader.finishException(new IllegalStateException("build abandoned"));
            } catch (RuntimeException ex) {
                problems.add(ex);
            }
            loader = null;
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
