package org.comunicado.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a quantity is compared with ("77% compared to December") and which way it moved
 * ("reduced by 77%", "an increase of 23%"). A direction word counts only within the same
 * comma-delimited stretch of the sentence as the quantity, so a verb governing another phrase is
 * not borrowed. Stateless; patterns compiled once.
 */
final class Comparisons {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** A baseline: up to six words, stopping at punctuation or a conjunction that starts a new clause. */
    private static final String BASELINE = "(?<base>[\\p{L}\\p{N}'’\\-]+(?:[ \\t]+(?!(?:and|y|but|pero|which|que|while|mientras)"
            + "(?![\\p{L}]))[\\p{L}\\p{N}'’\\-]+){0,5})";

    private static final AnchoredMatches COMPARED = AnchoredMatches.of(Pattern.compile("\\G[ \\t\\u00a0]*(?:(?:more|less|fewer|higher|lower"
            + "|greater|above|below|más|menos|mayor|menor)[ \\t]+(?:than|que)|(?:(?:drop|fall|decrease|decline|reduction"
            + "|increase|rise|growth|jump|caída|disminución|reducción|aumento|incremento|crecimiento)[ \\t]+)?compared[ \\t]+(?:to|with)|in[ \\t]+comparison"
            + "[ \\t]+(?:to|with)|relative[ \\t]+to|versus|vs\\.?|con[ \\t]+respecto[ \\t]+(?:a|al)|respecto[ \\t]+(?:a|al|de|del)"
            + "|en[ \\t]+comparación[ \\t]+con|comparado[ \\t]+con|frente[ \\t]+(?:a|al))[ \\t]+" + BASELINE, FLAGS));

    private static final AnchoredMatches FROM = AnchoredMatches.of(Pattern.compile("\\G[ \\t\\u00a0]*(?:from|desde)[ \\t]+" + BASELINE, FLAGS));

    /** "over the same period last year", "en el mismo periodo del año anterior": the period is the baseline. */
    private static final AnchoredMatches SAME_PERIOD = AnchoredMatches.of(Pattern.compile("\\G[ \\t\\u00a0]*(?:over|from|than|in|en|durante"
            + "|respecto[ \\t]+al|con[ \\t]+respecto[ \\t]+al)[ \\t]+(?<base>(?:the|el)[ \\t]+(?:same|mismo)[ \\t]+"
            + "(?:period|periodo|período|lapso)[^,.;:!?()\"“”]*)", FLAGS));

    private static final WordMatches DECREASE = WordMatches.of(Pattern.compile("(?<![\\p{L}])(?:reduc(?:e|ed|es|ing|tion|tions)"
            + "|decreas(?:e|ed|es|ing)|declin(?:e|ed|es|ing)|fell|fall(?:s|en|ing)?|dropp?(?:ed|s|ing)?|cut|cuts"
            + "|disminu(?:ir|yó|yeron|ye|yen|ción)|reduc(?:ir|ción|en)|redu(?:jo|jeron)|baj(?:ó|aron|a)|caída|cayó"
            + "|cayeron|descen(?:so|dió|dieron))(?![\\p{L}])", FLAGS));

    private static final WordMatches INCREASE = WordMatches.of(Pattern.compile("(?<![\\p{L}])(?:increas(?:e|ed|es|ing)|ris(?:e|es|en|ing)"
            + "|rose|gr(?:ew|ow|ows|own|owth)|surg(?:e|ed)|aument(?:o|ó|aron|ar|a|an)|crec(?:ió|ieron|imiento|e|en)"
            + "|increment(?:o|ó|aron|ar)|subi(?:ó|eron)|alza)(?![\\p{L}])", FLAGS));

    /** "up 5%", "down by 3%": only right before the number, since "up" has many other uses. */
    private static final WordMatches UP_DOWN = WordMatches.trailing(Pattern.compile("(?<![\\p{L}])(?<dir>up|down)(?:[ \\t]+by)?[ \\t]+$", FLAGS), 2);

    private static final String STRETCH_BREAKS = ",;:—–()\"“”«»";
    private static final int WINDOW_WORDS = 8;
    private static final int AFTER_CHARS = 30;

    private Comparisons() {
    }

    /**
     * The baseline named right after the quantity ending at {@code end}, if any. "from X" names a
     * baseline only for a quantity that moved ("up 7.6% from 2022"); otherwise it is an origin
     * ("300 people from Bolivia").
     */
    static Optional<String> baseline(String text, int end, int sentenceEnd, boolean moved) {
        Matcher same = SAME_PERIOD.at(text, end, sentenceEnd);
        if (same != null) return Optional.of(same.group("base").strip());
        Matcher compared = COMPARED.at(text, end, sentenceEnd);
        if (compared != null) return Optional.of(compared.group("base"));
        Matcher from = moved ? FROM.at(text, end, sentenceEnd) : null;
        return from != null ? Optional.of(from.group("base")) : Optional.empty();
    }

    /**
     * The direction stated for the quantity at {@code [begin, end)}: the nearest change word within
     * a few words before it, or right after it ("23% increase"), in the same stretch of the sentence.
     *
     * @param from where the search may start: the sentence start, or the end of the previous quantity
     */
    static Optional<Direction> direction(String text, int from, int begin, int end, int sentenceEnd) {
        int stretchStart = begin;
        int words = 0;
        while (stretchStart > from && STRETCH_BREAKS.indexOf(text.charAt(stretchStart - 1)) < 0) {
            if (Character.isWhitespace(text.charAt(stretchStart - 1))) words++;
            if (words > WINDOW_WORDS) break;
            stretchStart--;
        }
        // Only "up", "down" or "by" can end right before the number; most words do not end so.
        Matcher updown = NonQuantities.lastCharIsOneOf(text, stretchStart, begin, " \t", "pny")
                ? UP_DOWN.endingAt(text, stretchStart, begin) : null;
        if (updown != null) {
            return Optional.of(updown.group("dir").equalsIgnoreCase("up") ? Direction.INCREASE : Direction.DECREASE);
        }
        Optional<Direction> before = last(text, stretchStart, begin);
        if (before.isPresent()) return before;
        int stretchEnd = end;
        while (stretchEnd < sentenceEnd && stretchEnd - end < AFTER_CHARS
                && STRETCH_BREAKS.indexOf(text.charAt(stretchEnd)) < 0) {
            stretchEnd++;
        }
        return first(text, end, stretchEnd);
    }

    private static Optional<Direction> last(String text, int from, int to) {
        int dec = DECREASE.lastStart(text, from, to);
        int inc = INCREASE.lastStart(text, from, to);
        if (dec < 0 && inc < 0) return Optional.empty();
        return Optional.of(dec > inc ? Direction.DECREASE : Direction.INCREASE);
    }

    private static Optional<Direction> first(String text, int from, int to) {
        Matcher dec = DECREASE.first(text, from, to);
        Matcher inc = INCREASE.first(text, from, to);
        int d = dec != null ? dec.start() : Integer.MAX_VALUE;
        int i = inc != null ? inc.start() : Integer.MAX_VALUE;
        if (d == Integer.MAX_VALUE && i == Integer.MAX_VALUE) return Optional.empty();
        return Optional.of(d < i ? Direction.DECREASE : Direction.INCREASE);
    }

}
