package org.comunicado.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link AnchoredMatches} skips the matcher on most text; it must answer exactly as {@code lookingAt()}. */
class AnchoredMatchesTest {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("\\G[ \\t\\u00a0]*(?:%|(?:percent|per[ \\t]cent|por[ \\t]ciento)(?![\\p{L}]))", FLAGS),
            Pattern.compile("\\G[ \\t\\u00a0]+(?:de[ \\t]+|of[ \\t]+)?(?:mayo|may|sept?\\.|kilo)(?![\\p{L}])", FLAGS),
            Pattern.compile("\\G[ \\t]*(?:to|and|-|–|a|y)[ \\t]*\\d{1,2}[ \\t]+(?:de[ \\t]+)?(?:mayo|may)(?![\\p{L}])", FLAGS),
            Pattern.compile("\\G(?:[ \\t]+(?:to|a|-)[ \\t]+\\d[\\d,.]*)?[ \\t\\u00a0]*(?:BCE|BC|a\\.[ \\t]?C\\.)(?![\\p{L}])"),
            Pattern.compile("\\G[ \\t\\u00a0]*(?:[ap]\\.?[ \\t]?m\\.?|hrs?\\.?|h)(?![\\p{L}])", FLAGS),
            Pattern.compile("\\G[ \\t\\u00a0]+([\\p{L}][\\p{L}'’\\-]*)"),
            Pattern.compile("\\G[ \\t\\u00a0]*(?:más|menos|comparación)[ \\t]+(?:que|con)", FLAGS));

    private static final String[] PIECES = {" ", "  ", "\t", "\u00a0", "%", "percent", "PER", "cent", "de", "of", "mayo",
            "May", "MAYO", "sept.", "Sep.", "to", "-", "–", "a", "y", "5", "12", "BCE", "BC", "bc", "a.", "C.", "p.m.",
            "h", "hrs", "ſ", "K", "kilo", "İ", "ñ", ",", ".", "x", "people", "años", "Á", "á", "MÁS", "más", "menos", "que",
            "comparación", "COMPARACIÓN", "\n", "“", "—"};

    @Test
    void answersAsLookingAtDoes() {
        Random random = new Random(11);
        for (Pattern pattern : PATTERNS) {
            AnchoredMatches anchored = AnchoredMatches.of(pattern);
            for (int round = 0; round < 20_000; round++) {
                StringBuilder b = new StringBuilder();
                int n = 1 + random.nextInt(6);
                for (int i = 0; i < n; i++) b.append(PIECES[random.nextInt(PIECES.length)]);
                String text = b.toString();
                int from = random.nextInt(text.length());
                int to = from + random.nextInt(text.length() - from + 1);
                Matcher plain = pattern.matcher(text).region(from, to);
                boolean expected = plain.lookingAt();
                Matcher found = anchored.at(text, from, to);
                assertEquals(expected, found != null, () -> pattern + " on [" + text + "] " + from + ".." + to);
                if (expected) assertEquals(plain.end(), found.end());
            }
        }
    }

    @Test
    void refusesAPatternThatMatchesBlanksAlone() {
        assertThrows(IllegalArgumentException.class, () -> AnchoredMatches.of(Pattern.compile("\\G[ ]*")));
    }
}
