package org.comunicado.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Matcher#find()} for the patterns that can only match where a word begins: those that
 * open with a word or number after a {@code (?<![\p{L}])} look-behind or a {@code \b}. They are
 * tried only at the places a word or number begins (and at the start of the region, which their
 * look-behind cannot see past), which gives the same matches as {@code find()} without trying
 * their long case-insensitive alternations at every character of a sentence. Stateless.
 */
final class WordMatches {

    private WordMatches() {
    }

    /**
     * A pattern that ends where something begins ({@code ...$}, "more than " before a number)
     * and spans at most {@code words} words (runs of letters or digits). Only the starts of the
     * last {@code words} words before the end are tried: the same leftmost match as
     * {@code find()} on the whole stretch before, at a few places instead of at every word of it.
     */
    record Trailing(Pattern pattern, int words) {
        Trailing {
            if (words < 1) throw new IllegalArgumentException("words must be at least 1: " + words);
        }

        /** The leftmost match in {@code [from, to)} (ending at {@code to}, as the pattern requires), or null. */
        Matcher endingAt(String text, int from, int to) {
            int start = to;
            for (int seen = 0; seen < words && start > from; ) {
                while (start > from && !Character.isLetterOrDigit(text.charAt(start - 1))) start--;
                if (start == from) break;
                while (start > from && Character.isLetterOrDigit(text.charAt(start - 1))) start--;
                seen++;
            }
            Matcher m = pattern.matcher(text);
            return next(m, text, from, start, to) ? m : null;
        }
    }

    static Trailing trailing(Pattern pattern, int words) {
        return new Trailing(pattern, words);
    }

    /**
     * The leftmost match of {@code pattern} in {@code [from, to)} of {@code text} (region bounds
     * as {@code Matcher.region} sets them), or null.
     */
    static Matcher first(Pattern pattern, String text, int from, int to) {
        Matcher m = pattern.matcher(text);
        return next(m, text, from, from, to) ? m : null;
    }

    /** Where the last of the non-overlapping matches that {@code find()} would give begins, or -1. */
    static int lastStart(Pattern pattern, String text, int from, int to) {
        Matcher m = pattern.matcher(text);
        int start = -1;
        int at = from;
        while (at <= to && next(m, text, from, at, to)) {
            start = m.start();
            at = m.end() > m.start() ? m.end() : m.end() + 1;
        }
        return start;
    }

    /**
     * Moves {@code m} to the first match starting in {@code [at, to)} where a word begins (or at
     * {@code regionStart}, as the region's opaque bounds hide what comes before it).
     */
    private static boolean next(Matcher m, String text, int regionStart, int at, int to) {
        for (int p = at; p < to; p++) {
            if (p > regionStart && Character.isLetter(text.charAt(p - 1))) continue;
            if (!Character.isLetterOrDigit(text.charAt(p))) continue;
            if (m.region(p, to).lookingAt()) return true;
        }
        return false;
    }
}
