package org.comunicado.store;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.comunicado.model.Namespaces;

/**
 * Writes a dataset's TriG file from its TDB2 database, streaming graph by graph: only one graph
 * is in memory at a time. The result is a function of the store's content and the graph order
 * given: the prefixes of {@link Namespaces#prefixMap(String)}, then each graph as one block of
 * its triples sorted by {@link TripleOrder} (graphs that are empty or absent are left out). The
 * file is written to a temporary name and moved into place only when complete. Stateless and
 * thread-safe.
 */
public final class TrigFile {

    private TrigFile() {
    }

    /**
     * Writes {@code file} from {@code dsg} (in a read transaction of its own unless the caller is
     * already in one) with the graphs in {@code graphs} order. Returns the number of triples written.
     */
    public static long write(DatasetGraph dsg, Path file, String base, List<Node> graphs) {
        Objects.requireNonNull(graphs, "graphs");
        long[] count = {0};
        AtomicFiles.write(file, out -> {
            if (dsg.isInTransaction())
                count[0] = stream(dsg, out, base, graphs);
            else
                count[0] = Txn.calculateRead(dsg, () -> stream(dsg, out, base, graphs));
        });
        return count[0];
    }

    private static long stream(DatasetGraph dsg, OutputStream out, String base, List<Node> graphs) {
        StreamRDF trig = StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS);
        trig.start();
        PrefixMap prefixes = Namespaces.prefixMap(base);
        prefixes.forEach(trig::prefix);
        long n = 0;
        for (Node g : graphs) {
            List<Triple> triples = new ArrayList<>();
            dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> triples.add(q.asTriple()));
            for (Triple t : TripleOrder.sortedDistinct(triples)) {
                trig.quad(new Quad(g, t));
                n++;
            }
        }
        trig.finish();
        return n;
    }
}
