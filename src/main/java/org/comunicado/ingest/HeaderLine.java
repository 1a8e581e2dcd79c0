package org.comunicado.ingest;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one line of a release header says, for the header forms of SRE releases as republished
 * on the web:
 * <pre>
 * Ministry of Foreign Affairs of the United Mexican States          issuer
 * 20/08/2024 | Press release | Archived content                     numeric date
 * Press Release 315  /  Press Release No. 01  /  Comunicado No. 12  number
 * FOREIGN AFFAIRS-CULTURE-INAH Joint Press Release                  unnumbered
 * Secretaría de Relaciones Exteriores | August 20, 2024 | Press Release   issuer and written date
 * </pre>
 * Immutable; recognition is pure.
 *
 * @param kind   which form the line has
 * @param date   the date the line states, if any
 * @param number the release number the line states, if any
 * @param issuer the span naming the issuing body, if the line names it
 */
record HeaderLine(Kind kind, Optional<LocalDate> date, Optional<String> number, Optional<Span> issuer) {

    enum Kind { ISSUER, NUMERIC_DATE, NUMBER, UNNUMBERED, WRITTEN_DATE }

    private static final Pattern ISSUER = Pattern.compile(
            "(?:Ministry of Foreign Affairs(?: of (?:the United Mexican States|Mexico))?"
                    + "|Mexico's Foreign Ministry|Foreign Ministry of Mexico"
                    + "|Secretar[ií]a de Relaciones Exteriores(?: de México)?|Canciller[ií]a mexicana)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}\\s*\\|.*");
    private static final Pattern NUMBER = Pattern.compile(
            "(?:Press Release|Comunicado)(?:\\s+(?:No|Núm|Num|Nº|N\\.º)\\.?)?\\s*(\\d+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final Pattern UNNUMBERED = Pattern.compile(
            "(?:.{0,80}\\bJoint Press Release|Comunicado Conjunto\\b.{0,80}|Press Release|Comunicado(?: de prensa)?)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PIPED = Pattern.compile("([^|]*)\\|([^|]+)\\|.*");

    /**
     * Whether {@code s} is "press release", ends with "joint press release" or begins with
     * "comunicado" (ignoring case as the pattern does), as every line {@link #UNNUMBERED} matches
     * does: a cheap test that spares most lines, the numbered and dated header lines that end in
     * "Press Release" among them, the pattern's eighty-character look-behind.
     */
    static boolean mayBeUnnumbered(String s) {
        String pressRelease = "press release";
        String joint = "joint press release";
        String comunicado = "comunicado";
        return s.length() == pressRelease.length() && s.equalsIgnoreCase(pressRelease)
                || s.regionMatches(true, s.length() - joint.length(), joint, 0, joint.length())
                || s.regionMatches(true, 0, comunicado, 0, comunicado.length());
    }

    /** What {@code line} says as a header line, or empty when it is not one. */
    static Optional<HeaderLine> recognise(TextLine line) {
        String s = line.text();
        if (s.isEmpty()) return Optional.empty();
        // Most lines are body text: the first character alone rules out every pattern but two.
        char first = Character.toUpperCase(s.charAt(0));
        if ("MSCF".indexOf(first) >= 0 && ISSUER.matcher(s).matches()) {
            return Optional.of(new HeaderLine(Kind.ISSUER, Optional.empty(), Optional.empty(), Optional.of(line.span())));
        }
        if (first >= '0' && first <= '9' && NUMERIC_DATE.matcher(s).matches()) {
            return Optional.of(new HeaderLine(Kind.NUMERIC_DATE, ReleaseDates.numeric(s), Optional.empty(), Optional.empty()));
        }
        if (first == 'P' || first == 'C') {
            Matcher number = NUMBER.matcher(s);
            if (number.matches())
                return Optional.of(new HeaderLine(Kind.NUMBER, Optional.empty(), Optional.of(number.group(1)), Optional.empty()));
        }
        if (mayBeUnnumbered(s) && UNNUMBERED.matcher(s).matches()) {
            return Optional.of(new HeaderLine(Kind.UNNUMBERED, Optional.empty(), Optional.empty(), Optional.empty()));
        }
        // The written-date form is the one left, and it has bars.
        if (s.indexOf('|') < 0) return Optional.empty();
        Matcher piped = PIPED.matcher(s);
        if (piped.matches()) {
            Optional<LocalDate> date = ReleaseDates.written(piped.group(2));
            if (date.isPresent()) {
                TextLine issuer = TextLine.trimmed(s, 0, piped.end(1));
                Optional<Span> span = issuer == null
                        ? Optional.empty()
                        : Optional.of(new Span(line.begin() + issuer.begin(), line.begin() + issuer.end()));
                return Optional.of(new HeaderLine(Kind.WRITTEN_DATE, date, Optional.empty(), span));
            }
        }
        return Optional.empty();
    }
}
