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

    /**
     * The forms by the {@link String#hashCode} of their first word, in an open-addressing table:
     * a text's words are looked up by the hash {@link #wordStarts} computed, without being cut out
     * of the text. Words that share a hash share a slot; a form only matches where the text's
     * word is its own first word, so a shared slot finds the same hits.
     */
    private final int[] slotHashes;
    private final Form[][] slotForms;

    public Gazetteer(Iterable<KnownEntity> entities) {
        Map<Integer, List<Form>> byHash = new HashMap<>();
        for (KnownEntity e : entities) {
            for (String form : e.surfaceForms()) {
                String f = form.strip();
                if (f.length() < 2) continue;
                byHash.computeIfAbsent(firstWord(f).hashCode(), k -> new ArrayList<>()).add(new Form(f, e));
            }
        }
        // Longest first, then a stable order, so that the same text always gives the same hits.
        Comparator<Form> order = Comparator.comparingInt((Form f) -> -f.text.length())
                .thenComparing(f -> f.entity.id()).thenComparing(f -> f.text);
        int slots = Integer.highestOneBit(Math.max(4, byHash.size() * 2)) * 2;
        slotHashes = new int[slots];
        slotForms = new Form[slots][];
        for (Map.Entry<Integer, List<Form>> e : byHash.entrySet()) {
            int i = slot(e.getKey());
            while (slotForms[i] != null) i = (i + 1) & (slots - 1);
            slotHashes[i] = e.getKey();
            slotForms[i] = e.getValue().stream().sorted(order).toArray(Form[]::new);
        }
    }

    private int slot(int hash) {
        return (hash ^ (hash >>> 16)) & (slotForms.length - 1);
    }

    /** The forms whose first word has this hash, longest first, or null. */
    private Form[] formsFor(int hash) {
        for (int i = slot(hash); slotForms[i] != null; i = (i + 1) & (slotForms.length - 1)) {
            if (slotHashes[i] == hash) return slotForms[i];
        }
        return null;
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
            if (begins[k] < taken) continue;
            Form[] candidates = formsFor(words.hashes()[k]);
            Hit hit = candidates == null ? null : longestAt(text, begins[k], limit, candidates);
            if (hit != null) {
                hits.add(hit);
                taken = hit.span().end();
            }
        }
        return hits;
    }

    private static Hit longestAt(String text, int at, int limit, Form[] candidates) {
        for (Form f : candidates) {
            int end = at + f.text.length();
            if (end <= limit && text.startsWith(f.text, at) && (end == text.length() || !isWordChar(text.charAt(end))
                    || !isWordChar(text.charAt(end - 1)))) {
                return new Hit(new Span(at, end), f.text, f.entity);
            }
        }
        return null;
    }

    /** The run of word characters a form begins with (its first character, if that is none). */
    private static String firstWord(String s) {
        int i = 0;
        while (i < s.length() && isWordChar(s.charAt(i))) i++;
        return s.substring(0, Math.max(i, Math.min(1, s.length())));
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
