package org.comunicado.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
