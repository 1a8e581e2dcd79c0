package org.comunicado.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.comunicado.ingest.Span;

/**
 * Splits a block of text into sentences. A sentence ends at {@code . ! ?} (and any closing
 * quotes or brackets after it) when whitespace and a capital, digit, opening quote or bullet follow,
 * except after common abbreviations and initials. Stateless and thread-safe.
 */
public final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "sr", "sra", "srta", "lic", "ing", "mtro", "mtra", "gen", "col", "gov",
            "sen", "rep", "amb", "no", "núm", "num", "art", "arts", "st", "vs", "etc", "approx", "dept",
            "inc", "corp", "ltd", "co", "jr", "prof", "fig", "vol", "pp", "p", "ca", "d.c", "u.s", "u.k",
            "u.n", "ee.uu", "e.u", "a.c", "s.a", "uu");

    private static final int LONGEST_ABBREVIATION = ABBREVIATIONS.stream().mapToInt(String::length).max().orElseThrow();

    private Sentences() {
    }

    /** The sentences of {@code block}, trimmed, in order. */
    public static List<Span> split(String text, Span block) {
        List<Span> out = new ArrayList<>();
        for (Span s = first(text, block.begin(), block.end()); s != null; s = first(text, s.end(), block.end())) {
            out.add(s);
        }
        return out;
    }

    /**
     * The first sentence of {@code [from, to)}, trimmed, as {@link #split} gives it, or null when
     * there is none: the next one begins after the blanks after its end. Reading only the first
     * spares splitting the rest of a long block to look at what follows a quotation.
     */
    static Span first(String text, int from, int to) {
        int start = skipSpace(text, from, to);
        for (int i = start; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int end = i + 1;
                while (end < to && isCloser(text.charAt(end))) end++;
                if (end >= to) break;
                if (Character.isWhitespace(text.charAt(end))) {
                    int next = skipSpace(text, end, to);
                    if (next < to && startsSentence(text.charAt(next)) && !(c == '.' && isAbbreviation(text, start, i))) {
                        return new Span(start, trimEnd(text, start, end));
                    }
                }
            }
        }
        int end = trimEnd(text, start, to);
        return end > start ? new Span(start, end) : null;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '«'
                || c == '‘' || c == '¿' || c == '¡' || c == '(' || c == '•' || c == '[';
    }

    private static boolean isAbbreviation(String text, int sentenceStart, int dot) {
        int w = dot;
        while (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') w--;
        // Lower-casing never shortens a word: a longer one is neither an initial nor an abbreviation.
        if (w == dot || dot - w > LONGEST_ABBREVIATION) return false;
        String word = text.substring(w, dot).toLowerCase(java.util.Locale.ROOT);
        // A single letter is an initial ("J. Smith"); a word with inner dots is an abbreviation ("U.S.").
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) return true;
        return ABBREVIATIONS.contains(word);
    }

    static int skipSpace(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) from++;
        return from;
    }

    static int trimEnd(String text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
        return to;
    }
}
