package org.comunicado.extract;

/**
 * Runs of letters ({@code char}s that are letters) in a stretch of text, cut at its end: the
 * words a whole-word pattern can match there, read without one. Stateless.
 */
final class LetterRuns {

    private LetterRuns() {
    }

    /** Where the first run of letters at or after {@code from} begins, or {@code to} when none does before it. */
    static int start(String text, int from, int to) {
        int i = from;
        while (i < to && !isLetter(text.charAt(i))) i++;
        return i;
    }

    /** Where the run of letters beginning at {@code start} ends, {@code to} at the latest. */
    static int end(String text, int start, int to) {
        int end = start;
        while (end < to && isLetter(text.charAt(end))) end++;
        return end;
    }

    /** {@link Character#isLetter(char)}, without its table look-up for ASCII, where most characters are. */
    private static boolean isLetter(char c) {
        return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }
}
