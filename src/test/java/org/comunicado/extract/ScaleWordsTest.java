package org.comunicado.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link NumberWords#scaleWordEnd} reads the scale word after digits without the pattern it stands for. */
class ScaleWordsTest {

    private static final String[] PIECES = {" ", "  ", "\t", "\u00a0", "\n", "million", "Million", "MILLONES", "millón",
            "MILLÓN", "millon", "mil", "Mil", "billón", "billones", "thousand", "hundred", "dozen", "docena", "trillion",
            "s", "es", "5", "²", "Ⅻ", "x", "-", ".", ",", "ſ", "ı", "\uD835\uDC00"};

    @Test
    void readsWhatThePatternMatches() {
        Random random = new Random(11);
        for (String lang : new String[] {"en", "es"}) {
            Pattern scale = Pattern.compile("\\G[ \\t\\u00a0]+(" + NumberWords.scaleRegex(lang) + ")(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            for (int round = 0; round < 20_000; round++) {
                String text = RandomTexts.of(random, PIECES, 6);
                int from = random.nextInt(text.length() + 1);
                int to = from + random.nextInt(text.length() - from + 1);
                Matcher m = scale.matcher(text).region(from, to);
                int expected = m.lookingAt() ? m.end() : -1;
                assertEquals(expected, NumberWords.scaleWordEnd(text, from, to, lang), lang + " [" + text + "] " + from + ".." + to);
            }
        }
    }
}
