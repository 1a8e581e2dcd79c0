package org.comunicado.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    @Test
    void spanishTextIsDetectedAsSpanish() {
        assertEquals("es", LanguageDetector.detect(
                "La cancillería informó que los consulados de México en el extranjero ampliarán sus horarios para "
                        + "atender a las personas que lo soliciten."));
    }

    @Test
    void englishTextIsDetectedAsEnglish() {
        assertEquals("en", LanguageDetector.detect(
                "The Foreign Ministry reported that the consulates of Mexico in the United States will extend their hours."));
    }

    @Test
    void englishTextFullOfSpanishNamesIsStillEnglish() {
        assertEquals("en", LanguageDetector.detect(
                "Foreign Secretary Juan Ramón de la Fuente met the staff of the Secretaría de Relaciones Exteriores "
                        + "in the capital, and said that the priority is to protect the community."));
    }

    @Test
    void textWithoutStopWordsIsEnglish() {
        assertEquals("en", LanguageDetector.detect("Bárcena meets Ecuadorian counterpart"));
    }

    @Test
    void stopWordsCountWhateverTheirCase() {
        assertEquals("es", LanguageDetector.detect("EL GOBIERNO DE MÉXICO SE PRONUNCIA POR LA PAZ"));
    }

    @Test
    void aWordRunningIntoAnAccentedLetterIsNoStopWord() {
        assertEquals("en", LanguageDetector.detect("laé délos"));
    }

    @Test
    void countsAsAPlainCountOfWholeWordsDoes() {
        String[] pieces = {"the", "The", "of", "and", "to", "in", "that", "is", "el", "la", "LA", "de", "que", "los", "las",
                "en", "por", "con", "para", "del", "se", "théo", "delà", "ñ", "paras", "them", "x", " ", " ", ", ", ".",
                "\n", "-", "1", "’", "é", "Ω", "😀", "ª"};
        Random random = new Random(7);
        for (int t = 0; t < 5000; t++) {
            StringBuilder text = new StringBuilder();
            int words = random.nextInt(12);
            for (int k = 0; k < words; k++) text.append(pieces[random.nextInt(pieces.length)]);
            assertEquals(plainCount(text.toString()), LanguageDetector.detect(text), text.toString());
        }
    }

    /** The detector's rule the plain way: every run of letters cut out, lower-cased and looked up. */
    private static String plainCount(String text) {
        Set<String> english = Set.of("the", "of", "and", "to", "in", "that", "is");
        Set<String> spanish = Set.of("el", "la", "de", "que", "los", "las", "en", "por", "con", "para", "del", "se");
        int balance = 0;
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) i++;
            String word = text.substring(start, i).toLowerCase(Locale.ROOT);
            if (english.contains(word)) balance++;
            else if (spanish.contains(word)) balance--;
        }
        return balance < 0 ? "es" : "en";
    }
}
