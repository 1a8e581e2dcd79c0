package org.comunicado.extract;

import java.util.ArrayList;
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
     * The forms' first words by their {@link String#hashCode}, in an open-addressing table: a text's
     * words are looked up by the hash {@link #wordStarts} computed, without being cut out of the
     * text. A slot holds the hash in its high half and, in its low half, one more than the number
     * of the word's group of forms ({@link #groupStarts}); an empty slot is 0. Words that share a
     * hash share a group; a form only matches where the text's word is its own first word, so a
     * shared group finds the same hits.
     */
    private final long[] slots;
    /**
     * Where each group begins in the forms' arrays below, and where the last one ends: the forms
     * of one first word stand together, longest first, so that a word's look-up reads one slot and
     * then neighbouring entries rather than objects spread over the heap.
     */
    private final int[] groupStarts;
    private final String[] formTexts;
    private final KnownEntity[] formEntities;
    /**
     * Each form's length and last character, as {@code length << 16 | last}: a first word such as
     * "Ministry" begins forty forms, and every one of them is compared by these before its text is read.
     */
    private final int[] formShapes;
    /**
     * The characters some form begins with, for characters below {@link #INITIALS}: {@link #exactly}
     * turns most spans away by their first character before the table is probed ({@link #find}
     * reads the words' hashes alone, and the bits below turn them away without reading the text).
     */
    private final boolean[] initials = new boolean[INITIALS];
    private static final int INITIALS = 0x250;
    /**
     * Sixteen bits a first word, set where the first words' hashes fall: small enough to stay in
     * the nearest cache, it turns most capitalised words away before the larger table is probed.
     */
    private final long[] firstWordBits;
    private final int firstWordMask;
    /**
     * The hashes of the first words of the forms that begin in lower case ("de la Fuente",
     * "mecanismo COVAX"): a few particles and nouns, the only lower-case words {@link #find} looks at.
     */
    private final int[] lowerCaseFirstWords;
    /** A bit for each of those hashes (modulo 64): the words between two capitalised ones mostly fail it at once. */
    private final long lowerCaseFirstWordBits;

    public Gazetteer(Iterable<KnownEntity> entities) {
        Map<Integer, List<Form>> byHash = new HashMap<>();
        java.util.Set<Integer> lowerCaseFirst = new java.util.TreeSet<>();
        for (KnownEntity e : entities) {
            for (String form : e.surfaceForms()) {
                String f = form.strip();
                if (f.length() < 2) continue;
                int firstWordHash = firstWord(f).hashCode();
                byHash.computeIfAbsent(firstWordHash, k -> new ArrayList<>()).add(new Form(f, e));
                if (f.charAt(0) < INITIALS) initials[f.charAt(0)] = true;
                if (Character.isLowerCase(f.charAt(0))) lowerCaseFirst.add(firstWordHash);
            }
        }
        lowerCaseFirstWords = lowerCaseFirst.stream().mapToInt(Integer::intValue).toArray();
        long lowerCaseBits = 0;
        for (int hash : lowerCaseFirstWords) lowerCaseBits |= 1L << hash;
        lowerCaseFirstWordBits = lowerCaseBits;
        int bits = 1 << 10;
        while (bits < byHash.size() * 16) bits <<= 1;
        firstWordBits = new long[bits / 64];
        firstWordMask = bits - 1;
        for (int hash : byHash.keySet()) firstWordBits[(hash & firstWordMask) >>> 6] |= 1L << hash;
        slots = new long[Integer.highestOneBit(Math.max(4, byHash.size() * 2)) * 2];
        groupStarts = new int[byHash.size() + 1];
        int formCount = 0;
        for (List<Form> forms : byHash.values()) formCount += forms.size();
        formTexts = new String[formCount];
        formEntities = new KnownEntity[formCount];
        formShapes = new int[formCount];
        int group = 0;
        int next = 0;
        for (Map.Entry<Integer, List<Form>> e : byHash.entrySet()) {
            int i = slot(e.getKey());
            while (slots[i] != 0) i = (i + 1) & (slots.length - 1);
            slots[i] = (long) e.getKey() << 32 | (group + 1);
            List<Form> forms = e.getValue();
            forms.sort(Gazetteer::inOrder);
            groupStarts[group++] = next;
            for (Form f : forms) {
                formTexts[next] = f.text;
                formEntities[next] = f.entity;
                formShapes[next++] = shape(f.text);
            }
        }
        groupStarts[group] = next;
    }

    /**
     * Longest first, then a stable order, so that the same text always gives the same hits. Compared
     * field by field: a gazetteer of the names seen in a release is made for every release.
     */
    private static int inOrder(Form a, Form b) {
        if (a.text.length() != b.text.length()) return Integer.compare(b.text.length(), a.text.length());
        int byId = a.entity.id().compareTo(b.entity.id());
        return byId != 0 ? byId : a.text.compareTo(b.text);
    }

    private int slot(int hash) {
        return (hash ^ (hash >>> 16)) & (slots.length - 1);
    }

    private boolean mayBeginWith(char c) {
        return c >= INITIALS || initials[c];
    }

    /** A form's length and last character, as {@link #formShapes} keeps them. */
    private static int shape(String form) {
        return form.length() << 16 | form.charAt(form.length() - 1);
    }

    /** Whether some first word may have this hash: most words that begin no form fail here. */
    private boolean mayBeFirstWord(int hash) {
        return (firstWordBits[(hash & firstWordMask) >>> 6] & (1L << hash)) != 0;
    }

    /** The group of the forms whose first word has this hash, or -1. */
    private int groupOf(int hash) {
        if (!mayBeFirstWord(hash)) return -1;
        for (int i = slot(hash); slots[i] != 0; i = (i + 1) & (slots.length - 1)) {
            if ((int) (slots[i] >>> 32) == hash) return (int) slots[i] - 1;
        }
        return -1;
    }

    /**
     * Where the words of a region begin, with the {@link String#hashCode} of each word: what
     * {@link #find} looks at, worked out once per block for all the gazetteers that search it.
     * {@code notLowerCase} holds the indices of the words that do not begin with a lower-case letter.
     * The arrays are filled up to {@code count} and {@code notLowerCount}: made for every block,
     * they are handed on as they were filled rather than copied to size.
     */
    public record WordStarts(Span region, int[] begins, int[] hashes, int count, int[] notLowerCase, int notLowerCount) {
    }

    /** The word starts of {@code region} of {@code text} (a word may run on past the region's end). */
    public static WordStarts wordStarts(String text, Span region) {
        FoundWords found = new FoundWords(region.length() / 5);
        int i = region.begin();
        // A word that begins before the region is none of its words.
        if (i > 0 && isWordChar(text.charAt(i - 1))) {
            while (i < region.end() && isWordChar(text.charAt(i))) i++;
        }
        found.scan(text, i, region.end());
        return found.in(region);
    }

    /** The word starts found so far, in arrays grown as they fill ({@link Words#tokens(String, Span, FoundWords)} finds them too). */
    static final class FoundWords {
        private int[] begins;
        private int[] hashes;
        private int[] notLowerCase;
        private int count;
        private int notLowerCount;

        FoundWords(int expected) {
            begins = new int[Math.max(1, expected)];
            hashes = new int[begins.length];
            // In prose about one word in six is capitalised.
            notLowerCase = new int[Math.max(1, expected / 4)];
        }

        /** Adds the words that begin in {@code [from, to)}; the last may run on past {@code to}. */
        void scan(String text, int from, int to) {
            int i = from;
            while (i < to) {
                if (!isWordChar(text.charAt(i))) {
                    i++;
                    continue;
                }
                int wordEnd = i;
                int hash = 0;
                while (wordEnd < text.length() && isWordChar(text.charAt(wordEnd))) hash = 31 * hash + text.charAt(wordEnd++);
                add(text, i, hash);
                i = wordEnd;
            }
        }

        /**
         * Called for every word of every block from the tokenizer's loop: kept small enough to be
         * inlined there, with the rare growing of the arrays in methods of their own.
         */
        void add(String text, int begin, int hash) {
            if (count == begins.length) growWords();
            char first = text.charAt(begin);
            if (first < 'a' || first > 'z' && !Character.isLowerCase(first)) {
                if (notLowerCount == notLowerCase.length) growNotLowerCase();
                notLowerCase[notLowerCount++] = count;
            }
            begins[count] = begin;
            hashes[count++] = hash;
        }

        private void growWords() {
            begins = java.util.Arrays.copyOf(begins, count * 2);
            hashes = java.util.Arrays.copyOf(hashes, count * 2);
        }

        private void growNotLowerCase() {
            notLowerCase = java.util.Arrays.copyOf(notLowerCase, notLowerCount * 2);
        }

        WordStarts in(Span region) {
            return new WordStarts(region, begins, hashes, count, notLowerCase, notLowerCount);
        }
    }

    /** The non-overlapping hits inside {@code region}, in text order. */
    public List<Hit> find(String text, Span region) {
        return find(text, wordStarts(text, region));
    }

    /** The non-overlapping hits inside the region of {@code words}, in text order. */
    public List<Hit> find(String text, WordStarts words) {
        return find(text, words, words.region());
    }

    /**
     * The non-overlapping hits inside {@code within}, a part of the region of {@code words}: those
     * of {@link #find(String, Span) find(text, within)}, from the words already found rather than
     * by reading the text again.
     */
    List<Hit> find(String text, WordStarts words, Span within) {
        // Most blocks hold no form of a given gazetteer: the list is made for the first hit.
        List<Hit> hits = List.of();
        int taken = within.begin();
        int[] begins = words.begins();
        int[] hashes = words.hashes();
        // The words that do not begin in lower case, in order, and among the others only the first
        // words of lower-case forms: most of a text's words are never looked at.
        int[] capitalised = words.notLowerCase();
        // The whole region, as most searches are, needs no search for where its words begin and end.
        boolean whole = within.equals(words.region());
        int first = whole ? 0 : firstAtLeast(begins, words.count(), within.begin());
        int count = whole ? words.count() : firstAtLeast(begins, words.count(), within.end());
        int nextCapitalised = whole ? 0 : firstAtLeast(capitalised, words.notLowerCount(), first);
        int k = first - 1;
        while (true) {
            int capital = nextCapitalised < words.notLowerCount() ? Math.min(capitalised[nextCapitalised], count) : count;
            k = lowerCaseFirstWords.length == 0 ? capital : nextLowerCaseFirstWord(hashes, k + 1, capital);
            if (k == count) break;
            if (k == capital) nextCapitalised++;
            // The bits turn most words away by their hash alone; no form starts inside a form already found.
            if (!mayBeFirstWord(hashes[k]) || begins[k] < taken) continue;
            Hit hit = hitAt(text, begins[k], within.end(), hashes[k]);
            if (hit != null) {
                if (hits.isEmpty()) hits = new ArrayList<>();
                hits.add(hit);
                taken = hit.span().end();
            }
        }
        return hits;
    }

    /** The index of the first of the {@code count} ascending {@code values} that is at least {@code value}, else {@code count}. */
    private static int firstAtLeast(int[] values, int count, int value) {
        int i = java.util.Arrays.binarySearch(values, 0, count, value);
        return i >= 0 ? i : -i - 1;
    }

    /** The first word in {@code [from, to)} that some lower-case form begins with, else {@code to}. */
    private int nextLowerCaseFirstWord(int[] hashes, int from, int to) {
        for (int k = from; k < to; k++) {
            if ((lowerCaseFirstWordBits & 1L << hashes[k]) == 0) continue;
            for (int h : lowerCaseFirstWords) if (hashes[k] == h) return k;
        }
        return to;
    }

    /**
     * The hit that is exactly {@code span}, when {@code find(text, span)} gives that one hit and
     * no other, else null: asked of every definition and every headed phrase, so answered by
     * looking only at the span's first word rather than by scanning the whole span.
     */
    public Hit exactly(String text, Span span) {
        int at = span.begin();
        if (at >= span.end() || !isWordChar(text.charAt(at)) || (at > 0 && isWordChar(text.charAt(at - 1)))
                || !mayBeginWith(text.charAt(at))) {
            return null;
        }
        int hash = 0;
        for (int i = at; i < text.length() && isWordChar(text.charAt(i)); i++) hash = 31 * hash + text.charAt(i);
        // The longest form that fits is found first; one that fits but ends early is a different first hit.
        Hit hit = hitAt(text, at, span.end(), hash);
        return hit != null && hit.span().end() == span.end() ? hit : null;
    }

    /** The longest form that stands at {@code at} as whole words and ends by {@code limit}, where the word there has {@code hash}; else null. */
    private Hit hitAt(String text, int at, int limit, int hash) {
        int group = groupOf(hash);
        if (group < 0) return null;
        for (int f = groupStarts[group]; f < groupStarts[group + 1]; f++) {
            int end = at + (formShapes[f] >>> 16);
            // Forms of one first word share their beginnings ("Secretaría de …"): their last characters tell them apart sooner.
            if (end > limit || text.charAt(end - 1) != (char) formShapes[f]) continue;
            if (text.startsWith(formTexts[f], at) && (end == text.length() || !isWordChar(text.charAt(end))
                    || !isWordChar(text.charAt(end - 1)))) {
                return new Hit(new Span(at, end), formTexts[f], formEntities[f]);
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
        return Words.isLetterOrDigit(c);
    }
}
