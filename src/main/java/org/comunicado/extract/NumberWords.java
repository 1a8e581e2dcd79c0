package org.comunicado.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Cardinal numbers written in words, in English and Spanish ("twenty", "three hundred and five",
 * "a dozen", "treinta y dos", "mil millones"), and the scale words that may follow digits
 * ("5.3 million", "2 mil"). Immutable lexicons and patterns built once; thread-safe.
 *
 * <p>Plurals used as vague amounts ("dozens", "hundreds of", "miles de") are not in the lexicon,
 * so they never read as numbers.
 */
final class NumberWords {

    /** Words that name a plain number, up to the hundreds. */
    private static final Map<String, Integer> EN_UNITS = units(
            "zero", 0, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9,
            "ten", 10, "eleven", 11, "twelve", 12, "thirteen", 13, "fourteen", 14, "fifteen", 15, "sixteen", 16,
            "seventeen", 17, "eighteen", 18, "nineteen", 19, "twenty", 20, "thirty", 30, "forty", 40,
            "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90, "one", 1);

    private static final Map<String, Integer> ES_UNITS = units(
            "cero", 0, "uno", 1, "una", 1, "un", 1, "dos", 2, "tres", 3, "cuatro", 4, "cinco", 5, "seis", 6,
            "siete", 7, "ocho", 8, "nueve", 9, "diez", 10, "once", 11, "doce", 12, "trece", 13, "catorce", 14,
            "quince", 15, "dieciséis", 16, "diecisiete", 17, "dieciocho", 18, "diecinueve", 19, "veinte", 20,
            "veintiuno", 21, "veintiuna", 21, "veintiún", 21, "veintidós", 22, "veintitrés", 23, "veinticuatro", 24,
            "veinticinco", 25, "veintiséis", 26, "veintisiete", 27, "veintiocho", 28, "veintinueve", 29,
            "treinta", 30, "cuarenta", 40, "cincuenta", 50, "sesenta", 60, "setenta", 70, "ochenta", 80,
            "noventa", 90, "cien", 100, "ciento", 100, "doscientos", 200, "doscientas", 200, "trescientos", 300,
            "trescientas", 300, "cuatrocientos", 400, "cuatrocientas", 400, "quinientos", 500, "quinientas", 500,
            "seiscientos", 600, "seiscientas", 600, "setecientos", 700, "setecientas", 700, "ochocientos", 800,
            "ochocientas", 800, "novecientos", 900, "novecientas", 900);

    /** Multipliers. "hundred" and "dozen" multiply the running group; the others close it. */
    private static final Map<String, BigDecimal> EN_SCALES = Map.of(
            "dozen", BigDecimal.valueOf(12), "hundred", BigDecimal.valueOf(100),
            "thousand", BigDecimal.valueOf(1_000), "million", BigDecimal.valueOf(1_000_000),
            "billion", BigDecimal.valueOf(1_000_000_000), "trillion", new BigDecimal("1000000000000"));

    /** Spanish uses the long scale: a "billón" is a million millions. */
    private static final Map<String, BigDecimal> ES_SCALES = Map.of(
            "docena", BigDecimal.valueOf(12), "mil", BigDecimal.valueOf(1_000),
            "millón", BigDecimal.valueOf(1_000_000), "millon", BigDecimal.valueOf(1_000_000),
            "millones", BigDecimal.valueOf(1_000_000), "billón", new BigDecimal("1000000000000"),
            "billones", new BigDecimal("1000000000000"));

    /** The scale words, looked up in the text after digits. */
    private static final FoldedWords EN_SCALE_WORDS = FoldedWords.of(EN_SCALES.keySet());
    private static final FoldedWords ES_SCALE_WORDS = FoldedWords.of(ES_SCALES.keySet());

    /** Scales that group smaller numbers under them, so "three hundred thousand" is 300 × 1000. */
    private static final Set<String> GROUP_SCALES = Set.of("hundred", "dozen", "docena");

    private static final Pattern EN_SEQUENCE = sequence(EN_UNITS, EN_SCALES, "and", "an?");
    private static final Pattern ES_SEQUENCE = sequence(ES_UNITS, ES_SCALES, "y", "una?");

    /** The words a run of number words can begin with: its units, its scales and the articles. */
    private static final FoldedWords EN_FIRST_WORDS = firstWords(EN_UNITS, EN_SCALES, "a", "an");
    private static final FoldedWords ES_FIRST_WORDS = firstWords(ES_UNITS, ES_SCALES, "un", "una");

    /** The words that join number words in a run besides hyphens and blanks. */
    private static final FoldedWords JOINERS = FoldedWords.of(List.of("and", "y"));

    /** Words that state no count alone: the pronoun "one" and the articles. */
    private static final Set<String> NO_COUNT_ALONE = Set.of("one", "uno", "a", "an", "un", "una");
    /**
     * The same, looked up in the text. Folding a char and lower-casing it agree on them: no other
     * char upper- or lower-cases to one of their letters.
     */
    private static final FoldedWords NO_COUNT_ALONE_WORDS = FoldedWords.of(NO_COUNT_ALONE);

    /** What separates the words of a run: spaces and hyphens ("twenty-five"). */
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s\\-]+");

    private NumberWords() {
    }

    /**
     * Where a number may begin at or after {@code from} and before {@code to}: a digit, or a word
     * (not glued to a letter before it) that can begin a run of number words. -1 when none. A
     * cheap scan that lets the number pattern be tried at these places only instead of at every
     * character: every place the pattern can match is among them.
     */
    static int nextStart(String text, int from, int to, String language) {
        return nextStart(text, from, to, language, false);
    }

    /**
     * Where a number that may state a count begins at or after {@code from} and before {@code to}:
     * {@link #nextStart}, past the words {@link #loneNonCountEnd} steps over. -1 when none.
     */
    static int nextCountStart(String text, int from, int to, String language) {
        return nextStart(text, from, to, language, true);
    }

    /** @param pastLoneWords whether the scan goes on past the words {@link #loneNonCountEnd} steps over */
    private static int nextStart(String text, int from, int to, String language, boolean pastLoneWords) {
        FoldedWords first = firstWords(language);
        int i = from;
        while (i < to) {
            char ch = text.charAt(i);
            if (ch >= '0' && ch <= '9') return i;
            // ASCII needs no look-up: most characters are ASCII letters, spaces and punctuation.
            if (ch < 0x80) {
                if (!isAsciiLetter(ch)) {
                    i++;
                    continue;
                }
            } else {
                int c = text.codePointAt(i);
                if (!Character.isLetter(c)) {
                    i += Character.charCount(c);
                    continue;
                }
            }
            int end = letterRunEnd(text, i);
            // Past the first place, a letter is reached only after something else: it starts a word.
            boolean wordStart = i > from || i == 0 || !Character.isLetter(text.codePointBefore(i));
            if (wordStart && first.contains(text, i, end) && !(pastLoneWords && isLoneNonCount(text, i, end, first))) {
                return i;
            }
            i = end;
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }

    /** Where the run of letters starting at {@code i} ends (the end of the text at most). */
    private static int letterRunEnd(String text, int i) {
        int end = i;
        while (end < text.length()) {
            char ch = text.charAt(end);
            if (ch < 0x80) {
                if (!isAsciiLetter(ch)) break;
                end++;
            } else {
                int c = text.codePointAt(end);
                if (!Character.isLetter(c)) break;
                end += Character.charCount(c);
            }
        }
        return end;
    }

    /**
     * Where the word at {@code start} (a place {@link #nextStart} gave) ends, when it states no count
     * alone ("one", "un", "a") and no other number word can join it: the number pattern finds that
     * word alone there, or nothing, and no quantity is read. -1 otherwise. Such words are among
     * the commonest, and this spares trying the pattern on each.
     */
    static int loneNonCountEnd(String text, int start, String language) {
        if (!Character.isLetter(text.codePointAt(start))) return -1;
        int end = letterRunEnd(text, start);
        return isLoneNonCount(text, start, end, firstWords(language)) ? end : -1;
    }

    /** Whether the word at {@code [begin, end)} states no count alone and no other number word can join it. */
    private static boolean isLoneNonCount(String text, int begin, int end, FoldedWords first) {
        return NO_COUNT_ALONE_WORDS.contains(text, begin, end) && !anotherWordMayFollow(text, end, first);
    }

    /** The words a run of number words can begin with, in the given language. */
    private static FoldedWords firstWords(String language) {
        return "es".equals(language) ? ES_FIRST_WORDS : EN_FIRST_WORDS;
    }

    /**
     * Whether what follows {@code end} may join another word to a run: a hyphen, or blanks and a
     * number word or "and"/"y".
     */
    private static boolean anotherWordMayFollow(String text, int end, FoldedWords first) {
        int next = end;
        while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) next++;
        if (next < text.length() && text.charAt(next) == '-') return true;
        if (next == end || next == text.length()) return false;
        int wordEnd = letterRunEnd(text, next);
        return wordEnd > next && (first.contains(text, next, wordEnd) || JOINERS.contains(text, next, wordEnd));
    }

    private static FoldedWords firstWords(Map<String, Integer> units, Map<String, BigDecimal> scales, String... articles) {
        return FoldedWords.of(java.util.stream.Stream.of(units.keySet().stream(), scales.keySet().stream(),
                java.util.Arrays.stream(articles)).flatMap(w -> w).toList());
    }

    /**
     * The pattern of a run of number words, in the given language: units, tens, scales, joined by
     * spaces, hyphens or "and"/"y"; an article counts only before a scale ("a hundred", "un
     * millón"). Case-insensitive. The run may still be a lone "one" or "un": see {@link Run#isCount}.
     */
    static Pattern sequence(String language) {
        return "es".equals(language) ? ES_SEQUENCE : EN_SEQUENCE;
    }

    /** The regular expression for a scale word after digits ("million", "mil millones"), no groups: what {@link #scaleWordEnd} reads. */
    static String scaleRegex(String language) {
        return alternation(("es".equals(language) ? ES_SCALES : EN_SCALES).keySet());
    }

    /** A run matched by {@link #sequence}, split once into its words (lower case, without "and"/"y"). */
    record Run(List<String> words, String language) {

        static Run of(String run, String language) {
            List<String> words = new ArrayList<>();
            for (String w : WORD_BREAKS.split(run.toLowerCase(Locale.ROOT).trim())) {
                if (!w.equals("and") && !w.equals("y")) words.add(w);
            }
            return new Run(List.copyOf(words), language);
        }

        /**
         * Whether the run states a count rather than the pronoun or article "one", "un", "una", or
         * a bare scale word ("millones"). "mil" and "cien" stand alone in Spanish; "a dozen" counts.
         */
        boolean isCount() {
            String first = words.get(0);
            boolean article = first.equals("a") || first.equals("an") || first.equals("un") || first.equals("una");
            if (words.size() == 1) {
                return !NO_COUNT_ALONE.contains(first) && (units(language).containsKey(first) || first.equals("mil"));
            }
            if (article) return scales(language).containsKey(words.get(1));
            return units(language).containsKey(first) || first.equals("mil");
        }

        BigDecimal value() {
            Map<String, Integer> units = units(language);
            Map<String, BigDecimal> scales = scales(language);
            BigDecimal total = BigDecimal.ZERO;
            BigDecimal group = BigDecimal.ZERO;
            for (String w : words) {
                if (units.containsKey(w)) {
                    group = group.add(BigDecimal.valueOf(units.get(w)));
                } else if (scales.containsKey(w)) {
                    BigDecimal base = group.signum() == 0 ? BigDecimal.ONE : group;
                    if (GROUP_SCALES.contains(w)) {
                        group = base.multiply(scales.get(w));
                    } else if (w.equals("mil")) {
                        // "mil" closes the group below it but can itself be scaled again: "mil millones".
                        group = base.multiply(scales.get(w));
                    } else {
                        total = total.add(base.multiply(scales.get(w)));
                        group = BigDecimal.ZERO;
                    }
                }
            }
            return total.add(group);
        }

        /** Whether the run ends in a scale word ("un millón"), so its noun may follow "de"/"of". */
        boolean endsInScale() {
            return scales(language).containsKey(words.get(words.size() - 1));
        }
    }

    /**
     * Where the scale word after the blanks at {@code from} ends ("5 million", "2 mil"), or -1: what
     * {@code \G[ \t\u00a0]+(scale)(?![\p{L}\p{N}])}, with the alternation of {@link #scaleRegex},
     * matches case-insensitively in the region {@code [from, to)}. Such a match is a whole run of
     * letters and numbers that is a scale word, so the run is read and looked up instead: after
     * most numbers no scale follows, and the pattern cost a matcher where one does.
     */
    static int scaleWordEnd(String text, int from, int to, String language) {
        int start = from;
        while (start < to && (text.charAt(start) == ' ' || text.charAt(start) == '\t' || text.charAt(start) == '\u00a0')) start++;
        if (start == from || start == to) return -1;
        int end = start;
        while (end < to) {
            char ch = text.charAt(end);
            if (ch < 0x80) {
                if (!isAsciiLetter(ch) && (ch < '0' || ch > '9')) break;
                end++;
            } else {
                int c = text.codePointAt(end);
                if (!Character.isLetter(c) && !isNumber(c)) break;
                end += Character.charCount(c);
            }
        }
        FoldedWords scales = "es".equals(language) ? ES_SCALE_WORDS : EN_SCALE_WORDS;
        return end > start && scales.contains(text, start, end) ? end : -1;
    }

    /** What {@code \p{N}} matches: decimal digits, letter numbers and other numbers. */
    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** The value of a scale word that follows digits, e.g. 1000000 for "million" or "millones". */
    static BigDecimal scale(String word, String language) {
        return scales(language).get(word.toLowerCase(Locale.ROOT));
    }

    private static Map<String, Integer> units(String language) {
        return "es".equals(language) ? ES_UNITS : EN_UNITS;
    }

    private static Map<String, BigDecimal> scales(String language) {
        return "es".equals(language) ? ES_SCALES : EN_SCALES;
    }

    private static Pattern sequence(Map<String, Integer> units, Map<String, BigDecimal> scales, String and,
            String article) {
        String unit = alternation(units.keySet());
        String any = alternation(java.util.stream.Stream.concat(units.keySet().stream(), scales.keySet().stream())
                .collect(Collectors.toSet()));
        String scale = alternation(scales.keySet());
        String word = "(?:" + any + ")(?![\\p{L}\\p{N}])";
        String join = "(?:[ \\t]*-[ \\t]*|[ \\t]+(?:" + and + "[ \\t]+)?)";
        // A Spanish "un" before a unit word is the article of a compound ("un millón"), never "un dos".
        String start = "(?:(?:" + article + ")[ \\t]+(?=(?:" + scale + ")(?![\\p{L}\\p{N}]))|(?=(?:" + unit + "|"
                + scale + ")(?![\\p{L}\\p{N}])))";
        return Pattern.compile("(?<![\\p{L}\\p{N}\\-])" + start + word + "(?:" + join + word + ")*",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String alternation(java.util.Collection<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    private static Map<String, Integer> units(Object... pairs) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put((String) pairs[i], (Integer) pairs[i + 1]);
        return Map.copyOf(m);
    }
}
