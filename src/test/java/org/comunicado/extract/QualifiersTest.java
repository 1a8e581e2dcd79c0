package org.comunicado.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.comunicado.ingest.Span;
import org.junit.jupiter.api.Test;

/** The quantity extractor reads a qualifier word by word; it must find what the qualifier pattern finds. */
class QualifiersTest {

    private static final WordMatches QUALIFIER = WordMatches.trailing(Pattern.compile("(?<![\\p{L}])(?<q>"
            + QuantityExtractor.QUALIFIERS.stream().map(q -> q.replace(" ", "[ \\t]+")).collect(Collectors.joining("|"))
            + ")[ \\t\\u00a0]+$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), 3);

    private static final FoldedWords QUALIFIER_LAST_WORDS = FoldedWords.of(QuantityExtractor.QUALIFIERS.stream()
            .map(q -> q.substring(q.lastIndexOf(' ') + 1)).toList());

    private static final String[] PIECES = {"more", "More", "MORE", "than", "poco", "más", "MÁS", "de", "up", "to", "at",
            "least", "as", "many", "some", "over", "cerca", "por", "lo", "menos", "just", "under", "an", "estimated",
            "about", "x", "5", " ", " ", " ", "  ", "\t", "\u00a0", "\n", "-", ",", "é", "ſome", "İ"};

    @Test
    void findsWhatThePatternFinds() {
        Random random = new Random(23);
        for (int round = 0; round < 100_000; round++) {
            String text = RandomTexts.of(random, PIECES, 8) + "5";
            int end = text.length() - 1;
            int sentenceBegin = random.nextInt(end + 1);
            // The pattern was tried only after a word a qualifier ends with and blanks, as now.
            Matcher m = NonQuantities.followsWordOf(text, sentenceBegin, end, QUALIFIER_LAST_WORDS)
                    ? QUALIFIER.endingAt(text, sentenceBegin, end) : null;
            Optional<String> expected = m != null ? Optional.of(m.group("q")) : Optional.empty();
            assertEquals(expected, QuantityExtractor.qualifier(text, new Span(sentenceBegin, text.length()), end),
                    "[" + text + "] from " + sentenceBegin);
        }
    }
}
