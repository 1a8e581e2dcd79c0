package org.comunicado.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link FoldedWords} turns words away by their shapes before it looks them up: it must still
 * answer as a set of the folded words does.
 */
class FoldedWordsTest {

    private static final List<String> WORDS = List.of("three", "cero", "siete", "ocho", "trece", "un", "a", "mil",
            "según", "Dieciséis", "veintiún");

    @Test
    void answersAsASetOfTheFoldedWords() {
        FoldedWords words = FoldedWords.of(WORDS);
        Set<String> folded = new HashSet<>();
        for (String w : WORDS) folded.add(FoldedWords.folded(w, 0, w.length()));
        String letters = "aAcCeEhHiIlLmMnNoOrRsStTuUúÚéÉ";
        Random random = new Random(11);
        for (int round = 0; round < 200_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int n = 1 + random.nextInt(9); n > 0; n--) b.append(letters.charAt(random.nextInt(letters.length())));
            String text = "(" + b + ")";
            boolean expected = folded.contains(FoldedWords.folded(text, 1, text.length() - 1));
            assertEquals(expected, words.contains(text, 1, text.length() - 1), text);
        }
        for (String w : List.of("these", "como", "sobre", "otro", "tiene", "THREE", "Según", "dieciséis", "UN")) {
            assertEquals(folded.contains(FoldedWords.folded(w, 0, w.length())), words.contains(w, 0, w.length()), w);
        }
    }
}
