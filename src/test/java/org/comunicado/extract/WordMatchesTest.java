package org.comunicado.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link WordMatches} must find exactly what {@link Matcher#find()} finds, only faster: checked on
 * seeded random texts made of the words the patterns look for, other words, digits and punctuation.
 */
class WordMatchesTest {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final List<Pattern> ANYWHERE = List.of(
            Pattern.compile("(?<![\\p{L}])(?:reduc(?:e|ed|tion)|fell|cayó|baj(?:ó|a))(?![\\p{L}])", FLAGS),
            Pattern.compile("(?<![\\p{L}])(said|added|dijo|señaló)\\b"),
            Pattern.compile("(?i)(?<![\\p{L}])(?:according to|según)\\s+"),
            Pattern.compile("(?<![\\p{L}])(?:one|1|uno)[ \\t]+(?:in|de[ \\t]+cada)[ \\t]+", FLAGS));

    private static final String[] WORDS = {"the", "The", "THE", "more", "than", "More", "reduced", "fell", "cayó",
            "baja", "said", "Said", "dijo", "señaló", "according", "to", "según", "one", "in", "uno", "de", "cada",
            "1", "21", "March", "marzo", "up", "by", "down", "Mexico", "Éxito", "x", "reductions", "fellow",
            "saidx", "ñandú", "año"};

    private static final String[] GAPS = {" ", " ", " ", "  ", "\t", ", ", ". ", "-", "\n", "", "“", "(", ")"};

    private static String randomText(Random random, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            b.append(WORDS[random.nextInt(WORDS.length)]).append(GAPS[random.nextInt(GAPS.length)]);
        }
        return b.toString();
    }

    @Test
    void firstAndLastAreWhatFindGives() {
        Random random = new Random(7);
        for (int round = 0; round < 3_000; round++) {
            String text = randomText(random, 1 + random.nextInt(25));
            int from = random.nextInt(text.length());
            int to = from + random.nextInt(text.length() - from + 1);
            for (Pattern p : ANYWHERE) {
                Matcher expected = p.matcher(text).region(from, to);
                Matcher actual = WordMatches.of(p).first(text, from, to);
                String where = p + " in [" + text + "] " + from + ".." + to;
                if (expected.find()) {
                    assertNotNull(actual, where);
                    assertEquals(expected.start(), actual.start(), where);
                    assertEquals(expected.end(), actual.end(), where);
                } else {
                    assertNull(actual, where);
                }
                Matcher all = p.matcher(text).region(from, to);
                int last = -1;
                while (all.find()) last = all.start();
                assertEquals(last, WordMatches.of(p).lastStart(text, from, to), where);
            }
        }
    }

    @Test
    void trailingMatchIsWhatFindGivesOnTheStretchBefore() {
        List<WordMatches> trailing = List.of(
                WordMatches.trailing(Pattern.compile("(?<![\\p{L}])(?<q>more[ \\t]+than|up[ \\t]+to|as[ \\t]+many[ \\t]+as"
                        + "|about|cerca[ \\t]+de|por[ \\t]+lo[ \\t]+menos)[ \\t]+$", FLAGS), 3),
                WordMatches.trailing(Pattern.compile("(?<![\\p{L}])(?:march|marzo|monday)[ \\t,]*(?:the[ \\t]+)?$", FLAGS), 2),
                WordMatches.trailing(Pattern.compile("(?<![\\p{L}])(?:one|1|uno)[ \\t]+(?:in|de[ \\t]+cada)[ \\t]+$", FLAGS), 3));
        String[] words = {"more", "than", "up", "to", "as", "many", "about", "cerca", "de", "por", "lo", "menos",
                "March", "marzo", "Monday", "the", "one", "1", "21", "in", "uno", "cada", "x", "pormenos"};
        Random random = new Random(11);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(8);
            for (int i = 0; i < n; i++) {
                b.append(words[random.nextInt(words.length)]).append(random.nextInt(5) == 0 ? ", " : " ");
            }
            String text = b + "5";
            int to = text.length() - 1;
            int from = random.nextInt(to + 1);
            for (WordMatches w : trailing) {
                Pattern p = w.pattern();
                Matcher expected = p.matcher(text).region(from, to);
                Matcher actual = w.endingAt(text, from, to);
                String where = p + " in [" + text + "] from " + from;
                if (expected.find()) {
                    assertNotNull(actual, where);
                    assertEquals(expected.start(), actual.start(), where);
                } else {
                    assertNull(actual, where);
                }
            }
        }
    }

    @Test
    void aTrailingPatternSpansAtLeastOneWord() {
        assertThrows(IllegalArgumentException.class, () -> WordMatches.trailing(Pattern.compile("a$"), 0));
        assertThrows(IllegalStateException.class, () -> WordMatches.of(Pattern.compile("a$")).endingAt("a", 0, 1));
    }

}
