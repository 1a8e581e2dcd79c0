package org.comunicado.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Recognises numbers that do not measure anything: parts of dates and times, years and eras,
 * ordinals, codes and names ("COVID-19", "G20"), and labels ("Press Release 315", "Article 33",
 * list markers). Each test looks only at the characters around the number. Stateless.
 */
final class NonQuantities {

    private static final String MONTH = "january|february|march|april|may|june|july|august|september|october|"
            + "november|december|jan\\.|feb\\.|mar\\.|apr\\.|jun\\.|jul\\.|aug\\.|sep\\.|sept\\.|oct\\.|nov\\.|dec\\.|"
            + "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre";

    private static final String WEEKDAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
            + "lunes|martes|miércoles|jueves|viernes|sábado|domingo";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** A month or weekday right before the number: "August 20", "martes 4". */
    private static final WordMatches DATE_BEFORE = WordMatches.trailing(Pattern.compile(
            "(?<![\\p{L}])(?:" + MONTH + "|" + WEEKDAY + ")[ \\t\\u00a0,]*(?:the[ \\t]+)?$", FLAGS), 2);

    /** The words of {@link #DATE_BEFORE}: the months and weekdays (abbreviations without their dot) and "the". */
    private static final FoldedWords DATE_WORDS = FoldedWords.of(
            Stream.of((MONTH + "|" + WEEKDAY + "|the").split("\\|")).map(w -> w.replace("\\.", "")).toList());

    /** A month right after the number: "20 de agosto", "20 August", "20th of May". */
    private static final AnchoredMatches DATE_AFTER = AnchoredMatches.of(Pattern.compile(
            "\\G[ \\t\\u00a0]+(?:de[ \\t]+|of[ \\t]+)?(?:" + MONTH + ")(?![\\p{L}])", FLAGS));

    /** The first day of a range whose month comes after the second: "del 3 al 5 de junio", "3-5 June". */
    private static final AnchoredMatches DAY_RANGE_AFTER = AnchoredMatches.of(Pattern.compile(
            "\\G[ \\t]*(?:to|and|through|-|–|al|a|y)[ \\t]*\\d{1,2}[ \\t]+(?:de[ \\t]+|of[ \\t]+)?(?:" + MONTH
                    + ")(?![\\p{L}])", FLAGS));

    /** The second day of a range whose month comes first: "June 3 to 5". */
    private static final WordMatches DAY_RANGE_BEFORE = WordMatches.trailing(Pattern.compile(
            "(?<![\\p{L}])(?:" + MONTH + ")[ \\t]+\\d{1,2}[ \\t]*(?:to|and|through|-|–)[ \\t]*$", FLAGS), 3);

    /** The last characters of the words that join the days in {@link #DAY_RANGE_BEFORE}. */
    private static final String RANGE_JOIN_ENDS = lastCharacters("to|and|through|-|–");

    /** Clock times: "8 a.m.", "10 hrs". ("20:31" is caught as a number glued to a colon.) */
    private static final AnchoredMatches TIME_AFTER = AnchoredMatches.of(Pattern.compile(
            "\\G[ \\t\\u00a0]*(?:[ap]\\.?[ \\t]?m\\.?|hrs?\\.?|h)(?![\\p{L}])", FLAGS));

    /** "a las 10 horas" is a time of day; "durante 10 horas" a duration. */
    private static final Pattern HOUR_OF_DAY = Pattern.compile("(?<![\\p{L}])las[ \\t]+\\d+[ \\t]+horas", FLAGS);

    /** An era marks a year, also at the far end of a range: "from 800 to 500 BCE". Case matters: "ce". */
    private static final AnchoredMatches ERA_AFTER = AnchoredMatches.of(Pattern.compile(
            "\\G(?:[ \\t]+(?:to|and|y|a|-|–)[ \\t]+\\d[\\d,.]*)?[ \\t\\u00a0]*"
                    + "(?:BCE|BC|CE|AD|A\\.D\\.|B\\.C\\.|a\\.[ \\t]?C\\.|d\\.[ \\t]?C\\.|a\\.[ \\t]?n\\.[ \\t]?e\\.)(?![\\p{L}])"));

    /** Words after which a number is a label, not an amount ("Article 33", "No. 01", "fase 3"). */
    private static final Set<String> LABELS = Set.of(
            "no", "nº", "n°", "núm", "num", "number", "número", "release", "document", "documento", "article",
            "artículo", "articles", "artículos", "resolution", "resolución", "phase", "fase", "chapter",
            "capítulo", "section", "sección", "paragraph", "párrafo", "item", "point", "punto", "annex", "anexo",
            "law", "ley", "decree", "decreto", "page", "página", "p", "pp", "vol", "volume", "room", "sala",
            "flight", "vuelo", "route", "ruta", "code", "código", "file", "expediente", "case", "caso",
            "report", "informe", "bulletin", "boletín", "comunicado", "communiqué", "circular", "oficio",
            "folio", "table", "tabla", "figure", "figura", "step", "paso", "level", "nivel", "session", "sesión",
            "edition", "edición", "round", "ronda", "year", "years", "año", "años", "década", "decade",
            "tel", "phone", "teléfono", "fracción", "numeral", "title", "título", "#");

    /** The same, looked up in the text without copying a word out. */
    private static final FoldedWords LABEL_WORDS = FoldedWords.of(LABELS);

    /** Prepositions that introduce a point in time: "in 2020", "desde 2015", "the 2030 Agenda". */
    private static final WordMatches YEAR_PREPOSITION = WordMatches.trailing(Pattern.compile("(?<![\\p{L}])(?:in|since|by|until|till|from|"
            + "through|during|before|after|en|desde|para|durante|antes|después|año|year)"
            + "[ \\t\\u00a0]+$", FLAGS), 1);

    /** No label is longer; a longer word before a number is not looked up. */
    private static final int LONGEST_LABEL = LABELS.stream().mapToInt(String::length).max().orElseThrow();

    private static final Pattern PREVIOUS_WORD = Pattern.compile("([^\\s]+)[ \\t\\u00a0]+$");


    /**
     * How far back from a number the patterns above that end at it ({@code ...$}) look: far
     * more than any of them matches, and it keeps a sentence with many numbers linear (searched
     * from the sentence start, a 50,000-character run of digit groups took minutes).
     */
    private static final int LOOK_BEHIND = 200;

    private NonQuantities() {
    }

    /**
     * Whether the digits at {@code [begin, end)} are glued to something that makes them part of a
     * code, name, ordinal, date, time or range: a letter ("G20", "9th", "1º"), a hyphen after a
     * letter or between digits ("COVID-19", "2020-2021", "15-year-old"), a slash, colon or dot
     * between digits ("20/08/2024", "20:31", "20.08.2024"), a plus sign or a neighbouring number
     * separated by one space ("+52 55 3686 5100"). A leading zero ("01") marks a code too.
     */
    static boolean isGlued(String text, int begin, int end) {
        char prev = begin > 0 ? text.charAt(begin - 1) : ' ';
        char prev2 = begin > 1 ? text.charAt(begin - 2) : ' ';
        char next = end < text.length() ? text.charAt(end) : ' ';
        char next2 = end + 1 < text.length() ? text.charAt(end + 1) : ' ';
        if (Character.isLetter(prev) || "/_@#:\\+".indexOf(prev) >= 0) return true;
        // Runs of numbers separated only by spaces are phone numbers or codes ("55 3686 5100").
        if (prev == ' ' && Character.isDigit(prev2)) return true;
        if (next == ' ' && Character.isDigit(next2)) return true;
        if ((prev == '-' || prev == '–') && Character.isLetterOrDigit(prev2)) return true;
        if ((prev == '.' || prev == ',') && Character.isDigit(prev2)) return true;
        if (Character.isLetter(next) || next == 'º' || next == 'ª' || next == '°') return true;
        if ("/:_@-–.,".indexOf(next) >= 0 && Character.isLetterOrDigit(next2)) return true;
        return text.charAt(begin) == '0' && end - begin > 1 && Character.isDigit(text.charAt(begin + 1));
    }

    /**
     * Whether the number at {@code [begin, end)} is the day or year of a date, or a time of day.
     * Each pattern is tried only when the character it needs next to the number is there.
     */
    static boolean isDateOrTime(String text, int lineStart, int begin, int end) {
        int from = lookBehind(lineStart, begin);
        if (mayEndDate(text, from, begin) && DATE_BEFORE.endingAt(text, from, begin) != null) {
            return true;
        }
        if (DATE_AFTER.matchesAt(text, end, text.length())) return true;
        if (DAY_RANGE_AFTER.matchesAt(text, end, text.length())) return true;
        if (lastCharIsOneOf(text, from, begin, " \t", RANGE_JOIN_ENDS)
                && DAY_RANGE_BEFORE.endingAt(text, from, begin) != null) {
            return true;
        }
        if (TIME_AFTER.matchesAt(text, end, text.length())) return true;
        int hourFrom = Math.max(lineStart, begin - 4);
        if (!mayBe(text.charAt(hourFrom), "l")) return false;
        Matcher hour = HOUR_OF_DAY.matcher(text).region(hourFrom, text.length());
        return hour.lookingAt() && hour.start() <= begin;
    }

    /** Whether an era follows the number ("2500 BCE", "800 to 500 a. C."). */
    static boolean isEraYear(String text, int end) {
        return ERA_AFTER.matchesAt(text, end, text.length());
    }

    /**
     * Whether {@link #DATE_BEFORE} may end at {@code at}: past the blanks and commas before it, a
     * date word ends there (or the dot of an abbreviation after one), or a longer run of letters
     * whose last three are one, as in "Maythe 5", where nothing stands between a month and "the".
     */
    static boolean mayEndDate(String text, int from, int at) {
        int end = at;
        while (end > from && (isBlank(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) end--;
        if (end > from && text.charAt(end - 1) == '.') end--;
        int start = end;
        while (start > from && Character.isLetter(text.charAt(start - 1))) start--;
        if (start == end) return false;
        return DATE_WORDS.contains(text, start, end) || end - start > 3 && DATE_WORDS.contains(text, end - 3, end);
    }

    /**
     * Whether the last character before {@code at} and the characters in {@code skipped} may be,
     * as a case-insensitive pattern compares it, one of {@code lastChars} (lower case).
     */
    static boolean lastCharIsOneOf(String text, int from, int at, String skipped, String lastChars) {
        int i = at;
        while (i > from && skipped.indexOf(text.charAt(i - 1)) >= 0) i--;
        return i > from && mayBe(text.charAt(i - 1), lastChars);
    }

    /** Whether {@code c} matches one of {@code chars} (lower case) case-insensitively, also by Unicode case. */
    private static boolean mayBe(char c, String chars) {
        // ASCII folds within ASCII: its one other case is found without the Unicode case tables.
        if (c < 0x80) return chars.indexOf(c) >= 0 || c >= 'A' && c <= 'Z' && chars.indexOf(c + ('a' - 'A')) >= 0;
        return chars.indexOf(c) >= 0 || chars.indexOf(Character.toLowerCase(c)) >= 0
                || chars.indexOf(Character.toLowerCase(Character.toUpperCase(c))) >= 0;
    }

    /** The last character of each alternative of {@code alternation} ("jan\\." ends with the dot). */
    private static String lastCharacters(String alternation) {
        StringBuilder chars = new StringBuilder();
        for (String word : alternation.split("\\|")) {
            char last = word.charAt(word.length() - 1);
            if (chars.indexOf(String.valueOf(last)) < 0) chars.append(last);
        }
        return chars.toString();
    }

    /** Whether {@code text[begin, end)} has the shape of a year: four digits, no separators, 1000–2100. */
    static boolean isYearShaped(String text, int begin, int end) {
        if (end - begin != 4) return false;
        int v = 0;
        for (int i = begin; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') return false;
            v = v * 10 + (c - '0');
        }
        return v >= 1000 && v <= 2100;
    }

    /** Whether a year-shaped number follows a preposition of time, so is a year whatever follows. */
    static boolean followsYearPreposition(String text, int sentenceStart, int begin) {
        return YEAR_PREPOSITION.endingAt(text, lookBehind(sentenceStart, begin), begin) != null;
    }

    /**
     * Whether the number is a label: after a word such as "Article" or "No.", a list marker at the
     * start of a line ("1." or "2)"), or a number alone in brackets ("(3)").
     */
    static boolean isLabel(String text, int sentenceStart, int begin, int end) {
        char prev = begin > 0 ? text.charAt(begin - 1) : ' ';
        char next = end < text.length() ? text.charAt(end) : ' ';
        if ((prev == '(' || prev == '[') && (next == ')' || next == ']')) return true;
        if ((next == '.' || next == ')') && atLineStart(text, begin)) return true;
        Word word = previousWord(text, sentenceStart, begin);
        if (word == null) return false;
        int wordEnd = word.end();
        while (wordEnd > word.begin() && (text.charAt(wordEnd - 1) == '.' || text.charAt(wordEnd - 1) == ':')) wordEnd--;
        // Lower-casing never shortens a word: a longer one is no label.
        if (wordEnd == word.begin() || wordEnd - word.begin() > LONGEST_LABEL) return false;
        if (FoldedWords.isAscii(text, word.begin(), wordEnd)) return LABEL_WORDS.contains(text, word.begin(), wordEnd);
        return LABELS.contains(text.substring(word.begin(), wordEnd).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the number follows a capitalised word that does not start the sentence or phrase
     * ("Press Release 315", "Document 9303"). Only meaningful when nothing counted follows: a
     * title-case headline ("Mexico Sends 500 Tons of Aid") still counts its tons.
     */
    static boolean followsName(String text, int sentenceStart, int begin) {
        Word word = previousWord(text, sentenceStart, begin);
        return word != null && Character.isUpperCase(text.charAt(word.begin()))
                && !startsSentence(text, sentenceStart, word.begin());
    }

    /** A word of the text, as {@code [begin, end)}. */
    private record Word(int begin, int end) {
    }

    /**
     * The word {@link #PREVIOUS_WORD} finds before {@code begin}: the characters other than
     * {@code \\s} right before the blanks before the number, or null when there are no blanks or no
     * such characters. The pattern itself is asked only when a no-break space is near, since it
     * is no {@code \\s} and may belong to the word.
     */
    private static Word previousWord(String text, int sentenceStart, int begin) {
        int from = lookBehind(sentenceStart, begin);
        int blanks = spacesBefore(text, from, begin);
        int i = blanks;
        while (i > from && !isRegexSpace(text.charAt(i - 1))) i--;
        for (int k = i; k < begin; k++) {
            if (text.charAt(k) == '\u00a0') {
                Matcher m = PREVIOUS_WORD.matcher(text).region(i, begin);
                return m.find() ? new Word(m.start(1), m.end(1)) : null;
            }
        }
        return i < blanks && blanks < begin ? new Word(i, blanks) : null;
    }

    /**
     * Whether blanks end at {@code at} and the run of letters before them, from {@code from} at the
     * earliest, is one of {@code words}: what a pattern needs that ends with one of those words and
     * blanks ({@code ...(?:than|about)[ \t]+$}).
     */
    static boolean followsWordOf(String text, int from, int at, FoldedWords words) {
        int blanks = spacesBefore(text, from, at);
        int start = blanks;
        while (start > from && Character.isLetter(text.charAt(start - 1))) start--;
        return blanks < at && start < blanks && words.contains(text, start, blanks);
    }

    /** Where the spaces and tabs (no-break ones too) right before {@code at} begin, not before {@code from}. */
    static int spacesBefore(String text, int from, int at) {
        int i = at;
        while (i > from && isBlank(text.charAt(i - 1))) i--;
        return i;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u00a0';
    }

    /** What {@code \\s} matches in {@link #PREVIOUS_WORD}: " \t\n\u000B\f\r". */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    private static boolean atLineStart(String text, int begin) {
        for (int i = begin - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '•' && c != '·' && c != '-' && c != '*') return false;
        }
        return true;
    }

    /** True also after a colon, quote, bracket or dash, where a capital starts a new phrase. */
    private static boolean startsSentence(String text, int sentenceStart, int wordStart) {
        int before = wordStart - 1;
        while (before >= sentenceStart && Character.isWhitespace(text.charAt(before))) before--;
        if (before >= sentenceStart && ":;\"“«(•·—–-‘'".indexOf(text.charAt(before)) >= 0) return true;
        for (int i = sentenceStart; i < wordStart; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) return false;
        }
        return true;
    }

    /** Where a search for a pattern ending right before {@code begin} starts: at most {@link #LOOK_BEHIND} back. */
    static int lookBehind(int start, int begin) {
        return Math.max(start, begin - LOOK_BEHIND);
    }
}
