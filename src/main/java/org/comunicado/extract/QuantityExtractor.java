package org.comunicado.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.comunicado.ingest.Span;

/**
 * Finds the numbers in a release that measure something (counts, percentages, money, people)
 * and reads each one's value, unit, counted noun, approximation marker, baseline and direction.
 *
 * <p>Contract: {@link #extract} is a pure function of its arguments. It handles English and
 * Spanish, digits in either separator convention and numbers written in words, and it leaves
 * out dates, years, times, ordinals, labels ("Press Release 315"), numbers inside names
 * ("COVID-19") and vague plurals ("thousands of"). Spans are Java {@code char} offsets into the
 * release text. All patterns are compiled once; instances hold no state and are thread-safe.
 */
public final class QuantityExtractor {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final AnchoredMatches PERCENT = AnchoredMatches.of(Pattern.compile(
            "\\G[ \\t\\u00a0]*(?:%|(?:percent|per[ \\t]cent|por[ \\t]ciento|percentage[ \\t]points?"
                    + "|puntos[ \\t]porcentuales)(?![\\p{L}]))", FLAGS));

    private static final AnchoredMatches CURRENCY_AFTER = AnchoredMatches.of(Pattern.compile(
            "\\G[ \\t\\u00a0]+(?:de[ \\t]+)?(?<cur>U\\.?S\\.?[ \\t]dollars|Canadian[ \\t]dollars|dólares[ \\t]canadienses"
                    + "|dollars|dólares|dolares|pesos|USD|MXN|CAD|euros|EUR|pounds[ \\t]sterling|libras[ \\t]esterlinas|GBP|yen|JPY"
                    + "|yuan|CNY|reais|BRL)"
                    + "(?![\\p{L}])", FLAGS));

    private static final Pattern CURRENCY_BEFORE = Pattern.compile(
            "(?<cur>US[ \\t]?\\$|U\\.S\\.[ \\t]?\\$|USD|MXN|MX\\$|CAD|C\\$|CA\\$|EUR|€|GBP|£|JPY|¥|CNY|BRL|R\\$|\\$)[ \\t\\u00a0]*$");

    /** The characters the signs and codes of {@link #CURRENCY_BEFORE} end with. */
    private static final String CURRENCY_LAST_CHARS = "$€£¥DNRPYL";

    /** No sign or code of {@link #CURRENCY_BEFORE} is longer ("U.S. $"). */
    private static final int LONGEST_CURRENCY_SIGN = 6;

    /** Approximation and bound markers, as written before a number; a space stands for spaces and tabs. */
    static final List<String> QUALIFIERS = List.of("more than", "less than", "fewer than", "up to", "at least",
            "at most", "close to", "just over", "just under", "as many as", "an estimated", "approximately", "about",
            "around", "roughly", "nearly", "almost", "over", "under", "some", "poco más de", "más de", "menos de",
            "cerca de", "alrededor de", "al menos", "por lo menos", "aproximadamente", "casi", "hasta", "unos", "unas");

    /** Each qualifier's words. */
    private static final List<String[]> QUALIFIER_WORDS = QUALIFIERS.stream().map(q -> q.split(" ")).toList();

    /** The words a qualifier ends with: without one right before a number's blanks, none is looked for. */
    private static final FoldedWords QUALIFIER_LAST_WORDS = FoldedWords.of(
            QUALIFIERS.stream().map(q -> q.substring(q.lastIndexOf(' ') + 1)).distinct().toList());

    /** Mexican usage writes 2,500 as "2 mil 500". */
    private static final AnchoredMatches MIL_REST = AnchoredMatches.of(Pattern.compile("\\G[ \\t\\u00a0]+(\\d{1,3})(?![\\d.,]\\d|[\\p{L}\\d])"));

    /** "5 millones de personas", "a million of them": the counted noun comes after "de"/"of". */
    private static final AnchoredMatches SCALE_OF = AnchoredMatches.of(Pattern.compile("\\G[ \\t\\u00a0]+(?:de|of)(?=[ \\t\\u00a0])", FLAGS));

    /** "one in three", "uno de cada tres": a proportion, not a count of what follows. */
    private static final WordMatches RATIO = WordMatches.trailing(Pattern.compile(
            "(?<![\\p{L}])(?:one|1|uno|una)[ \\t]+(?:in|out[ \\t]+of|de[ \\t]+cada)[ \\t]+$", FLAGS), 3);

    /** A definite or demonstrative before a number word makes it refer back ("the two officials"). */
    private static final WordMatches DETERMINER = WordMatches.trailing(Pattern.compile(
            "(?<![\\p{L}])(?:the|these|those|los|las|estos|estas|esos|esas|aquellos|aquellas)[ \\t]+$", FLAGS), 1);

    /**
     * The quantities stated in {@code blocks} of {@code text}, in text order.
     *
     * @param text     the whole release text
     * @param blocks   the content spans to read (title, highlights, paragraphs); each must lie in {@code text}
     * @param language "en" or "es"; anything else is read as English
     */
    public List<Quantity> extract(String text, List<Span> blocks, String language) {
        String lang = "es".equals(language) ? "es" : "en";
        // One matcher of number words for the whole release (digits are scanned by NumberParser.end):
        // transparent bounds keep the lookarounds seeing the whole text while each search is bounded
        // near its sentence.
        Matcher numberWords = NumberWords.sequence(lang).matcher(text)
                .useTransparentBounds(true).useAnchoringBounds(false);
        List<Quantity> out = new ArrayList<>();
        for (Span block : blocks) {
            // Fails fast, with the offsets, on a block that does not lie in the text.
            Span.of(block.begin(), block.end(), text);
            readBlock(text, block, lang, numberWords, out);
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return List.copyOf(out);
    }

    /**
     * Reads the sentences of {@code block} that hold a number. Most sentences hold none: the block is
     * scanned for the next number, and only the sentence that holds it is found.
     * A number is found at the same places as by scanning each sentence alone, since sentences are
     * separated by blanks only and no number or word runs across that gap.
     */
    private static void readBlock(String text, Span block, String lang, Matcher numberWords, List<Quantity> out) {
        int number = NumberWords.nextCountStart(text, block.begin(), block.end(), lang);
        int from = block.begin();
        while (number >= 0) {
            Span sentence = Sentences.containing(text, from, number, block.end());
            readSentence(text, sentence, number, lang, numberWords, out);
            from = sentence.end();
            number = NumberWords.nextCountStart(text, from, block.end(), lang);
        }
    }

    /** Reads the quantities of {@code sentence}, where the first number begins at {@code firstNumber}. */
    private static void readSentence(String text, Span sentence, int firstNumber, String lang, Matcher numberWords,
            List<Quantity> out) {
        // Searched to a little past the sentence, not to the end of the text (which made a release
        // of many sentences without numbers cost the square of its length: found by InputFuzzTest).
        int limit = Math.min(text.length(), sentence.end() + 1_000);
        int pos = firstNumber;
        int previousEnd = sentence.begin();
        while (pos < sentence.end()) {
            // The pattern is tried only where a number can begin: the same first match as find(), without
            // trying its long case-insensitive alternation at every character.
            int start = NumberWords.nextCountStart(text, pos, sentence.end(), lang);
            if (start < 0) break;
            boolean digits = text.charAt(start) >= '0' && text.charAt(start) <= '9';
            int end = digits ? NumberParser.end(text, start, limit)
                    : numberWords.region(start, limit).lookingAt() ? numberWords.end() : -1;
            if (end < 0) {
                pos = start + 1;
                continue;
            }
            int consumed = Math.min(end, sentence.end());
            Quantity q = read(text, sentence, lang, start, end, digits, previousEnd);
            if (q != null) {
                out.add(q);
                consumed = Math.max(consumed, q.span().end());
                previousEnd = consumed;
            }
            pos = consumed;
        }
    }

    /**
     * A number as read, before its unit: where it stands (scale words included), its value,
     * whether it was written in words, and whether it ends in a scale word ("5 millones").
     */
    private record Reading(int begin, int end, BigDecimal value, boolean inWords, boolean yearShaped, boolean endsInScale) {
    }

    /**
     * The quantity at the number found at {@code [numberBegin, numberEnd)} (digits, or a run of
     * number words), or null when it is not one.
     */
    private static Quantity read(String text, Span sentence, String lang, int numberBegin, int numberEnd, boolean digits,
            int previousEnd) {
        Reading n = number(text, sentence, lang, numberBegin, numberEnd, digits);
        if (n == null) return null;
        int end = n.end();
        String unit = null;
        int spanBegin = n.begin();
        Matcher before = currencyMayPrecede(text, sentence.begin(), n.begin())
                ? currencyBefore(text, NonQuantities.lookBehind(sentence.begin(), n.begin()), n.begin())
                : null;
        if (before != null) {
            unit = prefixCurrency(before.group("cur"), lang);
            spanBegin = before.start();
        } else if (!n.inWords() && NonQuantities.isLabel(text, sentence.begin(), n.begin(), end)) {
            return null;
        }
        int percentEnd = unit == null ? percentEnd(text, end, sentence.end()) : -1;
        Matcher currency = percentEnd < 0 ? CURRENCY_AFTER.at(text, end, sentence.end()) : null;
        if (percentEnd >= 0) {
            unit = "percent";
            end = percentEnd;
        } else if (currency != null) {
            unit = currencyCode(currency.group("cur"));
            end = currency.end();
        }
        String description = unit;
        if (unit == null) {
            CountedNouns.Phrase phrase = countedNoun(text, sentence, lang, n);
            if (phrase != null) {
                unit = phrase.unit();
                description = text.substring(phrase.descriptionBegin(), phrase.descriptionEnd());
                end = phrase.headEnd();
            } else if (standsAlone(text, sentence, n)) {
                unit = "items";
                description = unit;
            } else {
                return null;
            }
        }
        Span span = new Span(spanBegin, end);
        Optional<String> qualifier = qualifier(text, sentence, spanBegin);
        Optional<Direction> direction = Comparisons.direction(text, Math.max(previousEnd, sentence.begin()),
                spanBegin, end, sentence.end());
        Optional<String> comparedTo = Comparisons.baseline(text, end, sentence.end(), direction.isPresent());
        return new Quantity(span, plain(n.value()), unit, description, qualifier, comparedTo, direction, sentence);
    }

    /**
     * Where {@link #PERCENT} matched at {@code from}, in the region {@code [from, to)}, ends, or -1.
     * The sign, by far the commonest, is read without a matcher.
     */
    private static int percentEnd(String text, int from, int to) {
        int i = blanksEnd(text, from, to);
        if (i < to && text.charAt(i) == '%') return i + 1;
        Matcher percent = PERCENT.at(text, from, to);
        return percent != null ? percent.end() : -1;
    }

    /** Where the spaces and tabs (no-break ones too) from {@code from} end, {@code to} at the latest. */
    private static int blanksEnd(String text, int from, int to) {
        int i = from;
        while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u00a0')) i++;
        return i;
    }

    /** Reads the number found at {@code [begin, end)}, with any scale words after digits; null when it is no amount. */
    private static Reading number(String text, Span sentence, String lang, int begin, int end, boolean inDigits) {
        if (end > sentence.end()) return null;
        NumberWords.Run words = null;
        if (!inDigits) {
            words = NumberWords.Run.of(text.substring(begin, end), lang);
            if (!words.isCount()) return null;
            if (DETERMINER.endingAt(text, NonQuantities.lookBehind(sentence.begin(), begin), begin) != null) return null;
            if (RATIO.endingAt(text, NonQuantities.lookBehind(sentence.begin(), begin), begin) != null) return null;
        } else if (NonQuantities.isGlued(text, begin, end)) {
            return null;
        }
        if (NonQuantities.isDateOrTime(text, sentence.begin(), begin, end)) return null;
        if (NonQuantities.isEraYear(text, end)) return null;
        boolean yearShaped = inDigits && NonQuantities.isYearShaped(text, begin, end);
        if (yearShaped && NonQuantities.followsYearPreposition(text, sentence.begin(), begin)) return null;
        // Read only now: most numbers that get this far are amounts, most that do not are dates.
        if (words != null) return new Reading(begin, end, words.value(), true, false, words.endsInScale());
        BigDecimal value = NumberParser.parse(text, begin, end, lang);
        boolean scaled = false;
        for (int scaleEnd; (scaleEnd = NumberWords.scaleWordEnd(text, end, sentence.end(), lang)) >= 0; ) {
            String scale = text.substring(blanksEnd(text, end, scaleEnd), scaleEnd);
            value = value.multiply(NumberWords.scale(scale, lang));
            end = scaleEnd;
            scaled = true;
            Matcher rest = scale.equalsIgnoreCase("mil") ? MIL_REST.at(text, end, sentence.end()) : null;
            if (rest != null) {
                value = value.add(new BigDecimal(rest.group(1)));
                end = rest.end();
            }
        }
        return new Reading(begin, end, value, false, yearShaped && !scaled, scaled);
    }

    /** The noun counted by {@code n}, looking past "de"/"of" after a scale word; null when none. */
    private static CountedNouns.Phrase countedNoun(String text, Span sentence, String lang, Reading n) {
        if (n.yearShaped() && CountedNouns.namePartFollows(text, n.end(), sentence.end())) return null;
        int from = n.end();
        Matcher of = n.endsInScale() ? SCALE_OF.at(text, from, sentence.end()) : null;
        if (of != null) from = of.end();
        return CountedNouns.after(text, from, sentence.end(), lang);
    }

    /**
     * Whether digits with no unit and no counted noun still state an amount ("more than 9,500
     * were granted"). Numbers in words and years need a noun; a number between a name and a
     * capitalised word is part of the name ("Document 9303", "75 Periodo").
     */
    private static boolean standsAlone(String text, Span sentence, Reading n) {
        // "exceeded one million": a number word with a scale is an amount even with its noun before it.
        if (n.inWords() && n.value().compareTo(BigDecimal.valueOf(1000)) < 0 || n.yearShaped()) return false;
        return !CountedNouns.namePartFollows(text, n.end(), sentence.end())
                && !NonQuantities.followsName(text, sentence.begin(), n.begin());
    }

    /** Scale words leave decimals behind ("5.3 million" is 5300000.0); an integer is written as one. */
    private static BigDecimal plain(BigDecimal value) {
        // Most values are integers read as such: stripped and set back to scale 0, they are what they were.
        if (value.scale() == 0) return value;
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    /**
     * Whether the last character before {@code at} (spaces aside) is one that a sign or code of
     * {@link #CURRENCY_BEFORE} ends with: most numbers have none, and the pattern is not tried.
     */
    private static boolean currencyMayPrecede(String text, int from, int at) {
        int i = NonQuantities.spacesBefore(text, from, at);
        return i > from && CURRENCY_LAST_CHARS.indexOf(text.charAt(i - 1)) >= 0;
    }

    /**
     * {@link #CURRENCY_BEFORE} found in {@code [from, at)}, or null. It ends at {@code at}, so its
     * sign ends where the blanks before {@code at} begin: the search starts no earlier than the
     * longest sign before that, instead of trying every character of the stretch.
     */
    private static Matcher currencyBefore(String text, int from, int at) {
        int signEnd = NonQuantities.spacesBefore(text, from, at);
        Matcher m = CURRENCY_BEFORE.matcher(text).region(Math.max(from, signEnd - LONGEST_CURRENCY_SIGN), at);
        return m.find() ? m : null;
    }

    /** A bare "$" is the peso in Mexican Spanish and the dollar in English. */
    private static String prefixCurrency(String sign, String lang) {
        String s = sign.replace(" ", "").replace("\t", "");
        if (s.startsWith("MX")) return "MXN";
        if (s.equals("$")) return "es".equals(lang) ? "MXN" : "USD";
        return switch (s) {
            case "CAD", "C$", "CA$" -> "CAD";
            case "€", "EUR" -> "EUR";
            case "£", "GBP" -> "GBP";
            case "¥", "JPY" -> "JPY";
            case "CNY" -> "CNY";
            case "R$", "BRL" -> "BRL";
            default -> "USD";
        };
    }

    private static String currencyCode(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.equals("pesos") || w.equals("mxn")) return "MXN";
        if (w.equals("euros") || w.equals("eur")) return "EUR";
        if (w.startsWith("canadian") || w.contains("canadienses") || w.equals("cad")) return "CAD";
        if (w.startsWith("pounds") || w.startsWith("libras") || w.equals("gbp")) return "GBP";
        if (w.equals("yen") || w.equals("jpy")) return "JPY";
        if (w.equals("yuan") || w.equals("cny")) return "CNY";
        if (w.equals("reais") || w.equals("brl")) return "BRL";
        return "USD";
    }

    /**
     * The qualifier right before the blanks before {@code spanBegin}, as written, or empty: what the
     * pattern {@code (?<![\p{L}])(?<q>more[ \t]+than|...)[ \t\u00a0]+$} of all {@link #QUALIFIERS} finds
     * there, searched from the start of each of the last words (the one that starts first wins).
     * Read word by word from the end instead: a qualifier is common, and the pattern cost a matcher
     * and a try at each of the last three words.
     */
    static Optional<String> qualifier(String text, Span sentence, int spanBegin) {
        int from = NonQuantities.lookBehind(sentence.begin(), spanBegin);
        if (!NonQuantities.followsWordOf(text, from, spanBegin, QUALIFIER_LAST_WORDS)) return Optional.empty();
        int wordsEnd = NonQuantities.spacesBefore(text, from, spanBegin);
        int first = -1;
        for (String[] words : QUALIFIER_WORDS) {
            int start = phraseStart(text, from, wordsEnd, words);
            if (start >= 0 && (first < 0 || start < first)) first = start;
        }
        return first >= 0 ? Optional.of(text.substring(first, wordsEnd)) : Optional.empty();
    }

    /**
     * Where {@code words}, folded, apart by spaces and tabs, begin when they end at {@code end}, not
     * before {@code from} and not right after a letter (unless at {@code from}); -1 when they do not.
     */
    private static int phraseStart(String text, int from, int end, String[] words) {
        int at = end;
        for (int k = words.length - 1; k >= 0; k--) {
            int start = at - words[k].length();
            if (start < from || !FoldedWords.isFolded(words[k], text, start, at)) return -1;
            at = start;
            if (k == 0) break;
            while (at > from && (text.charAt(at - 1) == ' ' || text.charAt(at - 1) == '\t')) at--;
            if (at == start) return -1;
        }
        return at == from || !Words.isLetter(text.charAt(at - 1)) ? at : -1;
    }
}
