package org.comunicado.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class HeaderLineTest {

    @Test
    void jointPressReleaseIsUnnumbered() {
        assertEquals(HeaderLine.Kind.UNNUMBERED,
                HeaderLine.recognise(TextLine.of("FOREIGN AFFAIRS-CULTURE-INAH Joint Press Release")).orElseThrow().kind());
    }

    /** The cheap test before the unnumbered pattern lets through every line the pattern matches. */
    @Test
    void everyUnnumberedLineMayBeUnnumbered() {
        String[] pieces = {"", "Joint ", "JOINT ", "joint", " ", "Press Release", "PRESS RELEASE", "press release", "Press",
            "Release", "Comunicado", "COMUNICADO", "Comunicado Conjunto", " Conjunto", " de prensa", " DE PRENSA",
            "FOREIGN AFFAIRS-CULTURE-INAH ", "x", "\u0131", "\u017F", "|", "315", "No. "};
        Random random = new Random(3);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(5); k > 0; k--) s.append(pieces[random.nextInt(pieces.length)]);
            String line = s.toString();
            if (HeaderLine.UNNUMBERED.matcher(line).matches()) {
                assertTrue(HeaderLine.mayBeUnnumbered(line), line);
            }
        }
    }
}
