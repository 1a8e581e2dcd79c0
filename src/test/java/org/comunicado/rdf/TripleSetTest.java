package org.comunicado.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;

class TripleSetTest {
    private static final Node P = NodeFactory.createURI("http://example.org/p");

    private static Triple triple(int i) {
        return Triple.create(NodeFactory.createURI("http://example.org/s" + i), P, NodeFactory.createLiteralString("o" + i));
    }

    @Test
    void anEqualTripleIsNotAddedTwice() {
        TripleSet set = new TripleSet(4);
        assertTrue(set.add(triple(1)));
        assertFalse(set.add(triple(1)));
        assertEquals(1, set.size());
    }

    @Test
    void keepsEveryTripleWhenItGrowsPastItsExpectedSize() {
        TripleSet set = new TripleSet(2);
        for (int i = 0; i < 1000; i++)
            assertTrue(set.add(triple(i)), "first " + i);
        for (int i = 0; i < 1000; i++)
            assertFalse(set.add(triple(i)), "again " + i);
        assertEquals(1000, set.size());
    }
}
