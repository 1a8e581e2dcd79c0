package org.comunicado.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.comunicado.ingest.Span;
import org.junit.jupiter.api.Test;

class DefinitionsTest {

    /** The short form's tokens are taken from the block's: they are those that cutting its first part again gives. */
    @Test
    void tokensOfABracketsFirstPartAreTheBlocks() {
        String[] pieces = {"Mexico", "U.S.", "EE.UU.", "O'Neill", "Self-", "de", "2024", " ", " ", "\u00a0", "\t", "(", ")", ",",
            ";", ".", "-", "'", "’", "S.A.", "AMEXCID", "x", "É"};
        Random random = new Random(23);
        for (int round = 0; round < 5000; round++) {
            String text = RandomTexts.of(random, pieces, 14);
            Block block = Block.of(text, new Span(0, text.length()));
            for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
                int close = text.indexOf(')', open);
                if (close < 0) break;
                Span inner = Definitions.firstPart(text, open + 1, close);
                if (inner == null) continue;
                List<Words.Token> cut = Words.tokens(text, inner);
                assertEquals(cut, block.tokensWithin(inner), "\"" + text + "\" " + inner);
            }
        }
    }

    @Test
    void findsAnAcronymAfterItsLongName() {
        String text = "The Mexican Agency for International Development Cooperation (AMEXCID) said.";
        Block block = Block.of(text, new Span(0, text.length()));
        List<Definitions.Definition> found = Definitions.find(text, List.of(block));
        assertEquals(1, found.size());
        assertEquals("AMEXCID", found.get(0).shortForm().of(text));
        assertEquals("Mexican Agency for International Development Cooperation", found.get(0).longName().of(text));
    }
}
