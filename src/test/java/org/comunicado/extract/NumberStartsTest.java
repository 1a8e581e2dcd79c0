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
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(12);
            for (int i = 0; i < n; i++) b.append(WORDS[random.nextInt(WORDS.length)]).append(GAPS[random.nextInt(GAPS.length)]);
            String text = b.toString();
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
}
