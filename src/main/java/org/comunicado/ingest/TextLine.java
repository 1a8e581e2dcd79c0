package org.comunicado.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A non-blank line of a text, trimmed: {@code [begin, end)} in char indices of {@code source}.
 * Whitespace here includes no-break spaces, which web copies are full of. The line's characters
 * are cut from the source only when {@link #text()} asks for them: most lines are paragraphs,
 * of which the reader looks at the first character alone.
 */
record TextLine(String source, int begin, int end) {

    /** All of {@code s} as one line, as it is (not trimmed). */
    static TextLine of(String s) {
        return new TextLine(s, 0, s.length());
    }

    /** The non-blank lines of {@code text}, in order, each without surrounding whitespace. */
    static List<TextLine> split(String text) {
        List<TextLine> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int stop = newline < 0 ? text.length() : newline;
            TextLine line = trimmed(text, start, stop);
            if (line != null) {
                lines.add(line);
            }
            start = stop + 1;
        }
        return lines;
    }

    /** The part of {@code text} in {@code [begin, end)} without surrounding space, or null if blank. */
    static TextLine trimmed(String text, int begin, int end) {
        int b = begin;
        int e = end;
        while (b < e && isSpace(text.charAt(b))) {
            b++;
        }
        while (e > b && isSpace(text.charAt(e - 1))) {
            e--;
        }
        return b == e ? null : new TextLine(text, b, e);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    /** The line's characters, a new string each call. */
    String text() {
        return source.substring(begin, end);
    }

    int length() {
        return end - begin;
    }

    char first() {
        return source.charAt(begin);
    }

    char last() {
        return source.charAt(end - 1);
    }

    Span span() {
        return new Span(begin, end);
    }

    /** This line without its first {@code n} characters and the space after them, or null if nothing is left. */
    TextLine dropFirst(int n) {
        return trimmed(source, begin + n, end);
    }
}
