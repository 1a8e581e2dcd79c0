package org.comunicado.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Changes an existing dataset directory in place: named graphs dropped and added inside ONE TDB2
 * write transaction, then the TriG file rewritten from TDB2 ({@link TrigFile}) and moved into
 * place atomically.
 * <p>
 * Use: {@link #begin}, read through {@link #dataset()} and change with {@link #dropGraph} /
 * {@link #addGraph}, then {@link #commit(List)} or {@link #abort()}. Until the commit nothing is
 * visible; a process killed before it leaves the database as it was (TDB2 recovers from its
 * journal). Between the TDB2 commit and the TriG move, the marker {@link DatasetLayout#trigPending()}
 * exists, so a process killed there leaves a TDB2 database that is complete and a TriG file that
 * the next build rewrites ({@link #rewriteTrigIfPending}).
 * <p>
 * Not thread-safe: the thread that began the update drives it (TDB2 transactions are per thread).
 */
public final class DatasetUpdate implements AutoCloseable {
    private final DatasetLayout layout;
    private final String base;
    private DatasetGraph dsg;

    private DatasetUpdate(DatasetLayout layout, String base, DatasetGraph dsg) {
        this.layout = layout;
        this.base = base;
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
    }

    /** Adds {@code triples} to graph {@code g}. */
    public void addGraph(Node g, Collection<Triple> triples) {
        requireOpen();
        for (Triple t : triples)
            dsg.add(new Quad(g, t));
    }

    /**
     * Commits the TDB2 transaction, then rewrites the TriG file with the graphs in {@code trigOrder}.
     * Returns the number of triples in the TriG file.
     */
    public long commit(List<Node> trigOrder) {
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
        return rewriteTrig(layout, base, trigOrder);
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
    public static long rewriteTrig(DatasetLayout layout, String base, List<Node> trigOrder) {
        long n = TrigFile.write(layout.connect(), layout.trig(), base, trigOrder);
        if (!Files.isRegularFile(layout.fusekiConfig()))
            FusekiConfig.write(layout);
        try {
            Files.deleteIfExists(layout.trigPending());
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot delete " + layout.trigPending() + ": " + ex.getMessage(), ex);
        }
        return n;
    }

    private void requireOpen() {
        if (dsg == null)
            throw new IllegalStateException("DatasetUpdate of " + layout.dir() + " is already finished");
    }
}
