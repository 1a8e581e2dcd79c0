package org.comunicado.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
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

    /** Writes the block of graph {@code g} (nothing for an empty graph). */
    @FunctionalInterface
    interface Blocks {
        void write(Node g, Output out) throws IOException;
    }

    /** Where a TriG file is written: bytes, or ranges copied from another file inside the kernel. */
    static final class Output {
        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16);

        private Output(FileChannel channel) {
            this.channel = channel;
        }

        void write(byte[] bytes) throws IOException {
            if (bytes.length > buffer.remaining()) {
                flush();
                if (bytes.length > buffer.capacity()) {
                    writeFully(ByteBuffer.wrap(bytes));
                    return;
                }
            }
            buffer.put(bytes);
        }

        /** Copies {@code length} bytes of {@code from} at {@code position}. */
        void copy(FileChannel from, long position, long length) throws IOException {
            flush();
            long done = 0;
            while (done < length) {
                long n = from.transferTo(position + done, length - done, channel);
                if (n <= 0)
                    throw new IOException("Cannot copy " + length + " bytes at " + position + ": the file is shorter");
                done += n;
            }
        }

        private void flush() throws IOException {
            buffer.flip();
            writeFully(buffer);
            buffer.clear();
        }

        private void writeFully(ByteBuffer b) throws IOException {
            while (b.hasRemaining())
                channel.write(b);
        }
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
        AtomicFiles.writeChannel(file, channel -> {
            Output out = new Output(channel);
            out.write(format.header());
            for (Node g : graphs)
                blocks.write(g, out);
            out.flush();
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
