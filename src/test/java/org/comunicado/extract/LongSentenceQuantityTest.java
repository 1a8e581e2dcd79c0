package org.comunicado.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.comunicado.ingest.Span;
import org.junit.jupiter.api.Test;

/**
 * Found by InputFuzzTest: the patterns that must end right before a number (a month, "more than",
 * "Article", "US$") were searched from the start of its sentence, so one long sentence with many
 * numbers took time growing with the square (a 64 KB line: 30 s) or the cube (a 50,000-character
 * run of digit groups: minutes) of its length. They now look at most a bounded way back.
 */
class LongSentenceQuantityTest {

    private static final QuantityExtractor EXTRACTOR = new QuantityExtractor();

    private static List<Quantity> en(String text) {
        return EXTRACTOR.extract(text, List.of(new Span(0, text.length())), "en");
    }

    @Test
    void sixtyFourKilobyteSentenceWithThousandsOfPercentagesIsReadInSeconds() {
        String unit = "Secretary Alicia Bárcena said 12% ";
        int n = 64 * 1024 / unit.length();
        List<Quantity> found = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> en(unit.repeat(n)));
        assertEquals(n, found.size());
        assertEquals("percent", found.get(n - 1).unit());
    }

    @Test
    void fiftyThousandCharacterRunOfDigitGroupsIsReadInSeconds() {
        String text = "More than " + "1,000".repeat(10_000) + " people, 3.5% less.";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> en(text));
    }

    @Test
    void wordsRightBeforeANumberStillCountFarIntoALongSentence() {
        String filler = "and the delegation visited the region ".repeat(200);
        String text = "The ministry said " + filler + "that more than 300 people attended on August 20, under Article 33.";
        Quantity q = en(text).stream().filter(x -> x.value().intValue() == 300).findFirst().orElseThrow();
        assertEquals(Optional.of("more than"), q.qualifier());
        assertEquals("people", q.unit());
        assertEquals(List.of(300), en(text).stream().map(x -> x.value().intValue()).toList());
    }
}
