package org.comunicado.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.comunicado.ingest.Span;
import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void abbreviationsAndInitialsDoNotEndASentence() {
        String text = "Dr. Ruiz met J. Smith in the U.S. on Monday. Núm. 5 follows. Then (U.N.) staff left.";
        List<Span> sentences = Sentences.split(text, new Span(0, text.length()));
        assertEquals(List.of("Dr. Ruiz met J. Smith in the U.S. on Monday.", "Núm. 5 follows.", "Then (U.N.) staff left."),
                sentences.stream().map(s -> s.of(text)).toList());
    }

    @Test
    void theSentenceHoldingALetterOrDigitIsTheOneSplittingFindsThere() {
        String[] pieces = {"word", " ", "  ", "\n", ".", ". ", "! ", "? ", "… ", "\" ", "”", ")", "'", "Dr. ", "U.S. ",
                "J. ", "núm. ", "NÚM. ", "etc. ", "İ. ", "Capital", "5", "(", "“", "¿", "•", "x.", "e.g. "};
        Random random = new Random(29);
        for (int n = 0; n < 20_000; n++) {
            String text = RandomTexts.of(random, pieces, 14);
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            for (Span sentence : Sentences.split(text, new Span(from, to))) {
                for (int at = sentence.begin(); at < sentence.end(); at++) {
                    if (!Character.isLetterOrDigit(text.charAt(at))) continue;
                    assertEquals(sentence, Sentences.containing(text, from, at, to), text + " at " + at);
                }
            }
        }
    }
}
