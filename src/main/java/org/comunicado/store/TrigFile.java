package org.comunicado.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Writes a dataset's TriG file ({@link TrigFormat}): the header, then the block of each graph in
 * the order given (graphs that are empty or absent are left out). The file is written to a
 * temporary name and moved into place only when complete. Where each block comes from is the
 * caller's choice ({@link Blocks}): blocks made while loading, text copied from an earlier file
 * ({@link BlockFile}), or the TDB2 database graph by graph; the bytes are the same whichever way.
 * Stateless and thread-safe.
 */
public final class TrigFile {

    /** Writes the block of graph {@code g} (nothing for an empty graph); must not close {@code out}. */
    @FunctionalInterface
    interface Blocks {
        void write(Node g, OutputStream out) throws IOException;
    }

    private TrigFile() {
    }

    /**
     * Writes {@code file} from {@code dsg} (in a read transaction of its own unless the caller is
     * already in one) with the graphs in {@code graphs} order, reading one graph at a time.
     */
    public static void write(DatasetGraph dsg, Path file, String base, List<Node> graphs) {
        TrigFormat format = TrigFormat.of(base);
        inReadTransaction(dsg, () -> write(file, format, graphs, (g, out) -> out.write(block(dsg, format, g).bytes())));
    }

    /** Writes {@code file}: {@code format}'s header, then {@code blocks} for each graph of {@code graphs} in turn. */
    static void write(Path file, TrigFormat format, List<Node> graphs, Blocks blocks) {
        Objects.requireNonNull(graphs, "graphs");
        AtomicFiles.write(file, out -> {
            out.write(format.header());
            for (Node g : graphs)
                blocks.write(g, out);
        });
    }

    /** The block of graph {@code g} as {@code dsg} holds it; the caller is in a read transaction. */
    static TrigBlock block(DatasetGraph dsg, TrigFormat format, Node g) {
        List<Triple> triples = new ArrayList<>();
        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> triples.add(q.asTriple()));
        return format.block(g, triples);
    }

    static void inReadTransaction(DatasetGraph dsg, Runnable r) {
        if (dsg.isInTransaction())
            r.run();
        else
            Txn.executeRead(dsg, r);
    }
}
