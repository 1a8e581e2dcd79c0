package org.comunicado.extract;

import java.util.Random;

/** Short texts made of given pieces, for tests that compare a fast path with the pattern it spares. */
final class RandomTexts {

    private RandomTexts() {
    }

    /** One to {@code most} pieces, drawn with {@code random}. */
    static String of(Random random, String[] pieces, int most) {
        StringBuilder b = new StringBuilder();
        for (int i = 1 + random.nextInt(most); i > 0; i--) b.append(pieces[random.nextInt(pieces.length)]);
        return b.toString();
    }
}
