package org.comunicado.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * {@link NumberWords#nextStart} lets the quantity extractor try its number pattern at a few places
 * only; it must never skip a place where a run of number words (or a digit) begins.
 */
class NumberStartsTest {

    private static final String[] WORDS = {"one", "One", "ONE", "twenty", "Twenty-five", "a", "an", "A", "hundred",
            "thousand", "million", "uno", "una", "un", "veintiún", "dieciséis", "mil", "millones", "Millón", "cien",
            "y", "and", "people", "personas", "the", "los", "x", "someone", "anyone", "oneself", "ones", "tres", "Tres",
            "1", "250", "3,5", "ñandú", "ἀ"};

    private static final String[] GAPS = {" ", " ", "-", ", ", ". ", "\t", "", "(", "“"};

    @Test
    void noPlaceWhereANumberBeginsIsSkipped() {
        Random random = new Random(3);
        for (int round = 0; round < 4_000; round++) {
            String text = randomText(random);
            int from = random.nextInt(text.length());
            for (String lang : new String[] {"en", "es"}) {
                Matcher words = NumberWords.sequence(lang).matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                int expected = -1;
                for (int i = from; i < text.length() && expected < 0; i++) {
                    boolean digit = text.charAt(i) >= '0' && text.charAt(i) <= '9';
                    if (digit || words.region(i, text.length()).lookingAt()) expected = i;
                }
                int actual = NumberWords.nextStart(text, from, text.length(), lang);
                // nextStart may stop earlier (a place worth trying), never later than the first real start.
                if (expected >= 0 && (actual < 0 || actual > expected))
                    assertEquals(expected, actual, lang + " [" + text + "] from " + from);
            }
        }
    }

    /**
     * {@link NumberWords#loneNonCountEnd} lets the extractor step over "one", "un", "a" without the
     * pattern: there the pattern must find that word alone, not a count, or nothing.
     */
    @Test
    void aLoneWordSkippedIsNoCount() {
        Random random = new Random(7);
        for (int round = 0; round < 4_000; round++) {
            String text = randomText(random);
            for (String lang : new String[] {"en", "es"}) {
                Matcher words = NumberWords.sequence(lang).matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                for (int start = NumberWords.nextStart(text, 0, text.length(), lang); start >= 0 && start < text.length();
                        start = NumberWords.nextStart(text, start + 1, text.length(), lang)) {
                    int end = NumberWords.loneNonCountEnd(text, start, lang);
                    if (end < 0 || !words.region(start, text.length()).lookingAt()) continue;
                    String where = lang + " [" + text + "] at " + start;
                    assertEquals(end, words.end(), where);
                    assertEquals(false, NumberWords.Run.of(words.group(), lang).isCount(), where);
                }
            }
        }
    }

    /** Up to twelve of the words, each with a gap after it. */
    private static String randomText(Random random) {
        StringBuilder b = new StringBuilder();
        int n = 1 + random.nextInt(12);
        for (int i = 0; i < n; i++) b.append(WORDS[random.nextInt(WORDS.length)]).append(GAPS[random.nextInt(GAPS.length)]);
        return b.toString();
    }
}
