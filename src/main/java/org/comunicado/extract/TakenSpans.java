package org.comunicado.extract;

import java.util.Arrays;
import java.util.List;
import org.comunicado.ingest.Span;

/**
 * The stretches of one release that accepted mentions already hold, asked whether a candidate
 * overlaps any of them ({@link Span#overlaps}): every candidate of every name extractor asks. The
 * spans are kept sorted by where they begin, beside the furthest end among each one and those
 * before it, so that a question is one binary search: a release has some tens of mentions, and
 * two small arrays cost less to make than a bit per character of its text. Countries and places
 * ask few questions, or need the mention itself, and look at the mentions directly. Per extractor call: not thread-safe, never shared.
 */
final class TakenSpans {

    /** Each span as {@code begin << 32 | end}, sorted: by where it begins, then where it ends. */
    private long[] spans;
    /** For each {@code i}, the furthest end among {@code spans[0..i]}. */
    private int[] furthestEnd;
    private int count;

    private TakenSpans(int capacity) {
        spans = new long[Math.max(4, capacity)];
        furthestEnd = new int[spans.length];
    }

    static TakenSpans of(List<Mention> mentions) {
        TakenSpans taken = new TakenSpans(mentions.size() + 8);
        for (Mention m : mentions) taken.spans[taken.count++] = key(m.span());
        Arrays.sort(taken.spans, 0, taken.count);
        taken.furthestEndsFrom(0);
        return taken;
    }

    void add(Span span) {
        long key = key(span);
        int at = firstAtLeast(key + 1);
        if (count == spans.length) {
            spans = Arrays.copyOf(spans, count * 2);
            furthestEnd = Arrays.copyOf(furthestEnd, count * 2);
        }
        System.arraycopy(spans, at, spans, at + 1, count - at);
        spans[at] = key;
        count++;
        furthestEndsFrom(at);
    }

    /**
     * Whether a span taken begins before {@code span} ends and ends after it begins: among those
     * that begin before its end, which sort first, whether the furthest end lies past its begin.
     */
    boolean overlapsAny(Span span) {
        int beforeEnd = firstAtLeast((long) span.end() << 32);
        return beforeEnd > 0 && furthestEnd[beforeEnd - 1] > span.begin();
    }

    private static long key(Span span) {
        return (long) span.begin() << 32 | span.end();
    }

    /** The index of the first span whose key is {@code key} or more. */
    private int firstAtLeast(long key) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (spans[mid] < key) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private void furthestEndsFrom(int from) {
        int furthest = from == 0 ? Integer.MIN_VALUE : furthestEnd[from - 1];
        for (int i = from; i < count; i++) {
            furthest = Math.max(furthest, (int) spans[i]);
            furthestEnd[i] = furthest;
        }
    }
}
