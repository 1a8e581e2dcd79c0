package org.comunicado.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.comunicado.ingest.Span;

/**
 * Finds the quoted stretches of a release: the text between matching quote marks, including
 * quotations that run over several blocks, with scare quotes and quoted names left out.
 * Stateless and thread-safe.
 */
final class QuoteFinder {

    /**
     * One quotation as found on the page.
     *
     * @param inner the quoted words, trimmed, without the marks
     * @param open  index of the opening mark
     * @param close index of the closing mark, or the end of the last block when the quote never closes
     * @param block index of the block the quotation opens in
     * @param lastBlock index of the block it ends in
     */
    record Found(Span inner, int open, int close, int block, int lastBlock) {
    }

    /** Fewer words than this, with no sentence-final punctuation, is a scare quote ("unilateral"). */
    private static final int MIN_WORDS = 4;
    /** Single curly quotes double as apostrophes, so only long stretches count. */
    private static final int MIN_WORDS_SINGLE = 6;

    private QuoteFinder() {
    }

    static List<Found> find(String text, List<Span> blocks) {
        List<Found> out = new ArrayList<>();
        OpeningMarks marks = new OpeningMarks(text);
        for (int b = 0; b < blocks.size(); b++) {
            Span block = blocks.get(b);
            int i = block.begin();
            while ((i = marks.next(i, block.end())) >= 0) {
                char c = text.charAt(i);
                if (!isOpening(text, i, block)) {
                    i++;
                    continue;
                }
                int[] end = findClose(text, blocks, b, i, c);
                if (end == null) {
                    i++;
                    continue;
                }
                int close = end[0];
                Span inner = trim(text, i + 1, close);
                if (inner != null && isQuotation(text, inner.begin(), inner.end(), c)) {
                    out.add(new Found(inner, i, close, b, end[1]));
                }
                if (end[1] != b) break;
                i = close + 1;
            }
        }
        return dropContinued(out);
    }

    /** A quote that ran into later blocks already covers the marks found there. */
    private static List<Found> dropContinued(List<Found> found) {
        List<Found> out = new ArrayList<>();
        int coveredTo = -1;
        for (Found f : found) {
            if (f.open() < coveredTo) continue;
            out.add(f);
            coveredTo = f.close() + 1;
        }
        return out;
    }

    /**
     * Where each mark that can open a quotation next stands in one text, each found with
     * {@link String#indexOf} (which reads many characters at a time) and kept until the search
     * passes it: comparing every character of every block with five marks was most of the
     * finder's time. Made for one call of {@link #find}: not thread-safe.
     */
    static final class OpeningMarks {
        private static final char[] MARKS = {'"', '“', '«', '„', '‘'};
        private final String text;
        /** For each mark, where it was last looked for from, and where it was found then (-1: nowhere after). */
        private final int[] lookedFrom = new int[MARKS.length];
        private final int[] found = new int[MARKS.length];

        OpeningMarks(String text) {
            this.text = text;
            Arrays.fill(lookedFrom, Integer.MAX_VALUE);
        }

        /** The first character in {@code [from, to)} that can open a quotation, or -1. */
        int next(int from, int to) {
            int first = -1;
            for (int k = 0; k < MARKS.length; k++) {
                if (from < lookedFrom[k] || found[k] >= 0 && found[k] < from) {
                    lookedFrom[k] = from;
                    found[k] = text.indexOf(MARKS[k], from);
                }
                if (found[k] >= 0 && found[k] < to && (first < 0 || found[k] < first)) first = found[k];
            }
            return first;
        }
    }

    private static boolean isOpening(String text, int i, Span block) {
        char c = text.charAt(i);
        switch (c) {
            case '“', '«', '„':
                return true;
            case '‘':
                return i + 1 < block.end() && !Character.isWhitespace(text.charAt(i + 1));
            case '"':
                boolean before = i == block.begin() || isOpenContext(text.charAt(i - 1));
                return before && i + 1 < block.end() && !Character.isWhitespace(text.charAt(i + 1));
            default:
                return false;
        }
    }

    private static boolean isOpenContext(char p) {
        // A comma or colon glued to the mark ("said,\"We") still opens: the mark is followed by a word.
        return Character.isWhitespace(p) || p == '(' || p == '[' || p == '—' || p == '–' || p == '-' || p == ':' || p == ','
                || p == ';'
                || p == '•' || p == '¡' || p == '¿';
    }

    private static boolean closes(String text, int i, char open, Span block) {
        char c = text.charAt(i);
        return switch (open) {
            case '“', '„' -> c == '”' || c == '"' || (open == '„' && c == '“');
            case '«' -> c == '»';
            case '"' -> c == '"' || c == '”';
            // An apostrophe sits between letters ("government’s"); a closing mark does not.
            case '‘' -> c == '’' && (i + 1 >= block.end() || !Character.isLetter(text.charAt(i + 1)));
            default -> false;
        };
    }

    /**
     * The closing mark for the opening mark at {@code open}: {index, block}. Looks in the same
     * block first, then in the blocks after it, where a block that opens with a quote mark
     * continues the quotation (the classic multi-paragraph style) and a closing mark before any
     * opening one ends it. Null when nothing closes it and it is too short to stand unclosed.
     */
    private static int[] findClose(String text, List<Span> blocks, int b, int open, char mark) {
        Span block = blocks.get(b);
        int close = scanClose(text, block, open + 1, mark);
        if (close >= 0) return new int[] {close, b};
        for (int next = b + 1; next < blocks.size(); next++) {
            Span nb = blocks.get(next);
            int first = skipBullet(text, nb);
            if (first < nb.end() && isContinuationMark(text.charAt(first), mark)) {
                close = scanClose(text, nb, first + 1, mark);
                if (close >= 0) return new int[] {close, next};
                continue;
            }
            if (mark != '"') {
                close = scanClose(text, nb, nb.begin(), mark);
                int reopen = firstOpening(text, nb);
                if (close >= 0 && (reopen < 0 || close < reopen)) return new int[] {close, next};
            }
            break;
        }
        // Unclosed in its own block and not continued: a truncated release; keep it to the block end.
        int end = Sentences.trimEnd(text, open + 1, block.end());
        if (mark != '‘' && words(text, open + 1, end) >= MIN_WORDS && endsSentence(text, open + 1, end)) return new int[] {end, b};
        return null;
    }

    private static boolean isContinuationMark(char c, char mark) {
        return c == mark || c == '“' || c == '"' || c == '«' || (mark == '«' && c == '»');
    }

    private static int scanClose(String text, Span block, int from, char mark) {
        for (int j = from; j < block.end(); j++) {
            if (closes(text, j, mark, block)) {
                // A straight mark glued to the next word opens a new quote rather than closing this one.
                if (mark == '"' && j + 1 < block.end() && Character.isLetterOrDigit(text.charAt(j + 1))
                        && Character.isWhitespace(text.charAt(j - 1))) {
                    continue;
                }
                return j;
            }
        }
        return -1;
    }

    private static int firstOpening(String text, Span block) {
        for (int j = block.begin(); j < block.end(); j++) {
            if (isOpening(text, j, block)) return j;
        }
        return -1;
    }

    private static int skipBullet(String text, Span block) {
        int i = Sentences.skipSpace(text, block.begin(), block.end());
        while (i < block.end() && (text.charAt(i) == '•' || text.charAt(i) == '-' || text.charAt(i) == '–'
                || text.charAt(i) == '—' || Character.isWhitespace(text.charAt(i)))) {
            i++;
        }
        return i;
    }

    private static Span trim(String text, int from, int to) {
        int b = Sentences.skipSpace(text, from, to);
        int e = Sentences.trimEnd(text, b, to);
        return e > b ? new Span(b, e) : null;
    }

    /** Whether the quoted words {@code [from, to)} of {@code text} are a quotation, read in place. */
    private static boolean isQuotation(String text, int from, int to, char mark) {
        int words = words(text, from, to);
        if (mark == '‘' && words < MIN_WORDS_SINGLE) return false;
        if (words < MIN_WORDS && !endsSentence(text, from, to)) return false;
        return !isQuotedName(text, from, to, words);
    }

    /** "Jóvenes Construyendo el Futuro" in quotes names a thing; nobody is being quoted. */
    private static boolean isQuotedName(String text, int from, int to, int words) {
        if (words > 8 || endsSentence(text, from, to)) return false;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == ',') return false;
        }
        // Each run between runs of \\s, read in place rather than split out.
        int wordStart = from;
        for (int i = from; i <= to; i++) {
            if (i < to && !SpeechLexicon.isRegexSpace(text.charAt(i))) continue;
            // A word of four chars or more: its first code point lies well inside the quoted words.
            if (i - wordStart > 3 && !Character.isUpperCase(text.codePointAt(wordStart))) return false;
            wordStart = i + 1;
        }
        return true;
    }

    static int words(String s) {
        return words(s, 0, s.length());
    }

    /** The words of {@code [from, to)} of {@code text}, counted in place. */
    static int words(String text, int from, int to) {
        int count = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) count++;
            inWord = !space;
        }
        return count;
    }

    static boolean endsSentence(String s) {
        return endsSentence(s, 0, s.length());
    }

    /** Whether {@code [from, to)} of {@code text} ends a sentence, read in place. */
    static boolean endsSentence(String text, int from, int to) {
        int i = to - 1;
        while (i >= from && (Character.isWhitespace(text.charAt(i)) || "\"”’»)]".indexOf(text.charAt(i)) >= 0)) i--;
        return i >= from && ".!?…".indexOf(text.charAt(i)) >= 0;
    }
}
