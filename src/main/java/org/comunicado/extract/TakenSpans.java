package org.comunicado.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.comunicado.ingest.Span;

/**
 * The stretches of one release that accepted mentions already hold, asked whether a candidate
 * overlaps any of them ({@link Span#overlaps}): every candidate of every name extractor asks, so
 * the answer comes from a bit per character instead of a walk over all the spans taken so far.
 * Per extractor call: not thread-safe, never shared.
 */
final class TakenSpans {

    private final BitSet chars;
    /** Every span added, for the one question the bits cannot answer: whether an empty span lies strictly inside one. */
    private final List<Span> spans = new ArrayList<>();
    private boolean anyEmpty;

    /** @param textLength the release text's length, which the bits are made for at once */
    TakenSpans(int textLength) {
        this.chars = new BitSet(textLength);
    }

    static TakenSpans of(int textLength, List<Mention> mentions) {
        TakenSpans taken = new TakenSpans(textLength);
        for (Mention m : mentions) taken.add(m.span());
        return taken;
    }

    void add(Span span) {
        chars.set(span.begin(), span.end());
        spans.add(span);
        if (span.length() == 0) anyEmpty = true;
    }

    boolean overlapsAny(Span span) {
        if (span.length() == 0 || anyEmpty) {
            for (Span s : spans) if (s.overlaps(span)) return true;
            return false;
        }
        int first = chars.nextSetBit(span.begin());
        return first >= 0 && first < span.end();
    }
}
