package org.comunicado.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date forms found in release headers: written out in English ("August 20, 2024",
 * "20 August 2024") or Spanish ("20 de agosto de 2024"), numeric ("20/08/2024") and ISO
 * ("2025-11-04"). A form that names an impossible day (31 February) yields no date rather than
 * an error: a bad header date should not cost the rest of the release. Stateless, thread-safe.
 */
final class ReleaseDates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3),
            Map.entry("april", 4), Map.entry("may", 5), Map.entry("june", 6),
            Map.entry("july", 7), Map.entry("august", 8), Map.entry("september", 9),
            Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12),
            Map.entry("enero", 1), Map.entry("febrero", 2), Map.entry("marzo", 3),
            Map.entry("abril", 4), Map.entry("mayo", 5), Map.entry("junio", 6),
            Map.entry("julio", 7), Map.entry("agosto", 8), Map.entry("septiembre", 9),
            Map.entry("setiembre", 9), Map.entry("octubre", 10), Map.entry("noviembre", 11),
            Map.entry("diciembre", 12));

    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre"
            + "|octubre|noviembre|diciembre)";

    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})\\s+(?:de\\s+)?" + MONTH + ",?\\s+(?:(?:de|del)\\s+)?(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

    private ReleaseDates() {
    }

    /** The first written-out date in {@code s}, English or Spanish. */
    static Optional<LocalDate> written(String s) {
        Matcher m = MONTH_DAY_YEAR.matcher(s);
        if (m.find()) {
            return date(m.group(3), month(m.group(1)), m.group(2));
        }
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.find()) {
            return date(m.group(3), month(m.group(2)), m.group(1));
        }
        return Optional.empty();
    }

    /**
     * The first numeric {@code a/b/yyyy} date in {@code s}. Both orders occur in the headers:
     * a part above 12 can only be the day; when neither is, day first, as in Mexico.
     */
    static Optional<LocalDate> numeric(String s) {
        Matcher m = NUMERIC.matcher(s);
        if (!m.find()) {
            return Optional.empty();
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        boolean monthFirst = b > 12 && a <= 12;
        int day = monthFirst ? b : a;
        int month = monthFirst ? a : b;
        return date(m.group(3), month, Integer.toString(day));
    }

    /** The first ISO {@code yyyy-mm-dd} date in {@code s}. */
    static Optional<LocalDate> iso(String s) {
        Matcher m = ISO.matcher(s);
        if (!m.find()) {
            return Optional.empty();
        }
        return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT));
    }

    private static Optional<LocalDate> date(String year, int month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
        } catch (DateTimeException impossible) {
            // Documented above: an impossible date is an unknown date.
            return Optional.empty();
        }
    }
}
