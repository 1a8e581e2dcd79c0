package org.comunicado.rdf;

import org.apache.jena.graph.Node;

/**
 * The phrase nodes of one release by their code-point offsets: a phrase is described the first
 * time a finding asks for it, and found again by its two offsets, without making its IRI or
 * hashing it. Open addressing on the offsets packed into a long, sized once for every phrase
 * the release's findings can ask for. Not thread-safe: one per mapped release.
 */
final class PhraseNodes {
    private final long[] spans;
    /** The node of the span in the same slot; null in an empty slot. */
    private final Node[] nodes;

    /** A table for at most {@code most} phrases, kept at most half full so that a probe seldom walks far. */
    PhraseNodes(int most) {
        int capacity = Integer.highestOneBit(Math.max(8, 2 * most) - 1) << 1;
        spans = new long[capacity];
        nodes = new Node[capacity];
    }

    /** The node put for {@code [begin, end)}, or null. */
    Node get(int begin, int end) {
        return nodes[slotOf(span(begin, end))];
    }

    /** Puts the node of {@code [begin, end)}, which {@link #get} answered null for. */
    void put(int begin, int end, Node node) {
        long span = span(begin, end);
        int slot = slotOf(span);
        spans[slot] = span;
        nodes[slot] = node;
    }

    private static long span(int begin, int end) {
        return (long) begin << 32 | end;
    }

    /** The slot holding {@code span}, else the empty slot where it belongs. */
    private int slotOf(long span) {
        int mask = nodes.length - 1;
        // A multiplicative hash: its high bits depend on both offsets.
        int slot = (int) (span * 0x9E3779B97F4A7C15L >>> 40) & mask;
        while (nodes[slot] != null && spans[slot] != span) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
