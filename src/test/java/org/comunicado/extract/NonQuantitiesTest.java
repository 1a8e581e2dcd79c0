package org.comunicado.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link NonQuantities#mayEndDate} spares the date pattern before most numbers; it must never spare a match. */
class NonQuantitiesTest {

    /** The pattern as it stood before the check was added. */
    private static final Pattern DATE_BEFORE = Pattern.compile("(?<![\\p{L}])(?:january|february|march|april|may|june|july"
            + "|august|september|october|november|december|jan\\.|feb\\.|mar\\.|apr\\.|jun\\.|jul\\.|aug\\.|sept?\\.|oct\\."
            + "|nov\\.|dec\\.|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre"
            + "|diciembre|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|jueves|viernes"
            + "|sábado|domingo)[ \\t\\u00a0,]*(?:the[ \\t]+)?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final String[] PIECES = {"May", "MAYO", "mayo", "Sept.", "sep.", "jan.", "Miércoles", "sábado", "the",
            "The", "x", "Maythe", " ", "\t", "\u00a0", ",", ".", "5", "people", "ſunday"};

    @Test
    void everyPlaceTheDatePatternEndsPassesTheCheck() {
        Random random = new Random(17);
        for (int round = 0; round < 50_000; round++) {
            String text = RandomTexts.of(random, PIECES, 5);
            int at = random.nextInt(text.length() + 1);
            int from = random.nextInt(at + 1);
            if (DATE_BEFORE.matcher(text).region(from, at).find()) {
                assertTrue(NonQuantities.mayEndDate(text, from, at), () -> "[" + text + "] " + from + ".." + at);
            }
        }
    }
}
