package org.comunicado.store;

import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * One graph ready for a dataset: its name, its triples sorted and de-duplicated, and its block of
 * the TriG file as UTF-8 bytes (empty for an empty graph). Made by {@link TrigFormat#block}, on
 * any thread, so that the sorting and formatting of a release's graph can happen where it is
 * extracted. Immutable (the bytes are not handed out) and thread-safe.
 */
public final class TrigBlock {
    private final TrigFormat format;
    private final Node graph;
    private final List<Triple> triples;
    private final byte[] bytes;

    TrigBlock(TrigFormat format, Node graph, List<Triple> triples, byte[] bytes) {
        this.format = format;
        this.graph = Objects.requireNonNull(graph, "graph");
        this.triples = List.copyOf(triples);
        this.bytes = bytes;
    }

    /** The graph name. */
    public Node graph() {
        return graph;
    }

    /** The distinct triples, in the order the block lists them. */
    public List<Triple> triples() {
        return triples;
    }

    /** The format the block is written in. */
    TrigFormat format() {
        return format;
    }

    /** The length in bytes of the block's text. */
    int length() {
        return bytes.length;
    }

    /** The block's text; callers must not change it. */
    byte[] bytes() {
        return bytes;
    }
}
