package org.comunicado.extract;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * A closed set of words (given names, head nouns, title words) asked about every token of a
 * release: most tokens are turned away by a bit of the hash they carry, most strings by their first
 * character, which no word of the set begins with, before the set is hashed into. Immutable and thread-safe.
 */
final class Lexicon {

    /** First characters below this are looked up in a table; others go to the set. */
    private static final int TABLE_SIZE = 0x250;

    private final Set<String> words;
    private final boolean[] initials = new boolean[TABLE_SIZE];
    /**
     * Which bits the words' hashes fall in, sixty-four bits a word: a token is turned away by its
     * hash, worked out in place, before its text is cut out (one in sixty passes in vain).
     */
    private final long[] hashBits;
    private final int hashMask;
    private final int longest;
    /**
     * The words again, in an open-addressing table by {@link String#hashCode}: a token is looked up
     * by the hash it already carries and compared in place, without being cut out and hashed again.
     */
    private final String[] byHash;
    private final int[] hashes;
    /** Whether every word is of Latin letters, for which lower-casing one character at a time is lower-casing the word. */
    private final boolean latinOnly;

    private Lexicon(Collection<String> words) {
        // A HashSet, not Set.copyOf: its look-up is a mask rather than a modulo, and it is never changed.
        this.words = new HashSet<>(words);
        int bits = 1 << 12;
        while (bits < this.words.size() * 64) bits <<= 1;
        this.hashBits = new long[bits / 64];
        this.hashMask = bits - 1;
        for (String w : this.words) {
            if (!w.isEmpty() && w.charAt(0) < TABLE_SIZE) initials[w.charAt(0)] = true;
            int bit = w.hashCode() & hashMask;
            hashBits[bit >>> 6] |= 1L << bit;
        }
        int slots = Integer.highestOneBit(Math.max(4, this.words.size() * 2)) * 2;
        this.byHash = new String[slots];
        this.hashes = new int[slots];
        for (String w : this.words) {
            int i = w.hashCode() & (slots - 1);
            while (byHash[i] != null) i = (i + 1) & (slots - 1);
            byHash[i] = w;
            hashes[i] = w.hashCode();
        }
        this.longest = this.words.stream().mapToInt(String::length).max().orElse(0);
        this.latinOnly = this.words.stream().allMatch(w -> w.chars().allMatch(c -> c < LATIN_END));
    }

    static Lexicon of(Collection<String> words) {
        return new Lexicon(words);
    }

    /**
     * Whether the token lower-cased ({@link Words.Token#lower}) is a word of the set. Most tokens are
     * turned away by their length and then by the hash of their characters lower-cased one at a
     * time, which they carry; the rest are looked up by that hash and compared in place, without
     * being cut out or lower-cased: for every text that could be one of the words those are the
     * lower-cased text's own characters (lower-casing a whole string differs only at "İ", a final
     * "Σ" and letters beyond the first plane, whose lower cases no Latin word contains).
     */
    boolean containsLowerCased(Words.Token token) {
        if (!latinOnly) return words.contains(token.lower());
        int hash = token.charwiseLowerHash();
        return token.length() <= longest && mayHaveHash(hash) && speltLowerCased(token, hash);
    }

    private boolean speltLowerCased(Words.Token token, int hash) {
        for (int i = hash & (byHash.length - 1); byHash[i] != null; i = (i + 1) & (byHash.length - 1)) {
            if (hashes[i] == hash && token.spellsLowerCased(byHash[i])) return true;
        }
        return false;
    }

    /** Where the Latin letters end and the combining marks (one of them "İ" lower-cased ends in) begin. */
    private static final char LATIN_END = '\u0300';

    /**
     * {@link #contains(String)} of the token's text, compared in place. The hash the token carries
     * turns nearly every other token away (one in sixty passes in vain) before its characters are read.
     */
    boolean contains(Words.Token token) {
        return mayHaveHash(token.textHash()) && spelt(token);
    }

    private boolean spelt(Words.Token token) {
        int hash = token.textHash();
        for (int i = hash & (byHash.length - 1); byHash[i] != null; i = (i + 1) & (byHash.length - 1)) {
            if (hashes[i] == hash && token.spells(byHash[i])) return true;
        }
        return false;
    }

    private boolean mayHaveHash(int hash) {
        int bit = hash & hashMask;
        return (hashBits[bit >>> 6] & (1L << bit)) != 0;
    }

    boolean contains(String word) {
        if (word.isEmpty()) return words.contains(word);
        char c = word.charAt(0);
        return (c >= TABLE_SIZE || initials[c]) && words.contains(word);
    }
}
