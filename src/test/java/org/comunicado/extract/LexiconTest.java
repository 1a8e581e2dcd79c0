package org.comunicado.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.comunicado.ingest.Span;
import org.junit.jupiter.api.Test;

class LexiconTest {

    private static final Lexicon WORDS = Lexicon.of(List.of("secretario", "presidente", "cónsul", "dr", "mtra", "i"));

    @Test
    void lowerCasedLookUpAgreesWithLowerCasingTheToken() {
        String[] pieces = {"Secretario", "SECRETARIO", "secretario", "Presidente", "CÓNSUL", "Cónsul", "Dr", "DR", "Mtra",
            "İ", "I", "i", "Σ", "ς", "𐐀", "Iİ", "presidentE", "x", "é", "É"};
        Random random = new Random(11);
        for (int round = 0; round < 3000; round++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(3);
            for (int k = 0; k < n; k++) b.append(pieces[random.nextInt(pieces.length)]);
            String text = b.toString();
            for (Words.Token t : Words.tokens(text, new Span(0, text.length()))) {
                assertEquals(WORDS.contains(t.lower()), WORDS.containsLowerCased(t), text);
                assertEquals(WORDS.contains(t.text()), WORDS.contains(Words.tokens(text, t.span()).get(0)), text);
            }
        }
    }

    @Test
    void tokenLookUpAgreesWithItsText() {
        String text = "El secretario Dr Presidente cónsul Mtra i secretarios presidentes dra ii";
        for (Words.Token t : Words.tokens(text, new Span(0, text.length()))) {
            // Asked before the token's text is cut out, then after.
            boolean byToken = WORDS.contains(t);
            assertEquals(WORDS.contains(t.text()), byToken, t.text());
            assertEquals(byToken, WORDS.contains(t), t.text());
        }
    }
}
