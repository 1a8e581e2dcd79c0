package org.comunicado.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link NumberParser#end} scans digits instead of the pattern it documents: both must end at the same place. */
class NumberDigitsTest {

    private static final Pattern DIGITS = Pattern.compile(
            "(?<![\\d])(?<digits>\\d{1,3}(?:(?:,\\d{3})+|(?:\\.\\d{3})+|(?:[ \\u00a0\\u202f]\\d{3})+)(?:[.,]\\d+)?(?!\\d)"
                    + "|\\d+(?:[.,]\\d+)?)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final String[] PIECES = {"1", "12", "123", "1234", "000", "5", ",", ".", " ", "\u00a0", "\u202f",
            ",123", ".456", " 789", "\u00a0000", "\u202f250", ",5", ".25", "x", "de", "%", "-", "\t"};

    @Test
    void scanEndsWhereThePatternDoes() {
        Random random = new Random(11);
        for (int round = 0; round < 20_000; round++) {
            String text = RandomTexts.of(random, PIECES, 10);
            int start = random.nextInt(text.length());
            int limit = start + random.nextInt(text.length() - start + 1);
            Matcher m = DIGITS.matcher(text).useTransparentBounds(true).useAnchoringBounds(false).region(start, limit);
            int expected = m.lookingAt() ? m.end() : -1;
            assertEquals(expected, NumberParser.end(text, start, limit), "[" + text + "] from " + start + " to " + limit);
        }
    }

    /** Integers are read as longs where they fit: the value and its scale are those of the written digits. */
    @Test
    void integersReadAsTheirDigits() {
        for (String digits : new String[] {"0", "7", "007", "500", "2,400", "1,420,575", "1.200", "12 500", "999999999999999999",
                "1000000000000000000", "123,456,789,012,345,678,901"}) {
            java.math.BigDecimal expected = new java.math.BigDecimal(digits.replaceAll("[,. ]", ""));
            assertEquals(expected, NumberParser.parse(digits, "es"), digits);
        }
    }
}
