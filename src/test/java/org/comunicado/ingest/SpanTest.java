package org.comunicado.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpanTest {

    @Test
    void readsItsCharactersFromTheText() {
        assertEquals("Bárcena", Span.of(10, 17, "Secretary Bárcena said").of("Secretary Bárcena said"));
    }

    @Test
    void refusesToRunBackwards() {
        assertThrows(IllegalArgumentException.class, () -> new Span(5, 4));
    }

    @Test
    void refusesToRunPastTheText() {
        assertThrows(IllegalArgumentException.class, () -> Span.of(0, 10, "short"));
    }

    @Test
    void sortsByStartThenLongestFirst() {
        assertTrue(new Span(0, 10).compareTo(new Span(0, 5)) < 0);
        assertTrue(new Span(0, 5).compareTo(new Span(1, 2)) < 0);
    }
}
