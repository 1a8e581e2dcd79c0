package org.comunicado.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Matcher#lookingAt()} for a pattern that must match right where something ends (a number,
 * a quantity): one that opens with optional or required blanks ({@code [ \t\u00a0]}) and then
 * needs a character that is not a blank. Most numbers are followed by a word that cannot begin the
 * pattern, so the first few characters after the blanks are checked against the prefixes that can
 * begin it before a {@link Matcher} is made at all. The same answers as a plain
 * {@code lookingAt()}. Immutable and thread-safe.
 *
 * <p>The prefixes come from probing the pattern, one character more at a time, alone and after
 * one space: a prefix can begin a match if the pattern matches the probe or runs out of input
 * trying (hitEnd), so that more text might complete a match. That holds only for patterns whose
 * later parts never match an opening blank: the blanks before the first other character are all
 * the pattern's opening blanks, and one space stands for any run of them. Only the characters of
 * {@link #isProbed} are probed; any other character lets the pattern be tried. A pattern compiled
 * {@code CASE_INSENSITIVE} (with no inline flag turning that off) is probed in lower case only,
 * and the text's ASCII capitals are folded before they are looked up.
 */
final class AnchoredMatches {

    /**
     * At most this many characters after the blanks are checked: enough to tell a word that only
     * begins like the pattern ("in the" from "in comparison", "more people" from "more than").
     */
    private static final int DEPTH = 6;

    /** A level with more prefixes than this is not probed further (a pattern that opens with any letter). */
    private static final int MOST_PREFIXES = 45;

    private final Pattern pattern;
    private final boolean foldsCase;
    /** The hashes ({@link String#hashCode}) of the prefixes that can begin a match, sorted, by length - 1. */
    private final int[][] prefixHashes;
    /**
     * The hashes of the prefixes the pattern already matches, by length - 1: past one of them the
     * text is not checked further, and such a prefix is not probed further ("%" of a percent sign).
     */
    private final int[][] matchedHashes;
    /** The first level of {@link #prefixHashes} as a table by character: most text is turned away there. */
    private final boolean[] firstChars = new boolean[FIRST_CHARS_END];

    /**
     * The characters probed first are those below this: ASCII and Latin-1 (line breaks too, as a number
     * often ends a line) and the general punctuation block (dashes, curly quotes, ellipsis).
     */
    private static final int FIRST_CHARS_END = 0x2070;

    private AnchoredMatches(Pattern pattern) {
        this.pattern = pattern;
        this.foldsCase = (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0;
        Matcher probe = pattern.matcher("");
        if (probe.reset("").lookingAt() || probe.reset(" ").lookingAt()) {
            throw new IllegalArgumentException("the pattern matches blanks alone: " + pattern);
        }
        List<int[]> levels = new ArrayList<>();
        List<int[]> matchedLevels = new ArrayList<>();
        List<String> prefixes = List.of("");
        for (int depth = 1; depth <= DEPTH && !prefixes.isEmpty() && prefixes.size() <= MOST_PREFIXES; depth++) {
            List<String> longer = new ArrayList<>();
            List<String> matched = new ArrayList<>();
            for (String prefix : prefixes) {
                for (char c = 0; c < FIRST_CHARS_END; c++) {
                    if (isProbed(c, depth) && !(foldsCase && c >= 'A' && c <= 'Z')
                            && !(depth == 1 && isBlank(c)) && canBegin(probe, prefix + c)) {
                        (matches(probe, prefix + c) ? matched : longer).add(prefix + c);
                    }
                }
            }
            levels.add(hashes(longer, matched));
            matchedLevels.add(hashes(matched, List.of()));
            prefixes = longer;
        }
        this.prefixHashes = levels.toArray(new int[0][]);
        this.matchedHashes = matchedLevels.toArray(new int[0][]);
        // A prefix of one character hashes to that character, one of those probed first.
        if (prefixHashes.length > 0) {
            for (int c : prefixHashes[0]) firstChars[c] = true;
        }
    }

    private static int[] hashes(List<String> prefixes, List<String> more) {
        return java.util.stream.Stream.concat(prefixes.stream(), more.stream()).mapToInt(String::hashCode).distinct().sorted().toArray();
    }

    private static boolean matches(Matcher probe, String start) {
        return probe.reset(start).lookingAt() || probe.reset(" " + start).lookingAt();
    }

    private static boolean canBegin(Matcher probe, String start) {
        return probe.reset(start).lookingAt() || probe.hitEnd() || probe.reset(" " + start).lookingAt() || probe.hitEnd();
    }

    /**
     * The characters probed: first ASCII, Latin-1 and general punctuation; after it, where the
     * prefixes multiply, only the blanks, ASCII and Latin-1 letters ("años"), dots and hyphens.
     */
    private static boolean isProbed(char c, int depth) {
        if (depth == 1) return c < 0x100 || c >= 0x2000 && c < FIRST_CHARS_END;
        return c == ' ' || c == '\t' || c == '.' || c == '-' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
                || c >= 0xc0 && c < 0x100;
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
        while (i < to && isBlank(text.charAt(i))) i++;
        if (i == to) return null;
        int hash = 0;
        for (int depth = 0; depth < prefixHashes.length && i + depth < to; depth++) {
            char c = text.charAt(i + depth);
            if (foldsCase && c >= 'A' && c <= 'Z') c = (char) (c + ('a' - 'A'));
            if (!isProbed(c, depth + 1)) break;
            hash = 31 * hash + c;
            boolean canBegin = depth == 0 ? firstChars[hash] : Arrays.binarySearch(prefixHashes[depth], hash) >= 0;
            if (!canBegin) return null;
            if (matchedHashes[depth].length > 0 && Arrays.binarySearch(matchedHashes[depth], hash) >= 0) break;
        }
        Matcher m = pattern.matcher(text).region(from, to);
        return m.lookingAt() ? m : null;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u00a0';
    }

    /** Whether the pattern matches at {@code from}, in the region {@code [from, to)}. */
    boolean matchesAt(String text, int from, int to) {
        return at(text, from, to) != null;
    }
}
