package org.comunicado.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Matcher#find()} for a pattern that can only match where a word begins: one that opens
 * with a word or number after a {@code (?<![\p{L}])} look-behind (not {@code \b}, which also
 * refuses a digit before the word: a look-behind this class cannot see past). It is tried
 * only where a word or number begins (and at the start of the region, which its look-behind
 * cannot see past), and only where the first character is one a match can begin with. That
 * gives the same matches as {@code find()} without trying long case-insensitive alternations
 * at every character of a sentence. Immutable and thread-safe.
 */
final class WordMatches {

    /** Characters below this are checked against the table of first characters; others are always tried. */
    private static final int TABLE_SIZE = 0x250;

    private final Pattern pattern;
    /** For a pattern that ends where something begins ({@code ...$}): how many words it spans at most; else 0. */
    private final int words;
    private final boolean[] canBegin = new boolean[TABLE_SIZE];
    /** Whether two ASCII letters can begin a match, by {@link #asciiLetter} index: most words fail here. */
    private final boolean[] canBeginPair = new boolean[52 * 52];

    private WordMatches(Pattern pattern, int words) {
        this.pattern = pattern;
        this.words = words;
        // A character can begin a match if the pattern matches it alone, or runs out of input
        // trying (hitEnd): then more text after it might complete a match.
        Matcher probe = pattern.matcher("");
        for (char c = 0; c < TABLE_SIZE; c++) {
            probe.reset(String.valueOf(c));
            canBegin[c] = probe.lookingAt() || probe.hitEnd();
        }
        for (int a = 0; a < 52; a++) {
            for (int b = 0; b < 52; b++) {
                probe.reset(new String(new char[] {ASCII_LETTERS.charAt(a), ASCII_LETTERS.charAt(b)}));
                canBeginPair[a * 52 + b] = probe.lookingAt() || probe.hitEnd();
            }
        }
    }

    private static final String ASCII_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /** The index of {@code c} in {@link #ASCII_LETTERS}, or -1. */
    private static int asciiLetter(char c) {
        if (c >= 'A' && c <= 'Z') return c - 'A';
        if (c >= 'a' && c <= 'z') return c - 'a' + 26;
        return -1;
    }

    /** Whether a match can begin with the character at {@code p} (and the one after it, when both are ASCII letters). */
    private boolean canBeginAt(String text, int p, int to) {
        char c = text.charAt(p);
        if (c < TABLE_SIZE && !canBegin[c]) return false;
        int a = asciiLetter(c);
        int b = p + 1 < to ? asciiLetter(text.charAt(p + 1)) : -1;
        return a < 0 || b < 0 || canBeginPair[a * 52 + b];
    }

    Pattern pattern() {
        return pattern;
    }

    /** {@code pattern}, searched for anywhere in a stretch of text. */
    static WordMatches of(Pattern pattern) {
        return new WordMatches(pattern, 0);
    }

    /**
     * {@code pattern}, which ends where something begins ({@code ...$}, "more than " before a
     * number) and spans at most {@code words} words (runs of letters or digits). Only the starts of
     * the last {@code words} words before the end are tried, not every word of the stretch before.
     */
    static WordMatches trailing(Pattern pattern, int words) {
        if (words < 1) throw new IllegalArgumentException("words must be at least 1: " + words);
        return new WordMatches(pattern, words);
    }

    /**
     * The leftmost match in {@code [from, to)} of {@code text} (region bounds as
     * {@code Matcher.region} sets them), or null.
     */
    Matcher first(String text, int from, int to) {
        return next(null, text, from, from, to);
    }

    /** Where the last of the non-overlapping matches that {@code find()} would give begins, or -1. */
    int lastStart(String text, int from, int to) {
        Matcher m = null;
        int start = -1;
        int at = from;
        while (at <= to && (m = next(m, text, from, at, to)) != null) {
            start = m.start();
            at = m.end() > m.start() ? m.end() : m.end() + 1;
        }
        return start;
    }

    /** For a {@link #trailing} pattern: its leftmost match in {@code [from, to)}, ending at {@code to}, or null. */
    Matcher endingAt(String text, int from, int to) {
        if (words == 0) throw new IllegalStateException("not a trailing pattern: " + pattern);
        int start = to;
        for (int seen = 0; seen < words && start > from; ) {
            while (start > from && !Words.isLetterOrDigit(text.charAt(start - 1))) start--;
            if (start == from) break;
            while (start > from && Words.isLetterOrDigit(text.charAt(start - 1))) start--;
            seen++;
        }
        return next(null, text, from, start, to);
    }

    /**
     * The first match starting in {@code [at, to)} where a word begins (or at {@code regionStart},
     * as the region's opaque bounds hide what comes before it), or null. Uses {@code m} when given;
     * otherwise a matcher is made at the first place worth trying, since most searches find none.
     */
    private Matcher next(Matcher m, String text, int regionStart, int at, int to) {
        // Whether the character before p is a letter, after which no match begins: carried along rather than read twice.
        boolean afterLetter = at > regionStart && Words.isLetter(text.charAt(at - 1));
        for (int p = at; p < to; p++) {
            char c = text.charAt(p);
            boolean letter = Words.isLetter(c);
            boolean tried = !afterLetter && (letter || Words.isLetterOrDigit(c)) && canBeginAt(text, p, to);
            afterLetter = letter;
            if (!tried) continue;
            if (m == null) m = pattern.matcher(text);
            if (m.region(p, to).lookingAt()) return m;
        }
        return null;
    }
}
