package org.comunicado.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link QuoteFinder.OpeningMarks} keeps what it found between calls: it must answer as a fresh look would. */
class OpeningMarksTest {

    private static final String[] PIECES = {"\"", "“", "”", "«", "»", "„", "‘", "’", "word", " ", ",", "é", "—"};

    private static int firstMark(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if ("\"“«„‘".indexOf(text.charAt(i)) >= 0) return i;
        }
        return -1;
    }

    @Test
    void findsTheNextMarkWhereverTheSearchMovesTo() {
        Random random = new Random(3);
        for (int round = 0; round < 2_000; round++) {
            String text = RandomTexts.of(random, PIECES, 30);
            QuoteFinder.OpeningMarks marks = new QuoteFinder.OpeningMarks(text);
            for (int call = 0; call < 20; call++) {
                int from = random.nextInt(text.length() + 1);
                int to = from + random.nextInt(text.length() - from + 1);
                assertEquals(firstMark(text, from, to), marks.next(from, to), "[" + text + "] " + from + ".." + to);
            }
        }
    }
}
