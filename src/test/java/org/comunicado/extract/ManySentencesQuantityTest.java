package org.comunicado.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.comunicado.ingest.Span;
import org.junit.jupiter.api.Test;

/**
 * Found by InputFuzzTest: each sentence's search for a number ran on to the end of the text, so a
 * long release of sentences without numbers cost the square of its length (128 KB: 30 s).
 */
class ManySentencesQuantityTest {

    @Test
    void thousandsOfSentencesWithoutNumbersAreReadInSeconds() {
        String text = "\"Quote,\" said Alicia Bárcena. ".repeat(8_000) + "She said 40% more.";
        List<Quantity> found = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> new QuantityExtractor().extract(text, List.of(new Span(0, text.length())), "en"));
        assertEquals(1, found.size());
        assertEquals("40%", found.get(0).span().of(text));
    }
}
