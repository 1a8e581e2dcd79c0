package org.comunicado.ingest;

import java.util.Locale;
import java.util.Set;

/**
 * Tells English from Spanish by counting stop words, which is all a two-language corpus needs.
 * A few Spanish stop words turn up in English releases inside names ("Juan Ramón de la Fuente",
 * "Secretaría de Relaciones Exteriores"), which is why a whole text is counted, never a line.
 * A tie (say, a bare headline with no stop words) reads as English: accents cannot break it,
 * since English releases are full of Spanish names. Pure, thread-safe, one pass over the text.
 */
public final class LanguageDetector {

    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "in", "that", "is");
    private static final Set<String> SPANISH = Set.of(
            "el", "la", "de", "que", "los", "las", "en", "por", "con", "para", "del", "se");

    private LanguageDetector() {
    }

    /** {@code "es"} if {@code text} reads as Spanish, otherwise {@code "en"}. */
    public static String detect(CharSequence text) {
        int english = 0;
        int spanish = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            // Stop words are at most four letters; skip longer words without building a string.
            if (i - start <= 4) {
                String word = text.subSequence(start, i).toString().toLowerCase(Locale.ROOT);
                if (ENGLISH.contains(word)) {
                    english++;
                } else if (SPANISH.contains(word)) {
                    spanish++;
                }
            }
        }
        return spanish > english ? "es" : "en";
    }
}
