package org.comunicado.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Matcher#lookingAt()} for a pattern that must match right where something ends (a number,
 * a quantity): one that opens with optional or required blanks ({@code [ \t\u00a0]}) and then
 * needs a character that is not a blank. Most numbers are followed by a word that cannot begin the
 * pattern, so the first two characters after the blanks are checked against tables before a
 * {@link Matcher} is made at all. The same answers as a plain {@code lookingAt()}. Immutable and
 * thread-safe.
 *
 * <p>The tables come from probing the pattern with each character, alone and after one space:
 * a character can come first if the pattern matches the probe or runs out of input trying
 * (hitEnd), so that more text might complete a match. That holds only for patterns whose later
 * parts never match a blank: the blanks before the first other character are all the pattern's
 * opening blanks, and one space stands for any run of them.
 */
final class AnchoredMatches {

    /** Characters below this are checked against the tables; others are always tried. */
    private static final int TABLE_SIZE = 0x250;

    private static final String BLANKS = " \t\u00a0";

    private final Pattern pattern;
    private final boolean[] canBegin = new boolean[TABLE_SIZE];
    /** Whether two ASCII letters can begin what follows the blanks, by {@link #asciiLetter} index. */
    private final boolean[] canBeginPair = new boolean[52 * 52];

    private AnchoredMatches(Pattern pattern) {
        this.pattern = pattern;
        Matcher probe = pattern.matcher("");
        if (probe.reset("").lookingAt() || probe.reset(" ").lookingAt()) {
            throw new IllegalArgumentException("the pattern matches blanks alone: " + pattern);
        }
        for (char c = 0; c < TABLE_SIZE; c++) {
            canBegin[c] = BLANKS.indexOf(c) < 0 && canBegin(probe, String.valueOf(c));
        }
        for (int a = 0; a < 52; a++) {
            for (int b = 0; b < 52; b++) {
                canBeginPair[a * 52 + b] = canBegin(probe, new String(new char[] {ASCII_LETTERS.charAt(a), ASCII_LETTERS.charAt(b)}));
            }
        }
    }

    private static boolean canBegin(Matcher probe, String start) {
        return probe.reset(start).lookingAt() || probe.hitEnd() || probe.reset(" " + start).lookingAt() || probe.hitEnd();
    }

    private static final String ASCII_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /** The index of {@code c} in {@link #ASCII_LETTERS}, or -1. */
    private static int asciiLetter(char c) {
        if (c >= 'A' && c <= 'Z') return c - 'A';
        if (c >= 'a' && c <= 'z') return c - 'a' + 26;
        return -1;
    }

    /**
     * {@code pattern}, which opens with blanks ({@code [ \t\u00a0]}, any number) and then needs a
     * character that no later part of it shares with them; usually anchored with {@code \G}.
     */
    static AnchoredMatches of(Pattern pattern) {
        return new AnchoredMatches(pattern);
    }

    /** The match of the pattern at {@code from}, in the region {@code [from, to)} with default bounds, or null. */
    Matcher at(String text, int from, int to) {
        int i = from;
        while (i < to && BLANKS.indexOf(text.charAt(i)) >= 0) i++;
        if (i == to) return null;
        char c = text.charAt(i);
        if (c < TABLE_SIZE && !canBegin[c]) return null;
        int a = asciiLetter(c);
        int b = i + 1 < to ? asciiLetter(text.charAt(i + 1)) : -1;
        if (a >= 0 && b >= 0 && !canBeginPair[a * 52 + b]) return null;
        Matcher m = pattern.matcher(text).region(from, to);
        return m.lookingAt() ? m : null;
    }

    /** Whether the pattern matches at {@code from}, in the region {@code [from, to)}. */
    boolean matchesAt(String text, int from, int to) {
        return at(text, from, to) != null;
    }
}
