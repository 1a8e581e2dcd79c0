package org.comunicado.query;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.comunicado.store.AtomicFiles;
import org.comunicado.store.DatasetLayout;
import org.comunicado.store.TripleOrder;

/**
 * Exports a dataset directory, or one of its named graphs, as Turtle, TriG, N-Quads, N-Triples or
 * JSON-LD, inside a read transaction.
 * <p>
 * Output is deterministic: N-Quads and N-Triples are sorted lines (byte-identical for the same
 * data); Turtle and TriG list graphs by name and triples in {@link TripleOrder}. Turtle,
 * N-Triples and JSON-LD of the whole dataset (no graph given) are the union of the named graphs;
 * TriG and N-Quads keep the graphs. Sorting holds the lines of the export in memory.
 * {@link #export(DatasetLayout, Format, Node, OutputStream)} flushes but does not close the
 * stream; {@link #export(DatasetLayout, Format, Node, Path)} writes the file atomically.
 * Stateless and thread-safe.
 */
public final class Exporter {
    /** Export formats. */
    public enum Format {
        TURTLE, TRIG, NQUADS, NTRIPLES, JSONLD;

        /** The format named {@code name}: turtle|ttl, trig, nquads|nq, ntriples|nt, jsonld|json-ld. */
        public static Format parse(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "turtle", "ttl" -> TURTLE;
                case "trig" -> TRIG;
                case "nquads", "nq", "n-quads" -> NQUADS;
                case "ntriples", "nt", "n-triples" -> NTRIPLES;
                case "jsonld", "json-ld" -> JSONLD;
                default -> throw new IllegalArgumentException(
                        "Unknown export format '" + name + "' (use turtle, trig, nquads, ntriples or jsonld)");
            };
        }
    }

    private Exporter() {
    }

    /**
     * Writes the dataset (or, if {@code graph} is not null, that named graph) to {@code out}.
     *
     * @throws IllegalArgumentException if {@code graph} is not a graph of the dataset
     * @throws IllegalStateException if the dataset does not exist
     */
    public static void export(DatasetLayout layout, Format format, Node graph, OutputStream out) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        DatasetGraph dsg = layout.connect();
        Txn.executeRead(dsg, () -> {
            if (graph != null && !dsg.containsGraph(graph))
                throw new IllegalArgumentException("No graph <" + graph.getURI() + "> in " + layout.dir());
            try {
                write(dsg, format, graph, out);
                out.flush();
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
    }

    /** As {@link #export(DatasetLayout, Format, Node, OutputStream)}, into {@code file}, atomically. */
    public static void export(DatasetLayout layout, Format format, Node graph, Path file) {
        AtomicFiles.write(file, out -> export(layout, format, graph, out));
    }

    private static void write(DatasetGraph dsg, Format format, Node graph, OutputStream out) throws IOException {
        PrefixMap prefixes = PrefixMapFactory.create(dsg.prefixes());
        switch (format) {
            case NQUADS -> writeLines(out, quadLines(dsg, graph));
            case NTRIPLES -> writeLines(out, tripleLines(graph == null ? dsg.getUnionGraph() : dsg.getGraph(graph)));
            case TURTLE -> {
                Graph g = graph == null ? dsg.getUnionGraph() : dsg.getGraph(graph);
                StreamRDF s = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
                s.start();
                prefixes.forEach(s::prefix);
                TripleOrder.sortedDistinct(g.find().toList()).forEach(s::triple);
                s.finish();
            }
            case TRIG -> {
                StreamRDF s = StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS);
                s.start();
                prefixes.forEach(s::prefix);
                for (Node g : graphNames(dsg, graph)) {
                    List<Triple> triples = dsg.getGraph(g).find().toList();
                    TripleOrder.sortedDistinct(triples).forEach(t -> s.quad(new Quad(g, t)));
                }
                s.finish();
            }
            case JSONLD -> {
                if (graph == null) {
                    Graph union = dsg.getUnionGraph();
                    Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                    union.find().forEachRemaining(copy::add);
                    prefixes.forEach((p, u) -> copy.getPrefixMapping().setNsPrefix(p, u));
                    RDFDataMgr.write(out, copy, RDFFormat.JSONLD11);
                } else {
                    DatasetGraph one = DatasetGraphFactory.createGeneral();
                    dsg.getGraph(graph).find().forEachRemaining(t -> one.add(new Quad(graph, t)));
                    prefixes.forEach((p, u) -> one.prefixes().add(p, u));
                    RDFDataMgr.write(out, one, RDFFormat.JSONLD11);
                }
            }
        }
    }

    /** The named graphs to write: the one asked for, else all, sorted by IRI. */
    private static List<Node> graphNames(DatasetGraph dsg, Node graph) {
        if (graph != null)
            return List.of(graph);
        List<Node> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(names::add);
        names.sort(Comparator.comparing(NodeFmtLib::strNT));
        return names;
    }

    private static TreeSet<String> quadLines(DatasetGraph dsg, Node graph) {
        TreeSet<String> lines = new TreeSet<>();
        Iterator<Quad> it = graph == null ? dsg.find() : dsg.find(graph, Node.ANY, Node.ANY, Node.ANY);
        it.forEachRemaining(q -> lines.add(NodeFmtLib.strNQ(q)));
        return lines;
    }

    private static TreeSet<String> tripleLines(Graph g) {
        TreeSet<String> lines = new TreeSet<>();
        g.find().forEachRemaining(t -> lines.add(NodeFmtLib.strNT(t)));
        return lines;
    }

    private static void writeLines(OutputStream out, Iterable<String> lines) throws IOException {
        for (String line : lines) {
            out.write(line.getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
    }
}
