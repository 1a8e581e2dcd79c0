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
        boolean[] inHeadline = new boolean[quantities.size()];
        for (int i = 0; i < quantities.size(); i++) inHeadline[i] = inHeadline(quantities.get(i), headlines);
        return quantities.size() <= FEW ? firstStatementsOfFew(quantities, inHeadline) : firstStatementsOfMany(quantities, inHeadline);
    }

    /** Up to this many quantities, each is compared with the others rather than looked up in sets of figures. */
    private static final int FEW = 32;

    /** {@link #firstStatements} by comparing each quantity with the others: a release states few figures. */
    private static List<Quantity> firstStatementsOfFew(List<Quantity> quantities, boolean[] inHeadline) {
        List<Quantity> out = new ArrayList<>();
        for (int i = 0; i < quantities.size(); i++) {
            Quantity q = quantities.get(i);
            if (inHeadline[i] && statedInBody(quantities, inHeadline, q)) continue;
            if (!anySameFigure(out, q)) out.add(q);
        }
        return out;
    }

    private static boolean statedInBody(List<Quantity> quantities, boolean[] inHeadline, Quantity q) {
        for (int j = 0; j < quantities.size(); j++) {
            if (!inHeadline[j] && sameFigure(quantities.get(j), q)) return true;
        }
        return false;
    }

    private static boolean anySameFigure(List<Quantity> quantities, Quantity q) {
        for (Quantity other : quantities) {
            if (sameFigure(other, q)) return true;
        }
        return false;
    }

    /** The same unit and a value equal but for trailing zeros: what makes equal {@link Figure}s. */
    private static boolean sameFigure(Quantity a, Quantity b) {
        return a.unit().equals(b.unit()) && a.value().compareTo(b.value()) == 0;
    }

    /** {@link #firstStatements} by sets of figures, for a release that states many. */
    private static List<Quantity> firstStatementsOfMany(List<Quantity> quantities, boolean[] inHeadline) {
        List<Figure> figures = new ArrayList<>(quantities.size());
        Set<Figure> inBody = new HashSet<>();
        for (int i = 0; i < quantities.size(); i++) {
            Quantity q = quantities.get(i);
            figures.add(new Figure(q.value().stripTrailingZeros(), q.unit()));
            if (!inHeadline[i]) inBody.add(figures.get(i));
        }
        Set<Figure> kept = new HashSet<>();
        List<Quantity> out = new ArrayList<>();
        for (int i = 0; i < quantities.size(); i++) {
            if (inHeadline[i] && inBody.contains(figures.get(i))) continue;
            if (kept.add(figures.get(i))) out.add(quantities.get(i));
        }
        return out;
    }

    /**
     * What makes two quantities the same figure: the value without trailing zeros (one
     * representation per number, so 5.0 and 5 are equal) and the unit.
     */
    private record Figure(BigDecimal value, String unit) {
    }

    private static boolean inHeadline(Quantity q, List<Span> headlines) {
        for (int i = 0; i < headlines.size(); i++) {
            if (headlines.get(i).contains(q.span())) return true;
        }
        return false;
    }
}
