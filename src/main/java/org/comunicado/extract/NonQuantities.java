package org.comunicado.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises numbers that do not measure anything: parts of dates and times, years and eras,
 * ordinals, codes and names ("COVID-19", "G20"), and labels ("Press Release 315", "Article 33",
 * list markers). Each test looks only at the characters around the number. Stateless.
 */
final class NonQuantities {

    private static final String MONTH = "january|february|march|april|may|june|july|august|september|october|"
            + "november|december|jan\\.|feb\\.|mar\\.|apr\\.|jun\\.|jul\\.|aug\\.|sept?\\.|oct\\.|nov\\.|dec\\.|"
            + "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre";

    private static final String WEEKDAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
            + "lunes|martes|miércoles|jueves|viernes|sábado|domingo";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** A month or weekday right before the number: "August 20", "martes 4". */
    private static final WordMatches DATE_BEFORE = WordMatches.trailing(Pattern.compile(
            "(?<![\\p{L}])(?:" + MONTH + "|" + WEEKDAY + ")[ \\t\\u00a0,]*(?:the[ \\t]+)?$", FLAGS), 2);

    /** A month right after the number: "20 de agosto", "20 August", "20th of May". */
    private static final Pattern DATE_AFTER = Pattern.compile(
            "\\G[ \\t\\u00a0]+(?:de[ \\t]+|of[ \\t]+)?(?:" + MONTH + ")(?![\\p{L}])", FLAGS);

    /** The first day of a range whose month comes after the second: "del 3 al 5 de junio", "3-5 June". */
    private static final Pattern DAY_RANGE_AFTER = Pattern.compile(
            "\\G[ \\t]*(?:to|and|through|-|–|al|a|y)[ \\t]*\\d{1,2}[ \\t]+(?:de[ \\t]+|of[ \\t]+)?(?:" + MONTH
                    + ")(?![\\p{L}])", FLAGS);

    /** The second day of a range whose month comes first: "June 3 to 5". */
    private static final WordMatches DAY_RANGE_BEFORE = WordMatches.trailing(Pattern.compile(
            "(?<![\\p{L}])(?:" + MONTH + ")[ \\t]+\\d{1,2}[ \\t]*(?:to|and|through|-|–)[ \\t]*$", FLAGS), 3);

    /** Clock times: "8 a.m.", "10 hrs". ("20:31" is caught as a number glued to a colon.) */
    private static final Pattern TIME_AFTER = Pattern.compile(
            "\\G[ \\t\\u00a0]*(?:[ap]\\.?[ \\t]?m\\.?|hrs?\\.?|h)(?![\\p{L}])", FLAGS);

    /** "a las 10 horas" is a time of day; "durante 10 horas" a duration. */
    private static final Pattern HOUR_OF_DAY = Pattern.compile("(?<![\\p{L}])las[ \\t]+\\d+[ \\t]+horas", FLAGS);

    /** An era marks a year, also at the far end of a range: "from 800 to 500 BCE". Case matters: "ce". */
    private static final Pattern ERA_AFTER = Pattern.compile(
            "\\G(?:[ \\t]+(?:to|and|y|a|-|–)[ \\t]+\\d[\\d,.]*)?[ \\t\\u00a0]*"
                    + "(?:BCE|BC|CE|AD|A\\.D\\.|B\\.C\\.|a\\.[ \\t]?C\\.|d\\.[ \\t]?C\\.|a\\.[ \\t]?n\\.[ \\t]?e\\.)(?![\\p{L}])");

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

    /** Prepositions that introduce a point in time: "in 2020", "desde 2015", "the 2030 Agenda". */
    private static final WordMatches YEAR_PREPOSITION = WordMatches.trailing(Pattern.compile("(?<![\\p{L}])(?:in|since|by|until|till|from|"
            + "through|during|before|after|en|desde|para|durante|antes|después|año|year)"
            + "[ \\t\\u00a0]+$", FLAGS), 1);

    private static final Pattern PREVIOUS_WORD = Pattern.compile("([^\\s]+)[ \\t\\u00a0]+$");

    /** What {@code \\s} matches in {@link #PREVIOUS_WORD}. */
    private static final String REGEX_SPACE = " \t\n\u000B\f\r";

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

    /** Whether the number at {@code [begin, end)} is the day or year of a date, or a time of day. */
    static boolean isDateOrTime(String text, int lineStart, int begin, int end) {
        if (DATE_BEFORE.endingAt(text, lookBehind(lineStart, begin), begin) != null) return true;
        if (DATE_AFTER.matcher(text).region(end, text.length()).lookingAt()) return true;
        if (DAY_RANGE_AFTER.matcher(text).region(end, text.length()).lookingAt()) return true;
        if (DAY_RANGE_BEFORE.endingAt(text, lookBehind(lineStart, begin), begin) != null) return true;
        if (TIME_AFTER.matcher(text).region(end, text.length()).lookingAt()) return true;
        Matcher hour = HOUR_OF_DAY.matcher(text).region(Math.max(lineStart, begin - 4), text.length());
        return hour.lookingAt() && hour.start() <= begin;
    }

    /** Whether an era follows the number ("2500 BCE", "800 to 500 a. C."). */
    static boolean isEraYear(String text, int end) {
        return ERA_AFTER.matcher(text).region(end, text.length()).lookingAt();
    }

    /** Whether {@code digits} has the shape of a year: four digits, no separators, 1000–2100. */
    static boolean isYearShaped(String digits) {
        if (digits.length() != 4 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) return false;
        int v = Integer.parseInt(digits);
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
        if (atLineStart(text, begin) && (next == '.' || next == ')')) return true;
        Matcher m = previousWord(text, sentenceStart, begin);
        if (!m.find()) return false;
        return LABELS.contains(m.group(1).replaceAll("[.:]+$", "").toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the number follows a capitalised word that does not start the sentence or phrase
     * ("Press Release 315", "Document 9303"). Only meaningful when nothing counted follows: a
     * title-case headline ("Mexico Sends 500 Tons of Aid") still counts its tons.
     */
    static boolean followsName(String text, int sentenceStart, int begin) {
        Matcher m = previousWord(text, sentenceStart, begin);
        if (!m.find()) return false;
        String word = m.group(1);
        return Character.isUpperCase(word.charAt(0)) && !startsSentence(text, sentenceStart, m.start(1));
    }

    /**
     * {@link #PREVIOUS_WORD} over the stretch before {@code begin}, cut to where its leftmost match
     * can start: past the spaces before the number and the word before them, no further (a match
     * cannot hold the line break or space that ends the stretch).
     */
    private static Matcher previousWord(String text, int sentenceStart, int begin) {
        int from = lookBehind(sentenceStart, begin);
        int i = spacesBefore(text, from, begin);
        while (i > from && REGEX_SPACE.indexOf(text.charAt(i - 1)) < 0) i--;
        return PREVIOUS_WORD.matcher(text).region(i, begin);
    }

    /** Where the spaces and tabs (no-break ones too) right before {@code at} begin, not before {@code from}. */
    static int spacesBefore(String text, int from, int at) {
        int i = at;
        while (i > from && " \t\u00a0".indexOf(text.charAt(i - 1)) >= 0) i--;
        return i;
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
