package org.comunicado.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void slugsFoldAccentsAndJoinWordsWithDashes() {
        assertEquals("secretaria-de-relaciones-exteriores", Slugs.slug("Secretaría de Relaciones Exteriores"));
        assertEquals("u-s-and-mexico", Slugs.slug("U.S. & Mexico"));
        assertEquals("obrien-2024", Slugs.slug("  O'Brien — 2024! "));
        assertEquals("x", Slugs.slug("¡¿…?!"));
        assertEquals("andres-manuel-lopez", Slugs.slug("Andrés Manuel López Obrador", 3));
    }

    /** The loop gives what the chain of patterns it replaced gave, on random text of every kind of character. */
    @Test
    void slugIsWhatThePatternsGave() {
        assertSlugIsWhatThePatternsGave("aZ09 -&'’.,ÁéíÑñüßøİK\u0301\u0307ΣσЖ中\uD83D\uDE00\uFF06\uFF07\t");
    }

    /** Latin-1's upper half is folded by a table: every character of it, and with ASCII and the lower half. */
    @Test
    void latin1IsFoldedAsNfkdFoldsIt() {
        for (char c = 0xC0; c <= 0xFF; c++) {
            String text = "Ab" + c + "cd " + c;
            assertEquals(byPatterns(text), Slugs.slug(text), () -> "for " + text);
        }
        assertSlugIsWhatThePatternsGave("aZ09 -&'’.,\u00A0ª²µº¼ÀÅÆÇÐÑ×ØÞßàåæçðñ÷øýþÿ");
    }

    private static void assertSlugIsWhatThePatternsGave(String alphabet) {
        Random random = new Random(5);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(16); k > 0; k--) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String text = s.toString();
            assertEquals(byPatterns(text), Slugs.slug(text), () -> "for " + text);
        }
    }

    private static String byPatterns(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        folded = folded.replace("&", " and ").replace("'", "").replace("’", "");
        String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "x" : slug;
    }
}
