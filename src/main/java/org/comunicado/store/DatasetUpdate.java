package org.comunicado.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Changes an existing dataset directory in place: named graphs dropped and added inside ONE TDB2
 * write transaction, then a new TriG file written to a temporary name and moved into place
 * atomically. The new TriG file is patched, not formatted again: the blocks of graphs this update
 * did not touch are copied as bytes from the previous file ({@link BlockFile}), those of the
 * graphs it added are made from their triples, and those of graphs it dropped are left out; the
 * result is byte for byte the file {@link TrigFile} writes from the updated database. When the
 * previous file cannot be trusted (a previous update died before replacing it, or it is not in
 * {@link TrigFormat}) the TriG file is written from TDB2 instead.
 * <p>
 * Use: {@link #begin}, read through {@link #dataset()} and change with {@link #dropGraph} /
 * {@link #addGraph} / {@link #replaceGraph}, then {@link #commit(List)} or {@link #abort()}. Until the commit nothing is
 * visible; a process killed before it leaves the database as it was (TDB2 recovers from its
 * journal). Between the TDB2 commit and the TriG move, the marker {@link DatasetLayout#trigPending()}
 * exists, so a process killed there leaves a TDB2 database that is complete and a TriG file that
 * the next build rewrites ({@link #rewriteTrig}).
 * <p>
 * Not thread-safe: the thread that began the update drives it (TDB2 transactions are per thread).
 */
public final class DatasetUpdate implements AutoCloseable {
    private final DatasetLayout layout;
    private final String base;
    private final TrigFormat format;
    private final boolean trigWasPending;
    private DatasetGraph dsg;
    /** Graphs whose whole content this update added: their blocks. */
    private final Map<Node, TrigBlock> blocks = new HashMap<>();
    /** Graphs dropped (and not added since), or added to without being dropped: their blocks come from TDB2. */
    private final Set<Node> fromStore = new HashSet<>();

    private DatasetUpdate(DatasetLayout layout, String base, DatasetGraph dsg) {
        this.layout = layout;
        this.base = base;
        this.format = TrigFormat.of(base);
        this.trigWasPending = trigPending(layout);
        this.dsg = dsg;
    }

    /**
     * Opens the existing TDB2 database of {@code layout} and begins the write transaction.
     *
     * @throws DatasetInUseException if another process holds the database (nothing is changed)
     */
    public static DatasetUpdate begin(DatasetLayout layout, String base) throws DatasetInUseException {
        Objects.requireNonNull(base, "base");
        DatasetGraph dsg = layout.connectForWriting();
        dsg.begin(TxnType.WRITE);
        return new DatasetUpdate(layout, base, dsg);
    }

    /** The database, inside this update's write transaction (for reads before changing it). */
    public DatasetGraph dataset() {
        requireOpen();
        return dsg;
    }

    /** Removes every quad of graph {@code g}. */
    public void dropGraph(Node g) {
        requireOpen();
        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        blocks.remove(g);
        fromStore.add(g);
    }

    /**
     * Makes graph {@code block.graph()} hold exactly the triples of {@code block}: only the
     * triples that differ are deleted and added, so a graph that changed a little costs little.
     */
    public void replaceGraph(TrigBlock block) {
        requireOpen();
        Node g = block.graph();
        if (!block.format().equals(format))
            block = format.block(g, block.triples());
        Set<Triple> wanted = new HashSet<>(block.triples());
        List<Triple> unwanted = new ArrayList<>();
        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            Triple t = q.asTriple();
            if (!wanted.remove(t))
                unwanted.add(t);
        });
        for (Triple t : unwanted)
            dsg.delete(new Quad(g, t));
        for (Triple t : block.triples())
            if (wanted.contains(t))
                dsg.add(new Quad(g, t));
        blocks.put(g, block);
        fromStore.remove(g);
    }

    /** Adds {@code triples} to graph {@code g}. */
    public void addGraph(Node g, Collection<Triple> triples) {
        addGraph(format.block(g, triples));
    }

    /**
     * Adds the triples of {@code block} to its graph. When the graph was empty (new, or dropped
     * by this update) the block is the graph's new block in the TriG file.
     */
    public void addGraph(TrigBlock block) {
        requireOpen();
        Node g = block.graph();
        if (!block.format().equals(format))
            block = format.block(g, block.triples());
        TrigBlock before = blocks.get(g);
        boolean wasEmpty = before == null && !dsg.contains(g, Node.ANY, Node.ANY, Node.ANY);
        for (Triple t : block.triples())
            dsg.add(new Quad(g, t));
        if (before != null) {
            List<Triple> all = new ArrayList<>(before.triples());
            all.addAll(block.triples());
            blocks.put(g, format.block(g, all));
        } else if (wasEmpty) {
            blocks.put(g, block);
            fromStore.remove(g);
        } else {
            fromStore.add(g);
        }
    }

    /** Commits the TDB2 transaction, then writes the TriG file with the graphs in {@code trigOrder}. */
    public void commit(List<Node> trigOrder) {
        requireOpen();
        try {
            Files.deleteIfExists(layout.trigPending());
            Files.createFile(layout.trigPending());
        } catch (IOException ex) {
            abort();
            throw new UncheckedIOException("Cannot write " + layout.trigPending() + ": " + ex.getMessage(), ex);
        }
        try {
            dsg.commit();
        } finally {
            dsg.end();
        }
        dsg = null;
        if (trigWasPending || !patchTrig(trigOrder))
            rewriteTrig(layout, base, trigOrder);
        else
            finishTrig(layout);
    }

    /** Writes the TriG file from the previous one and this update's blocks; false if the previous one is unusable. */
    private boolean patchTrig(List<Node> trigOrder) {
        DatasetGraph store = layout.connect();
        try (BlockFile previous = BlockFile.scan(layout.trig(), format)) {
            if (previous == null)
                return false;
            TrigFile.inReadTransaction(store, () -> TrigFile.write(layout.trig(), format, trigOrder, (g, out) -> {
                TrigBlock added = blocks.get(g);
                if (added != null)
                    out.write(added.bytes());
                else if (fromStore.contains(g) || !previous.copy(g, out))
                    out.write(TrigFile.block(store, format, g).bytes());
            }));
            return true;
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot read " + layout.trig() + ": " + ex.getMessage(), ex);
        }
    }

    /** Abandons the update: the database is left as it was. Idempotent. */
    public void abort() {
        if (dsg == null)
            return;
        try {
            dsg.abort();
        } finally {
            dsg.end();
            dsg = null;
        }
    }

    @Override
    public void close() {
        abort();
    }

    /** True if a previous update committed TDB2 but did not finish rewriting the TriG file. */
    public static boolean trigPending(DatasetLayout layout) {
        return Files.exists(layout.trigPending());
    }

    /** Rewrites {@code layout}'s TriG file from its TDB2 database, then removes the pending marker. */
    public static void rewriteTrig(DatasetLayout layout, String base, List<Node> trigOrder) {
        TrigFile.write(layout.connect(), layout.trig(), base, trigOrder);
        finishTrig(layout);
    }

    /** After the TriG file is in place: the Fuseki configuration if missing, and no pending marker. */
    private static void finishTrig(DatasetLayout layout) {
        if (!Files.isRegularFile(layout.fusekiConfig()))
            FusekiConfig.write(layout);
        try {
            Files.deleteIfExists(layout.trigPending());
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot delete " + layout.trigPending() + ": " + ex.getMessage(), ex);
        }
    }

    private void requireOpen() {
        if (dsg == null)
            throw new IllegalStateException("DatasetUpdate of " + layout.dir() + " is already finished");
    }
}
