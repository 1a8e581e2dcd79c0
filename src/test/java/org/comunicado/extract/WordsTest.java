package org.comunicado.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.comunicado.ingest.Span;
import org.junit.jupiter.api.Test;

class WordsTest {

    /** Stopping at the first lower-case word that settles it gives the answer that counting every word gives. */
    @Test
    void titleCaseStopsEarlyWithoutChangingTheAnswer() {
        String[] pieces = {"Foreign ", "Secretary ", "Launches ", "campaign ", "to ", "Defend ", "migrants ", "Mexico ", "2024 ", "Él "};
        Random random = new Random(17);
        for (int round = 0; round < 4000; round++) {
            String text = RandomTexts.of(random, pieces, 30);
            List<Words.Token> tokens = Words.tokens(text, new Span(0, text.length()));
            long words = tokens.stream().filter(t -> t.end() - t.begin() > 3 && t.letterFirst()).count();
            long capitalised = tokens.stream().filter(t -> t.end() - t.begin() > 3 && t.letterFirst() && t.capitalized()).count();
            assertEquals(words >= 4 && capitalised * 10 >= words * 9, Words.isTitleCase(tokens), text);
        }
    }

    /** The look-up of defined forms reads only the phrases when the forms are capitalised: no capitalised token stands outside them. */
    @Test
    void everyCapitalisedTokenStandsInAPhrase() {
        String[] pieces = {"Mexico", "City", " ", " ", "de", "la", "of", "and", "Él", "el", "É", ",", ".", "(", "OMS)", "\u00a0", "2024", "x"};
        Random random = new Random(13);
        for (int round = 0; round < 3000; round++) {
            String text = RandomTexts.of(random, pieces, 12);
            Block block = Block.of(text, new Span(0, text.length()));
            List<Words.Token> inPhrases = new ArrayList<>();
            for (List<Words.Token> phrase : block.phrases()) for (Words.Token t : phrase) if (t.capitalized()) inPhrases.add(t);
            assertEquals(block.tokens().stream().filter(Words.Token::capitalized).toList(), inPhrases, text);
        }
    }

    /** The hashes and flags worked out while cutting the tokens are those of the tokens' own texts. */
    @Test
    void tokensCutFromATextAgreeWithTokensMadeFromTheirText() {
        String[] pieces = {"Mexico", "U.S.", "EE.UU.", "O'Neill", "Self-Sufficiency", "l’Union", "de", "2024", "x", "-", ".", ",",
            "é", "Ça", "a.b", "S.A.", "’", "'s", "—", "\u00a0", "(", "AMEXCID)", "İstanbul", "ÉTAT", "3er"};
        Random random = new Random(11);
        for (int round = 0; round < 4000; round++) {
            String text = RandomTexts.of(random, pieces, 9);
            int begin = random.nextInt(text.length());
            Span region = new Span(begin, begin + random.nextInt(text.length() - begin + 1));
            for (Words.Token cut : Words.tokens(text, region)) {
                Words.Token made = new Words.Token(cut.span(), cut.text());
                String where = "\"" + text + "\" " + cut;
                assertEquals(made.textHash(), cut.textHash(), where);
                assertEquals(made.charwiseLowerHash(), cut.charwiseLowerHash(), where);
                assertEquals(made.oneWord(), cut.oneWord(), where);
                assertEquals(made.capitalized(), cut.capitalized(), where);
                assertEquals(made.letterFirst(), cut.letterFirst(), where);
            }
        }
    }
}
