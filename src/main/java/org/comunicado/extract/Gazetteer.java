package org.comunicado.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.comunicado.ingest.Span;

/**
 * Finds the surface forms of known entities in a text: leftmost-longest, whole words only,
 * case-sensitive (so "US" the country is not "us" the pronoun). Built once from a
 * {@link Reference} (or from forms learnt in one release); immutable and thread-safe.
 */
public final class Gazetteer {

    /** A surface form found in a text. */
    public record Hit(Span span, String form, KnownEntity entity) {
    }

    private record Form(String text, KnownEntity entity) {
    }

    private final Map<String, List<Form>> byFirstWord = new HashMap<>();

    /**
     * A one-hash Bloom filter of the first words' {@link String#hashCode}s: most words of a text
     * begin no form, and this answers so without cutting the word out of the text.
     */
    private final long[] firstWordFilter = new long[FILTER_BITS / 64];

    private static final int FILTER_BITS = 1 << 16;

    public Gazetteer(Iterable<KnownEntity> entities) {
        for (KnownEntity e : entities) {
            for (String form : e.surfaceForms()) {
                String f = form.strip();
                if (f.length() < 2) continue;
                byFirstWord.computeIfAbsent(firstWord(f, 0), k -> new ArrayList<>()).add(new Form(f, e));
            }
        }
        // Longest first, then a stable order, so that the same text always gives the same hits.
        Comparator<Form> order = Comparator.comparingInt((Form f) -> -f.text.length())
                .thenComparing(f -> f.entity.id()).thenComparing(f -> f.text);
        byFirstWord.values().forEach(l -> l.sort(order));
        for (String word : byFirstWord.keySet()) {
            int bit = filterBit(word.hashCode());
            firstWordFilter[bit >>> 6] |= 1L << bit;
        }
    }

    private boolean mayBeFirstWord(int hash) {
        int bit = filterBit(hash);
        return (firstWordFilter[bit >>> 6] & (1L << bit)) != 0;
    }

    private static int filterBit(int hash) {
        return (hash ^ (hash >>> 16)) & (FILTER_BITS - 1);
    }

    /**
     * Where the words of a region begin, with the {@link String#hashCode} of each word: what
     * {@link #find} looks at, worked out once per block for all the gazetteers that search it.
     */
    public record WordStarts(Span region, int[] begins, int[] hashes) {
    }

    /** The word starts of {@code region} of {@code text} (a word may run on past the region's end). */
    public static WordStarts wordStarts(String text, Span region) {
        int[] begins = new int[16];
        int[] hashes = new int[16];
        int n = 0;
        int i = region.begin();
        while (i < region.end()) {
            if (!isWordChar(text.charAt(i)) || (i > 0 && isWordChar(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int wordEnd = i;
            int hash = 0;
            while (wordEnd < text.length() && isWordChar(text.charAt(wordEnd)))
                hash = 31 * hash + text.charAt(wordEnd++);
            if (n == begins.length) {
                begins = java.util.Arrays.copyOf(begins, n * 2);
                hashes = java.util.Arrays.copyOf(hashes, n * 2);
            }
            begins[n] = i;
            hashes[n++] = hash;
            i = wordEnd;
        }
        return new WordStarts(region, java.util.Arrays.copyOf(begins, n), java.util.Arrays.copyOf(hashes, n));
    }

    /** The non-overlapping hits inside {@code region}, in text order. */
    public List<Hit> find(String text, Span region) {
        return find(text, wordStarts(text, region));
    }

    /** The non-overlapping hits inside the region of {@code words}, in text order. */
    public List<Hit> find(String text, WordStarts words) {
        List<Hit> hits = new ArrayList<>();
        int limit = words.region().end();
        int taken = words.region().begin();
        int[] begins = words.begins();
        for (int k = 0; k < begins.length; k++) {
            // No form starts inside a word, nor inside a form already found.
            if (begins[k] < taken || !mayBeFirstWord(words.hashes()[k])) continue;
            Hit hit = longestAt(text, begins[k], limit);
            if (hit != null) {
                hits.add(hit);
                taken = hit.span().end();
            }
        }
        return hits;
    }

    private Hit longestAt(String text, int at, int limit) {
        List<Form> candidates = byFirstWord.get(firstWord(text, at));
        if (candidates == null) return null;
        for (Form f : candidates) {
            int end = at + f.text.length();
            if (end <= limit && text.startsWith(f.text, at) && (end == text.length() || !isWordChar(text.charAt(end))
                    || !isWordChar(text.charAt(end - 1)))) {
                return new Hit(new Span(at, end), f.text, f.entity);
            }
        }
        return null;
    }

    private static String firstWord(String s, int from) {
        int i = from;
        while (i < s.length() && isWordChar(s.charAt(i))) i++;
        return s.substring(from, Math.max(i, Math.min(from + 1, s.length())));
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
