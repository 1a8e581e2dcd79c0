package org.comunicado.ingest;


/**
 * Tells English from Spanish by counting stop words, which is all a two-language corpus needs.
 * A few Spanish stop words turn up in English releases inside names ("Juan Ramón de la Fuente",
 * "Secretaría de Relaciones Exteriores"), which is why a whole text is counted, never a line.
 * A tie (say, a bare headline with no stop words) reads as English: accents cannot break it,
 * since English releases are full of Spanish names. Pure, thread-safe, one pass over the text.
 */
public final class LanguageDetector {

    private static final String[] ENGLISH = {"the", "of", "and", "to", "in", "that", "is"};
    private static final String[] SPANISH = {"el", "la", "de", "que", "los", "las", "en", "por", "con", "para", "del", "se"};

    /** Stop words are at most this long; a word's letters are packed a byte each into an int. */
    private static final int LONGEST = 4;

    /**
     * The stop words packed, in a table of open addressing with {@link #VOTES}: each word of the
     * text is looked up in a probe or two instead of being compared with every stop word.
     */
    private static final int[] STOP_WORDS = new int[64];
    /** +1 for an English stop word, -1 for a Spanish one, in the slot of {@link #STOP_WORDS} that holds it. */
    private static final int[] VOTES = new int[64];

    static {
        for (String w : ENGLISH) put(w, 1);
        for (String w : SPANISH) put(w, -1);
    }

    private LanguageDetector() {
    }

    private static void put(String word, int vote) {
        int packed = 0;
        for (int k = 0; k < word.length(); k++) packed = packed << 8 | word.charAt(k);
        int slot = slotOf(packed);
        STOP_WORDS[slot] = packed;
        VOTES[slot] = vote;
    }

    /** The slot of {@code packed} in {@link #STOP_WORDS}, or the empty slot where it would be. */
    private static int slotOf(int packed) {
        int slot = packed * 0x9E3779B1 >>> 26;
        while (STOP_WORDS[slot] != 0 && STOP_WORDS[slot] != packed) slot = (slot + 1) & (STOP_WORDS.length - 1);
        return slot;
    }

    /** The vote of a word of at most {@link #LONGEST} lower-case ASCII letters, packed: 0 for a word that is no stop word. */
    private static int vote(int packed) {
        return VOTES[slotOf(packed)];
    }

    /** {@code "es"} if {@code text} reads as Spanish, otherwise {@code "en"}. */
    public static String detect(CharSequence text) {
        // English stop words less Spanish ones.
        int balance = 0;
        // The current word: its letters lower-cased and packed while it may be a stop word, and its
        // length, set past LONGEST by a letter outside ASCII, which no stop word has.
        int word = 0;
        int length = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                int lower = c | 0x20;
                if (lower >= 'a' && lower <= 'z') {
                    word = word << 8 | lower;
                    length++;
                    continue;
                }
            } else if (Character.isLetter(c)) {
                length = LONGEST + 1;
                continue;
            }
            if (length != 0 && length <= LONGEST) balance += vote(word);
            word = 0;
            length = 0;
        }
        if (length != 0 && length <= LONGEST) balance += vote(word);
        return balance < 0 ? "es" : "en";
    }
}
