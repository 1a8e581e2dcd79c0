package org.comunicado.ingest;

/**
 * A half-open range {@code [begin, end)} of a release's text, in Java {@code char} indices.
 * Immutable and validated: it never runs backwards. Conversion to the code-point offsets that
 * the RDF carries happens once, when the findings are mapped.
 */
public record Span(int begin, int end) implements Comparable<Span> {

    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
    }

    /** A span checked against the text it will be read from. */
    public static Span of(int begin, int end, CharSequence text) {
        Span span = new Span(begin, end);
        if (end > text.length()) {
            throw new IllegalArgumentException("span [" + begin + ", " + end + ") runs past a text of length " + text.length());
        }
        return span;
    }

    public int length() {
        return end - begin;
    }

    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }

    public boolean contains(int index) {
        return begin <= index && index < end;
    }

    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    public String of(CharSequence text) {
        return text.subSequence(begin, end).toString();
    }

    @Override
    public int compareTo(Span other) {
        int c = Integer.compare(begin, other.begin);
        return c != 0 ? c : Integer.compare(other.end, end);
    }
}
