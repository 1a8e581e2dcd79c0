package org.comunicado.extract;

import java.math.BigDecimal;

/**
 * Reads a run of digits with group and decimal separators ("1,200", "1.200", "1 200", "5.3",
 * "1.420.575,5") as a {@link BigDecimal}. Which separator is the decimal one is decided by the
 * shape of the groups, and only where the shape is ambiguous by the language. Stateless.
 */
final class NumberParser {

    /** The kinds of thousands separator, in the order the pattern tries them; a space stands for all three spaces. */
    private static final String GROUP_SEPARATORS = ",. ";

    private NumberParser() {
    }

    /**
     * The value of {@code digits}, which must be digits separated by {@code , . } or (narrow)
     * no-break spaces, as matched by the extractor's number pattern.
     *
     * <p>Rules: spaces are always group separators. When both {@code ,} and {@code .} occur, the
     * last one is the decimal mark. A separator that occurs more than once is a group separator.
     * A single separator followed by other than exactly three digits is a decimal mark ("5.3",
     * "1,5"). A single separator followed by exactly three digits is a group separator, except a
     * dot in English ("1.250 million" is a decimal there, while Spanish writes "1.200" for
     * twelve hundred). Mexican Spanish, like English, writes "1,773" for thousands.
     *
     * @param language "en" or "es"
     */
    static BigDecimal parse(String digits, String language) {
        String s = withoutSpaces(digits);
        int lastComma = s.lastIndexOf(',');
        int lastDot = s.lastIndexOf('.');
        if (lastComma >= 0 && lastDot >= 0) {
            char decimal = lastComma > lastDot ? ',' : '.';
            return decimalAt(s, decimal);
        }
        if (lastComma < 0 && lastDot < 0) return integer(s, ' ');
        char sep = lastComma >= 0 ? ',' : '.';
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == sep) count++;
        }
        int after = s.length() - s.lastIndexOf(sep) - 1;
        boolean grouping = count > 1 || (after == 3 && (sep == ',' || "es".equals(language)));
        return grouping ? integer(s, sep) : decimalAt(s, sep);
    }

    /**
     * {@link #parse} of {@code text[begin, end)}. Plain digits, as most amounts are written, are read
     * in place; others are cut out and parsed.
     */
    static BigDecimal parse(String text, int begin, int end, String language) {
        if (end - begin > 18) return parse(text.substring(begin, end), language);
        long value = 0;
        for (int i = begin; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') return parse(text.substring(begin, end), language);
            value = value * 10 + (c - '0');
        }
        return end > begin ? BigDecimal.valueOf(value) : parse(text.substring(begin, end), language);
    }

    /**
     * The integer written by the digits of {@code s} with any {@code separator} between them left
     * out. Most amounts fit a long and are read as one, without making a string and parsing it again.
     */
    private static BigDecimal integer(String s, char separator) {
        long value = 0;
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == separator) continue;
            if (c < '0' || c > '9' || ++digits > 18) return new BigDecimal(s.replace(String.valueOf(separator), ""));
            value = value * 10 + (c - '0');
        }
        return digits == 0 ? new BigDecimal(s.replace(String.valueOf(separator), "")) : BigDecimal.valueOf(value);
    }

    /**
     * Where the digits at {@code start} end, read as the extractor's number pattern
     * <pre>{@code (?<!\d)(\d{1,3}(?:(?:,\d{3})+|(?:\.\d{3})+|(?:[ \u00a0\u202f]\d{3})+)(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?)}</pre>
     * reads them with {@code lookingAt()}: at most three digits and groups of three after one kind of
     * separator, with an optional decimal part, not followed by a digit; else plain digits with an
     * optional decimal part. -1 when no digit is there or a digit comes right before it. Nothing
     * is read at or past {@code limit}, but the digits before {@code start} and after the end are
     * looked at past any bound, as a matcher with transparent bounds does. Scanned, because a
     * release has many numbers (dates above all) and each was a regular expression's work.
     */
    static int end(String text, int start, int limit) {
        if (start >= limit || !isDigit(text, start) || isDigit(text, start - 1)) return -1;
        int run = digitsEnd(text, start, limit);
        // \d{1,3} gives back digits only to find a separator right after them, and finds a digit.
        if (run - start <= 3) {
            for (int k = 0; k < GROUP_SEPARATORS.length(); k++) {
                int grouped = groupedEnd(text, run, limit, GROUP_SEPARATORS.charAt(k));
                if (grouped >= 0) return grouped;
            }
        }
        return isDecimalMark(text, run, limit) ? digitsEnd(text, run + 1, limit) : run;
    }

    /**
     * The end of the groups of three digits after {@code separator} (a space stands for the three
     * spaces) from {@code at}, with an optional decimal part and no digit after, or -1: the pattern
     * tries the most groups first and gives them back one by one.
     */
    private static int groupedEnd(String text, int at, int limit, char separator) {
        int end = at;
        int groups = 0;
        while (end + 4 <= limit && isSeparator(text.charAt(end), separator) && isDigit(text, end + 1)
                && isDigit(text, end + 2) && isDigit(text, end + 3)) {
            end += 4;
            groups++;
        }
        for (; groups > 0; groups--, end -= 4) {
            // A shorter decimal part is followed by one of its own digits: only the whole one can end the match.
            if (isDecimalMark(text, end, limit)) {
                int decimals = digitsEnd(text, end + 1, limit);
                if (!isDigit(text, decimals)) return decimals;
            }
            if (!isDigit(text, end)) return end;
        }
        return -1;
    }

    private static boolean isSeparator(char c, char separator) {
        return separator == ' ' ? c == ' ' || c == '\u00a0' || c == '\u202f' : c == separator;
    }

    /** Whether a decimal part ({@code [.,]\d+}) begins at {@code at}, within {@code limit}. */
    private static boolean isDecimalMark(String text, int at, int limit) {
        return at + 1 < limit && (text.charAt(at) == '.' || text.charAt(at) == ',') && isDigit(text, at + 1);
    }

    private static int digitsEnd(String text, int from, int limit) {
        int end = from;
        while (end < limit && isDigit(text, end)) end++;
        return end;
    }

    /** Whether an ASCII digit ({@code \d}) stands at {@code i}, which may lie outside the text. */
    private static boolean isDigit(String text, int i) {
        return i >= 0 && i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }

    /** {@code digits} without the spaces that group thousands (plain, no-break, narrow no-break). */
    private static String withoutSpaces(String digits) {
        if (digits.indexOf(' ') < 0 && digits.indexOf('\u00a0') < 0 && digits.indexOf('\u202f') < 0) return digits;
        StringBuilder b = new StringBuilder(digits.length());
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c != ' ' && c != '\u00a0' && c != '\u202f') b.append(c);
        }
        return b.toString();
    }

    private static BigDecimal decimalAt(String s, char decimal) {
        char group = decimal == ',' ? '.' : ',';
        return new BigDecimal(s.replace(String.valueOf(group), "").replace(decimal, '.'));
    }
}
