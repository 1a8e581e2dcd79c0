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

    /** The same, looked up in the text without copying a word out. */
    private static final FoldedWords ABBREVIATION_WORDS = FoldedWords.of(ABBREVIATIONS);

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
        return endingAfter(text, start, start, to);
    }

    /**
     * The sentence of {@code [from, to)} that holds the letter or digit at {@code at}, as
     * {@link #split} gives it when splitting from {@code from}. Whether a terminator
     * ends a sentence depends only on the characters around it, so the sentence start is found by
     * reading back from {@code at} to the nearest terminator that ends one: the sentences before it
     * are not split (a block's first number often stands several sentences in).
     */
    static Span containing(String text, int from, int at, int to) {
        int blockStart = skipSpace(text, from, to);
        int start = blockStart;
        for (int i = at - 1; i >= blockStart; i--) {
            if (!isTerminator(text.charAt(i))) continue;
            int end = closersEnd(text, i + 1, to);
            // A sentence's first word never reaches back past the blanks before it, so the block's
            // start bounds the abbreviation test as well as the sentence's own start does.
            if (end < to && endsSentence(text, blockStart, i, end, to)) {
                start = skipSpace(text, end, to);
                break;
            }
        }
        // No terminator in [start, at) ends a sentence, and none can end one with closers and blanks
        // that reach past a letter or digit: the search for its end goes on from at.
        return endingAfter(text, start, at, to);
    }

    /**
     * The sentence beginning at {@code start} (not whitespace), trimmed, when no terminator in
     * {@code [start, scanFrom)} ends it; null when it is empty.
     */
    private static Span endingAfter(String text, int start, int scanFrom, int to) {
        for (int i = scanFrom; i < to; i++) {
            if (isTerminator(text.charAt(i))) {
                int end = closersEnd(text, i + 1, to);
                if (end >= to) break;
                if (endsSentence(text, start, i, end, to)) return new Span(start, trimEnd(text, start, end));
            }
        }
        int end = trimEnd(text, start, to);
        return end > start ? new Span(start, end) : null;
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    /** Where the closing quotes and brackets from {@code from} end, {@code to} at the latest. */
    private static int closersEnd(String text, int from, int to) {
        int end = from;
        while (end < to && isCloser(text.charAt(end))) end++;
        return end;
    }

    /**
     * Whether the terminator at {@code i}, with its closers up to {@code end} (before {@code to}),
     * ends the sentence that begins at {@code start}: blanks and a character that starts a
     * sentence follow, and it is not the dot of an abbreviation or initial.
     */
    private static boolean endsSentence(String text, int start, int i, int end, int to) {
        if (!Character.isWhitespace(text.charAt(end))) return false;
        int next = skipSpace(text, end, to);
        return next < to && startsSentence(text.charAt(next)) && !(text.charAt(i) == '.' && isAbbreviation(text, start, i));
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
        // An ASCII word lower-cases char by char, as the words are folded: looked up in place.
        if (FoldedWords.isAscii(text, w, dot)) {
            return dot - w == 1 ? isAsciiLetter(text.charAt(w)) : ABBREVIATION_WORDS.contains(text, w, dot);
        }
        String word = text.substring(w, dot).toLowerCase(java.util.Locale.ROOT);
        // A single letter is an initial ("J. Smith"); a word with inner dots is an abbreviation ("U.S.").
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) return true;
        return ABBREVIATIONS.contains(word);
    }

    private static boolean isAsciiLetter(char c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
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
