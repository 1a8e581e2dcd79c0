package org.comunicado.extract;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A set of words looked up in place in a text, letters compared as a pattern with
 * {@code CASE_INSENSITIVE | UNICODE_CASE} compares them, char by char. A word of the text is
 * turned away by its shape (first letter, last letter, length), then by its inner shape (second
 * and last but one letters, length), then by its hash, and compared in place with the words of
 * that hash: most words of a sentence cost a few comparisons, and none is copied. Immutable and
 * thread-safe.
 */
final class FoldedWords {

    private final int longest;
    private final boolean[] shapes;
    /** The inner shapes of the words of three letters or more, which common words such as "como" or "these" fail. */
    private final boolean[] innerShapes;
    /** The words' hashes ({@link String#hashCode} of the folded word), sorted. */
    private final int[] hashes;
    /** The folded words in the order of {@link #hashes}. */
    private final String[] byHash;

    private FoldedWords(Collection<String> words) {
        Set<String> folded = words.stream().map(w -> folded(w, 0, w.length())).collect(Collectors.toSet());
        this.longest = folded.stream().mapToInt(String::length).max().orElse(0);
        this.shapes = new boolean[26 * 26 * (longest + 1)];
        this.innerShapes = new boolean[shapes.length];
        for (String w : folded) {
            int shape = shape(w.charAt(0), w.charAt(w.length() - 1), w.length());
            if (shape >= 0) shapes[shape] = true;
            int inner = w.length() >= 3 ? shape(w.charAt(1), w.charAt(w.length() - 2), w.length()) : -1;
            if (inner >= 0) innerShapes[inner] = true;
        }
        this.byHash = folded.stream().sorted(Comparator.comparingInt(String::hashCode)).toArray(String[]::new);
        this.hashes = Arrays.stream(byHash).mapToInt(String::hashCode).toArray();
    }

    /** The set of {@code words}, none of them empty. */
    static FoldedWords of(Collection<String> words) {
        if (words.stream().anyMatch(String::isEmpty)) throw new IllegalArgumentException("an empty word: " + words);
        return new FoldedWords(words);
    }

    /** The length of the longest word. */
    int longest() {
        return longest;
    }

    /** Whether {@code text[begin, end)}, not empty, is one of the words. */
    boolean contains(CharSequence text, int begin, int end) {
        if (end - begin > longest) return false;
        int shape = shape(fold(text.charAt(begin)), fold(text.charAt(end - 1)), end - begin);
        return (shape < 0 || shapes[shape]) && containsPastShape(text, begin, end);
    }

    /**
     * The rest of {@link #contains}, for the few words whose shape passes: the inner shape, then the
     * hash. Kept apart so that the shape test, which turns most words away, stays small enough to be
     * inlined where it is called.
     */
    private boolean containsPastShape(CharSequence text, int begin, int end) {
        if (end - begin >= 3) {
            int inner = shape(fold(text.charAt(begin + 1)), fold(text.charAt(end - 2)), end - begin);
            if (inner >= 0 && !innerShapes[inner]) return false;
        }
        int hash = 0;
        for (int k = begin; k < end; k++)
            hash = 31 * hash + fold(text.charAt(k));
        int at = Arrays.binarySearch(hashes, hash);
        if (at < 0) return false;
        // Words of one hash sit together; the search may land on any of them.
        while (at > 0 && hashes[at - 1] == hash) at--;
        for (; at < hashes.length && hashes[at] == hash; at++) {
            if (isFolded(byHash[at], text, begin, end)) return true;
        }
        return false;
    }

    /** Whether {@code text[begin, end)} folded is {@code word}, a folded word. */
    static boolean isFolded(String word, CharSequence text, int begin, int end) {
        if (word.length() != end - begin) return false;
        for (int k = 0; k < word.length(); k++) {
            if (word.charAt(k) != fold(text.charAt(begin + k))) return false;
        }
        return true;
    }

    /**
     * The index of a word's shape, from its folded first and last letters and its length, or -1
     * when a letter is not from a to z (such words are not turned away by shape).
     */
    private int shape(char first, char last, int length) {
        if (first < 'a' || first > 'z' || last < 'a' || last > 'z') return -1;
        return ((first - 'a') * 26 + (last - 'a')) * (longest + 1) + length;
    }

    /**
     * Whether {@code text[from, to)} is all ASCII: such a word lower-cased as a whole is the word
     * folded, so a set of lower-cased words may be looked up in place with {@link #contains}.
     */
    static boolean isAscii(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) >= 0x80) return false;
        }
        return true;
    }

    /** The letters folded as the case-insensitive patterns compare them, char by char. */
    static String folded(CharSequence text, int begin, int end) {
        StringBuilder b = new StringBuilder(end - begin);
        for (int k = begin; k < end; k++)
            b.append(fold(text.charAt(k)));
        return b.toString();
    }

    static char fold(char c) {
        if (c < 0x80) return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
