package org.comunicado.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
    static final AnchoredMatches SAME_PERIOD = AnchoredMatches.of(Pattern.compile("\\G[ \\t\\u00a0]*(?:over|from|than|in|en|durante"
            + "|respecto[ \\t]+al|con[ \\t]+respecto[ \\t]+al)[ \\t]+(?<base>(?:the|el)[ \\t]+(?:same|mismo)[ \\t]+"
            + "(?:period|periodo|período|lapso)[^,.;:!?()\"“”]*)", FLAGS));

    /** Words that say a quantity went down; letters compared as a case-insensitive pattern does. */
    private static final List<String> DECREASE_WORDS = List.of("reduce", "reduced", "reduces", "reducing", "reduction",
            "reductions", "decrease", "decreased", "decreases", "decreasing", "decline", "declined", "declines", "declining",
            "fell", "fall", "falls", "fallen", "falling", "drop", "dropp", "droped", "dropped", "drops", "dropps", "droping",
            "dropping", "cut", "cuts", "disminuir", "disminuyó", "disminuyeron", "disminuye", "disminuyen", "disminución",
            "reducir", "reducción", "reducen", "redujo", "redujeron", "bajó", "bajaron", "baja", "caída", "cayó", "cayeron",
            "descenso", "descendió", "descendieron");

    /** Words that say a quantity went up. */
    private static final List<String> INCREASE_WORDS = List.of("increase", "increased", "increases", "increasing", "rise",
            "rises", "risen", "rising", "rose", "grew", "grow", "grows", "grown", "growth", "surge", "surged", "aumento",
            "aumentó", "aumentaron", "aumentar", "aumenta", "aumentan", "creció", "crecieron", "crecimiento", "crece", "crecen",
            "incremento", "incrementó", "incrementaron", "incrementar", "subió", "subieron", "alza");

    private static final FoldedWords DECREASE = FoldedWords.of(DECREASE_WORDS);
    /** Both lists, so that most words are turned away by one look-up. */
    private static final FoldedWords CHANGE = FoldedWords.of(Stream.concat(DECREASE_WORDS.stream(), INCREASE_WORDS.stream()).toList());

    /** The same words as whole-word patterns, for stretches that hold characters outside the BMP. */
    private static final WordMatches DECREASE_PATTERN = wholeWords(DECREASE_WORDS);
    private static final WordMatches INCREASE_PATTERN = wholeWords(INCREASE_WORDS);

    /** "up 5%", "down by 3%": only right before the number, since "up" has many other uses. */
    private static final WordMatches UP_DOWN = WordMatches.trailing(Pattern.compile("(?<![\\p{L}])(?<dir>up|down)(?:[ \\t]+by)?[ \\t]+$", FLAGS), 2);

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
        Matcher same = mayNameSamePeriod(text, end, sentenceEnd) ? SAME_PERIOD.at(text, end, sentenceEnd) : null;
        if (same != null) return Optional.of(same.group("base").strip());
        Matcher compared = COMPARED.at(text, end, sentenceEnd);
        if (compared != null) return Optional.of(compared.group("base"));
        Matcher from = moved ? FROM.at(text, end, sentenceEnd) : null;
        return from != null ? Optional.of(from.group("base")) : Optional.empty();
    }

    /**
     * Whether {@link #SAME_PERIOD} may match at {@code from} in {@code [from, to)}: its words are
     * whole runs of letters apart by spaces or tabs, and "same" or "mismo" after "the" or "el" is
     * among the first five. Most quantities are followed by "in the" or "en el", which the
     * pattern's first characters do not tell apart from it.
     */
    static boolean mayNameSamePeriod(String text, int from, int to) {
        int i = from;
        while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u00a0')) i++;
        boolean afterArticle = false;
        for (int word = 0; word < 5 && i < to; word++) {
            int end = LetterRuns.end(text, i, to);
            if (end == i) return false;
            if (afterArticle && SAME.contains(text, i, end)) return true;
            afterArticle = ARTICLE.contains(text, i, end);
            i = end;
            while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
            if (i == end) return false;
        }
        return false;
    }

    /** The words of {@link #SAME_PERIOD} before its period. */
    private static final FoldedWords ARTICLE = FoldedWords.of(List.of("the", "el"));
    private static final FoldedWords SAME = FoldedWords.of(List.of("same", "mismo"));

    /**
     * The direction stated for the quantity at {@code [begin, end)}: the nearest change word within
     * a few words before it, or right after it ("23% increase"), in the same stretch of the sentence.
     *
     * @param from where the search may start: the sentence start, or the end of the previous quantity
     */
    static Optional<Direction> direction(String text, int from, int begin, int end, int sentenceEnd) {
        int stretchStart = begin;
        int words = 0;
        // Whether the stretch holds a surrogate is noted on the way, instead of in another pass over it.
        boolean surrogateBefore = false;
        for (char c; stretchStart > from && !isStretchBreak(c = text.charAt(stretchStart - 1)); stretchStart--) {
            if (isWhitespace(c)) words++;
            if (words > WINDOW_WORDS) break;
            surrogateBefore |= Character.isSurrogate(c);
        }
        // Only "up", "down" or "by" can end right before the number; most words do not end so.
        Matcher updown = NonQuantities.lastCharIsOneOf(text, stretchStart, begin, " \t", "pny")
                ? UP_DOWN.endingAt(text, stretchStart, begin) : null;
        if (updown != null) {
            return Optional.of(updown.group("dir").equalsIgnoreCase("up") ? Direction.INCREASE : Direction.DECREASE);
        }
        Optional<Direction> before = last(text, stretchStart, begin, surrogateBefore);
        if (before.isPresent()) return before;
        int stretchEnd = end;
        boolean surrogateAfter = false;
        for (char c; stretchEnd < sentenceEnd && stretchEnd - end < AFTER_CHARS
                && !isStretchBreak(c = text.charAt(stretchEnd)); stretchEnd++) {
            surrogateAfter |= Character.isSurrogate(c);
        }
        return first(text, end, stretchEnd, surrogateAfter);
    }

    /** What ends a stretch of a sentence: ",;:—–()\"“”«»". */
    private static boolean isStretchBreak(char c) {
        // Tested for each character around every quantity: the ASCII ones by a mask.
        if (c < 64) return (ASCII_STRETCH_BREAKS >>> c & 1) != 0;
        return c == '—' || c == '–' || c == '“' || c == '”' || c == '«' || c == '»';
    }

    /** The ASCII characters of {@link #isStretchBreak}, all below 64, as bits indexed by the character. */
    private static final long ASCII_STRETCH_BREAKS = 1L << ',' | 1L << ';' | 1L << ':' | 1L << '(' | 1L << ')' | 1L << '"';

    /** {@link Character#isWhitespace(char)}; letters, the commonest characters, are told at once. */
    private static boolean isWhitespace(char c) {
        return (c <= ' ' || c >= 0x80) && Character.isWhitespace(c);
    }

    /** @param surrogate whether {@code [from, to)} holds a surrogate */
    private static Optional<Direction> last(String text, int from, int to, boolean surrogate) {
        if (surrogate) {
            int dec = DECREASE_PATTERN.lastStart(text, from, to);
            int inc = INCREASE_PATTERN.lastStart(text, from, to);
            if (dec < 0 && inc < 0) return Optional.empty();
            return Optional.of(dec > inc ? Direction.DECREASE : Direction.INCREASE);
        }
        return changeWord(text, from, to, true);
    }

    /** @param surrogate whether {@code [from, to)} holds a surrogate */
    private static Optional<Direction> first(String text, int from, int to, boolean surrogate) {
        if (surrogate) {
            Matcher dec = DECREASE_PATTERN.first(text, from, to);
            Matcher inc = INCREASE_PATTERN.first(text, from, to);
            int d = dec != null ? dec.start() : Integer.MAX_VALUE;
            int i = inc != null ? inc.start() : Integer.MAX_VALUE;
            if (d == Integer.MAX_VALUE && i == Integer.MAX_VALUE) return Optional.empty();
            return Optional.of(d < i ? Direction.DECREASE : Direction.INCREASE);
        }
        return changeWord(text, from, to, false);
    }

    /**
     * The direction named by the first (or the last) change word in {@code [from, to)}. A word is a
     * run of letters, cut at both ends of the stretch, as the whole-word patterns see it there.
     * Only for text without surrogates, where a letter is a {@code char}.
     */
    private static Optional<Direction> changeWord(String text, int from, int to, boolean last) {
        Direction found = null;
        for (int i = LetterRuns.start(text, from, to); i < to; ) {
            int end = LetterRuns.end(text, i, to);
            if (CHANGE.contains(text, i, end)) {
                found = DECREASE.contains(text, i, end) ? Direction.DECREASE : Direction.INCREASE;
                if (!last) break;
            }
            i = LetterRuns.start(text, end, to);
        }
        return Optional.ofNullable(found);
    }

    private static WordMatches wholeWords(List<String> words) {
        return WordMatches.of(Pattern.compile("(?<![\\p{L}])(?:" + words.stream().map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")(?![\\p{L}])", FLAGS));
    }
}
