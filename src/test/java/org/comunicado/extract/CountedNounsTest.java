package org.comunicado.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link CountedNouns.Word#after} reads words without a pattern; it must read them as the pattern did. */
class CountedNounsTest {

    private static final Pattern WORD = Pattern.compile("\\G[ \\t\\u00a0]+([\\p{L}][\\p{L}'’\\-]*)");

    private static final String[] PIECES = {" ", "  ", "\t", "\u00a0", "\n", "people", "Niños", "pre-Hispanic", "O'Brien",
            "Mexico’s", "-", "'", "5", ",", ".", "\uD835\uDC00", "x"};

    @Test
    void readsTheWordsThePatternMatches() {
        Random random = new Random(13);
        for (int round = 0; round < 50_000; round++) {
            String text = RandomTexts.of(random, PIECES, 5);
            int from = random.nextInt(text.length());
            int limit = from + random.nextInt(text.length() - from + 1);
            Matcher m = WORD.matcher(text).region(from, limit);
            CountedNouns.Word word = CountedNouns.Word.after(text, from, limit);
            String where = "[" + text + "] " + from + ".." + limit;
            if (!m.lookingAt()) {
                assertEquals(null, word, where);
            } else {
                assertEquals(m.start(1), word.begin(), where);
                assertEquals(m.end(), word.end(), where);
                assertEquals(m.group(1), word.text(), where);
            }
        }
    }
}
