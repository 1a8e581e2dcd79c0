package org.comunicado.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.comunicado.ingest.Span;

/**
 * Keeps one statement of each figure. Headlines and bullets restate the body ("recover 279
 * artifacts" … "returned 279 cultural artifacts"), and later sentences refer back ("the 52
 * consuls"): the same value with the same unit in one release is one claim, kept where the body
 * states it first, since that sentence carries its context and speaker. Stateless.
 */
public final class RepeatedQuantities {

    private RepeatedQuantities() {
    }

    /**
     * @param quantities a release's quantities in text order
     * @param headlines  the title and highlight spans; quantities there yield to the body
     */
    public static List<Quantity> firstStatements(List<Quantity> quantities, List<Span> headlines) {
        Set<String> inBody = new HashSet<>();
        for (Quantity q : quantities) {
            if (!inHeadline(q, headlines)) inBody.add(key(q));
        }
        Set<String> kept = new HashSet<>();
        List<Quantity> out = new ArrayList<>();
        for (Quantity q : quantities) {
            String key = key(q);
            if (inHeadline(q, headlines) && inBody.contains(key)) continue;
            if (kept.add(key)) out.add(q);
        }
        return out;
    }

    private static boolean inHeadline(Quantity q, List<Span> headlines) {
        return headlines.stream().anyMatch(h -> h.contains(q.span()));
    }

    private static String key(Quantity q) {
        BigDecimal v = q.value().stripTrailingZeros();
        return v.toPlainString() + " " + q.unit();
    }
}
