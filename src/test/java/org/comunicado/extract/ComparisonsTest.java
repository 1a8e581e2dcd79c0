package org.comunicado.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Comparisons#direction} reads change words by a scan of letter runs, and by whole-word
 * patterns where a stretch holds characters outside the BMP; both must agree.
 */
class ComparisonsTest {

    private static final String[] WORDS = {"exports", "Fell", "fell", "FALLEN", "dropped", "droped", "drops", "cut", "cuts",
            "cutting", "rose", "Rose", "growth", "grown", "alza", "Alza", "disminuyó", "DISMINUYÓ", "creció", "subió",
            "reducción", "reductions", "by", "up", "the", "increase", "increases", "increasing", "ıncrease", "riſe"};

    private static final String[] GAPS = {" ", "  ", "-", "'", "3", "é"};

    @Test
    void theScanAndThePatternsAgree() {
        Random random = new Random(5);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder before = new StringBuilder();
            StringBuilder after = new StringBuilder();
            for (int i = random.nextInt(6); i > 0; i--) before.append(WORDS[random.nextInt(WORDS.length)]).append(GAPS[random.nextInt(GAPS.length)]);
            for (int i = random.nextInt(4); i > 0; i--) after.append(GAPS[random.nextInt(GAPS.length)]).append(WORDS[random.nextInt(WORDS.length)]);
            String plain = before + "12%" + after;
            // A letter outside the BMP at the start and the end: a word of its own, in the stretch on both sides.
            String astral = "\uD835\uDC00 " + before + "12%" + after + " \uD835\uDC00";
            int at = before.length();
            Optional<Direction> expected = Comparisons.direction(astral, 0, at + 3, at + 6, astral.length());
            assertEquals(expected, Comparisons.direction(plain, 0, at, at + 3, plain.length()), plain);
        }
    }

    @Test
    void aChangeWordBeforeTheNumberGivesItsDirection() {
        String text = "Exports fell by 12%";
        assertEquals(Optional.of(Direction.DECREASE), Comparisons.direction(text, 0, 16, 19, text.length()));
        String rising = "Exports \uD835\uDC00 rose by 12%";
        assertEquals(Optional.of(Direction.INCREASE), Comparisons.direction(rising, 0, 19, 22, rising.length()));
    }

    @Test
    void theSamePeriodPatternIsTriedWhereverItMatches() {
        String[] pieces = {"in", "over", "from", "than", "en", "durante", "respecto", "al", "con", "the", "The", "el", "EL",
                "same", "Same", "mismo", "period", "periodo", "lapso", "last", "year", " ", " ", " ", "  ", "\t", "\u00a0",
                ",", "x", "ſame", "İn"};
        Random random = new Random(5);
        for (int round = 0; round < 50_000; round++) {
            String text = RandomTexts.of(random, pieces, 14);
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            if (Comparisons.SAME_PERIOD.at(text, from, to) != null) {
                assertEquals(true, Comparisons.mayNameSamePeriod(text, from, to), "[" + text + "] " + from + ".." + to);
            }
        }
    }
}
