package org.comunicado.rdf;

import org.apache.jena.graph.Triple;

/**
 * A set of triples that only grows: the mapper's check that it emits each triple once. Open
 * addressing on the triple's hash, so that adding a triple makes no entry object, as a
 * {@link java.util.HashSet} does for each. Not thread-safe: one per mapped release.
 */
final class TripleSet {
    private Triple[] triples;
    /** The hash of the triple in the same slot, compared before the triples themselves. */
    private int[] hashes;
    private int size;

    /** A set that holds {@code expected} triples without growing. */
    TripleSet(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, 2 * expected) - 1) << 1;
        triples = new Triple[capacity];
        hashes = new int[capacity];
    }

    /** Adds {@code t} unless an equal triple is in the set; answers whether it added it. */
    boolean add(Triple t) {
        int hash = t.hashCode();
        int slot = slotOf(t, hash, triples, hashes);
        if (triples[slot] != null) return false;
        triples[slot] = t;
        hashes[slot] = hash;
        // Kept at most half full, so that a probe seldom walks far.
        if (++size > triples.length / 2) grow();
        return true;
    }

    int size() {
        return size;
    }

    /** The slot holding a triple equal to {@code t}, else the empty slot where it belongs. */
    private static int slotOf(Triple t, int hash, Triple[] triples, int[] hashes) {
        int mask = triples.length - 1;
        // Triple hashes are exclusive-ors of node hashes; folding the high half in spreads them over the low bits.
        int slot = (hash ^ hash >>> 16) & mask;
        while (triples[slot] != null && !(hashes[slot] == hash && triples[slot].equals(t))) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        Triple[] oldTriples = triples;
        int[] oldHashes = hashes;
        triples = new Triple[oldTriples.length * 2];
        hashes = new int[oldTriples.length * 2];
        for (int i = 0; i < oldTriples.length; i++) {
            if (oldTriples[i] == null) continue;
            int slot = slotOf(oldTriples[i], oldHashes[i], triples, hashes);
            triples[slot] = oldTriples[i];
            hashes[slot] = oldHashes[i];
        }
    }
}
