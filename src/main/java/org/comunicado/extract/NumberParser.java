package org.comunicado.extract;

import java.math.BigDecimal;

/**
 * Reads a run of digits with group and decimal separators ("1,200", "1.200", "1 200", "5.3",
 * "1.420.575,5") as a {@link BigDecimal}. Which separator is the decimal one is decided by the
 * shape of the groups, and only where the shape is ambiguous by the language. Stateless.
 */
final class NumberParser {

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
        if (lastComma < 0 && lastDot < 0) return new BigDecimal(s);
        char sep = lastComma >= 0 ? ',' : '.';
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == sep) count++;
        }
        int after = s.length() - s.lastIndexOf(sep) - 1;
        boolean grouping = count > 1 || (after == 3 && (sep == ',' || "es".equals(language)));
        return grouping ? new BigDecimal(s.replace(String.valueOf(sep), "")) : decimalAt(s, sep);
    }

    /** {@code digits} without the spaces that group thousands (plain, no-break, narrow no-break). */
    private static String withoutSpaces(String digits) {
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
