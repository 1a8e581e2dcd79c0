package org.comunicado.ingest;


/**
 * Tells English from Spanish by counting stop words, which is all a two-language corpus needs.
 * A few Spanish stop words turn up in English releases inside names ("Juan Ramón de la Fuente",
 * "Secretaría de Relaciones Exteriores"), which is why a whole text is counted, never a line.
 * A tie (say, a bare headline with no stop words) reads as English: accents cannot break it,
 * since English releases are full of Spanish names. Pure, thread-safe, one pass over the text.
 */
public final class LanguageDetector {

    private static final int[] ENGLISH = packed("the", "of", "and", "to", "in", "that", "is");
    private static final int[] SPANISH = packed(
            "el", "la", "de", "que", "los", "las", "en", "por", "con", "para", "del", "se");

    private LanguageDetector() {
    }

    /**
     * A word of one to four ASCII letters, lower-cased, packed into an int (a byte a letter); 0 for
     * any other word: compared without making a string of every short word of the text.
     */
    private static int packed(CharSequence text, int begin, int end) {
        if (end - begin > 4) return 0;
        int packed = 0;
        for (int k = begin; k < end; k++) {
            char c = text.charAt(k);
            if (c >= 0x80) return 0;
            packed = packed << 8 | Character.toLowerCase(c);
        }
        return packed;
    }

    private static int[] packed(String... words) {
        return java.util.Arrays.stream(words).mapToInt(w -> packed(w, 0, w.length())).toArray();
    }

    private static boolean contains(int[] words, int word) {
        for (int w : words)
            if (w == word) return true;
        return false;
    }

    /** As {@link Character#isLetter(char)}, answering ASCII without the Unicode tables. */
    private static boolean isLetter(char c) {
        if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        return Character.isLetter(c);
    }

    /** {@code "es"} if {@code text} reads as Spanish, otherwise {@code "en"}. */
    public static String detect(CharSequence text) {
        int english = 0;
        int spanish = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isLetter(text.charAt(i))) {
                i++;
            }
            // Stop words are at most four ASCII letters; other words are skipped without building a string.
            int word = packed(text, start, i);
            if (word != 0) {
                if (contains(ENGLISH, word)) {
                    english++;
                } else if (contains(SPANISH, word)) {
                    spanish++;
                }
            }
        }
        return spanish > english ? "es" : "en";
    }
}
