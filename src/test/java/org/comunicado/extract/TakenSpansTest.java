package org.comunicado.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.comunicado.ingest.Span;
import org.junit.jupiter.api.Test;

class TakenSpansTest {

    /** The binary search answers as a walk over every span taken would, empty spans and overlapping ones included. */
    @Test
    void answersAsAWalkOverTheSpans() {
        Random random = new Random(29);
        for (int round = 0; round < 2000; round++) {
            int textLength = 1 + random.nextInt(60);
            List<Mention> mentions = new ArrayList<>();
            for (int k = random.nextInt(6); k > 0; k--) mentions.add(new Mention(span(random, textLength), "x", EntityKind.PERSON));
            List<Span> walked = new ArrayList<>();
            for (Mention m : mentions) walked.add(m.span());
            TakenSpans taken = TakenSpans.of(mentions);
            for (int step = 0; step < 20; step++) {
                Span asked = span(random, textLength);
                boolean overlaps = false;
                for (Span s : walked) overlaps |= s.overlaps(asked);
                assertEquals(overlaps, taken.overlapsAny(asked), walked + " " + asked);
                if (random.nextBoolean()) {
                    taken.add(asked);
                    walked.add(asked);
                }
            }
        }
    }

    private static Span span(Random random, int textLength) {
        int begin = random.nextInt(textLength + 1);
        return new Span(begin, begin + random.nextInt(Math.min(8, textLength - begin) + 1));
    }
}
