package org.comunicado.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain-text press release: decodes and normalises it (see {@link TextDecoder}), then
 * finds its structure.
 *
 * <p>The structure is read line by line. First comes an optional header: issuer line, numeric
 * date line, release number, the "issuer | written date | Press Release" line (all in any order,
 * see {@link HeaderLine}) and the title, which is the first other line; repeats of the title
 * among the header lines are skipped. Bullet lines right after the header are the highlights;
 * every later non-blank line is a paragraph, bullets included. A text with no header still
 * makes a release: its first line is the title, without a bullet marker; when that line is a
 * bullet or a long lead sentence it is content as well, and is also the first highlight or
 * paragraph. A short line ending in a full stop above a short unpunctuated one is a kicker and
 * is skipped. Spans are trimmed lines of {@link Release#text()}.
 *
 * <p>The written date wins over the ISO {@code date yyyy-mm-dd} prefix some exports put on the
 * first body line, which wins over the ambiguous numeric date.
 *
 * <p>Stateless: one instance may be shared by any number of threads. Does no I/O.
 */
public final class TextReleaseReader {

    static final Pattern BULLET = Pattern.compile("(?:[•·▪◦‣]|[-*](?=\\s))\\s*");
    /** The characters {@link #BULLET} can begin with. */
    static final String BULLET_MARKS = "•·▪◦‣-*";
    private static final Pattern DATE_PREFIX = Pattern.compile("date\\s+(\\d{4}-\\d{2}-\\d{2})\\s+");
    /** Longer than this, a header-less first line is a lead paragraph doubling as title. */
    private static final int LEAD_LENGTH = 160;
    /** A kicker above a title is short; so is the title under it. */
    private static final int KICKER_LENGTH = 100;
    private static final int TITLE_LENGTH = 200;

    /**
     * The release in {@code bytes}.
     *
     * @param source the input's IRI, used as its name in error messages and kept in the release
     * @param bytes  the whole input; not modified
     * @throws ReleaseException when the input is empty, blank or binary
     */
    public Release read(String source, byte[] bytes) throws ReleaseException {
        return readText(source, bytes).release();
    }

    /**
     * A text input's release, and whether its text is the input's bytes as they are.
     *
     * @param verbatim whether the bytes are valid UTF-8 without a byte-order mark and normalising
     *                 changed nothing: then they are the text's UTF-8 encoding, and their hash is the text's
     */
    public record TextRead(Release release, boolean verbatim) {
    }

    /**
     * The release in {@code bytes}, as {@link #read(String, byte[])} reads it, and whether its
     * text is the bytes as they are.
     *
     * @throws ReleaseException when the input is empty, blank or binary
     */
    public TextRead readText(String source, byte[] bytes) throws ReleaseException {
        TextDecoder.Decoded decoded = TextDecoder.decodeNoting(source, bytes);
        return new TextRead(new Structure(decoded.text()).release(source), decoded.verbatim());
    }

    /**
     * The release in an already decoded text (a JSON field, say), after the same normalisation as
     * {@link #read(String, byte[])}: line ends as {@code \n}, NFC.
     *
     * @throws ReleaseException when the text is blank or binary
     */
    public Release read(String source, String decoded) throws ReleaseException {
        String text = TextDecoder.normalise(source, decoded);
        return new Structure(text).release(source);
    }

    /** The structure of one text, found once; not shared. */
    private static final class Structure {
        private final String text;
        private final List<TextLine> lines;
        private final List<Span> issuers = new ArrayList<>();
        private final List<Span> highlights = new ArrayList<>();
        private final List<Span> paragraphs = new ArrayList<>();
        private Optional<LocalDate> writtenDate = Optional.empty();
        private Optional<LocalDate> numericDate = Optional.empty();
        private Optional<LocalDate> isoDate = Optional.empty();
        private Optional<String> number = Optional.empty();
        private Span title;
        /** The title as {@link #comparable} gives it, once it is asked for. */
        private String comparableTitle;
        private boolean sawHeader;
        private boolean bodyStarted;

        Structure(String text) {
            this.text = text;
            this.lines = TextLine.split(text);
        }

        Release release(String source) {
            int next = header();
            if (title == null) {
                // Nothing but header lines: the text is non-blank, so there is a first line.
                title = lines.get(0).span();
            }
            for (int i = next; i < lines.size(); i++) {
                body(lines.get(i));
            }
            Optional<LocalDate> issued = writtenDate.or(() -> isoDate).or(() -> numericDate);
            return new Release(source, text, LanguageDetector.detect(text), title, issued, number,
                    issuers, highlights, paragraphs);
        }

        /** Reads header lines and the title; returns the index of the first line after them. */
        private int header() {
            int i = 0;
            while (i < lines.size()) {
                TextLine line = lines.get(i);
                Optional<HeaderLine> header = HeaderLine.recognise(line);
                if (header.isPresent()) {
                    record(header.get());
                } else if (title == null) {
                    i = title(i);
                } else if (!sameTitle(line)) {
                    return i;
                }
                i++;
            }
            return i;
        }

        private void record(HeaderLine line) {
            sawHeader = true;
            line.issuer().ifPresent(issuers::add);
            line.number().ifPresent(n -> number = Optional.of(n));
            switch (line.kind()) {
                case WRITTEN_DATE -> writtenDate = writtenDate.or(line::date);
                case NUMERIC_DATE -> numericDate = numericDate.or(line::date);
                default -> { }
            }
        }

        /** Takes the title from line {@code i} (or the one after a kicker); returns the line used. */
        private int title(int i) {
            if (!sawHeader && isKicker(i)) {
                i++;
            }
            TextLine line = withoutDatePrefix(lines.get(i));
            TextLine unbulleted = withoutBullet(line);
            boolean bullet = unbulleted != line;
            title = unbulleted.span();
            // Without a header, the first line may be content rather than a headline: keep it as
            // content too, or the extractors would never see it.
            if (!sawHeader && bullet) {
                highlights.add(title);
            } else if (!sawHeader && isLead(unbulleted)) {
                paragraphs.add(title);
                bodyStarted = true;
            }
            return i;
        }

        /**
         * A short first line ending in a full stop over a short line without one is a kicker
         * (a section label such as "Consular services in Texas."), and the
         * line under it is the title.
         */
        private boolean isKicker(int i) {
            if (i + 1 >= lines.size()) {
                return false;
            }
            TextLine first = lines.get(i);
            TextLine second = lines.get(i + 1);
            return first.length() <= KICKER_LENGTH && first.last() == '.'
                    && second.length() <= TITLE_LENGTH && !endsSentence(second.text())
                    && withoutBullet(second) == second && HeaderLine.recognise(second).isEmpty();
        }

        private boolean isLead(TextLine line) {
            return line.length() > LEAD_LENGTH && endsSentence(line.text());
        }

        private void body(TextLine line) {
            TextLine content = paragraphs.isEmpty() && highlights.isEmpty() ? withoutDatePrefix(line) : line;
            TextLine unbulleted = withoutBullet(content);
            if (!bodyStarted && unbulleted != content) {
                highlights.add(unbulleted.span());
                return;
            }
            bodyStarted = true;
            paragraphs.add(content.span());
        }

        private boolean sameTitle(TextLine line) {
            if (comparableTitle == null) comparableTitle = comparable(title.of(text));
            return !hasMoreWordCharacters(line, comparableTitle.length()) && comparable(line.text()).equals(comparableTitle);
        }

        private TextLine withoutDatePrefix(TextLine line) {
            if (line.first() != 'd') {
                return line;
            }
            Matcher m = DATE_PREFIX.matcher(line.text());
            if (!m.lookingAt()) {
                return line;
            }
            isoDate = isoDate.or(() -> ReleaseDates.iso(m.group(1)));
            TextLine rest = line.dropFirst(m.end());
            return rest == null ? line : rest;
        }

        /** The line without its bullet marker, or the line itself (the same object) if it has none. */
        private TextLine withoutBullet(TextLine line) {
            // Most lines are paragraphs: their first character rules the pattern out.
            if (BULLET_MARKS.indexOf(line.first()) < 0) {
                return line;
            }
            Matcher m = BULLET.matcher(line.text());
            if (!m.lookingAt()) {
                return line;
            }
            TextLine rest = line.dropFirst(m.end());
            return rest == null ? line : rest;
        }
    }

    /**
     * Whether {@code line} has more than {@code n} characters other than spaces and full stops:
     * then what {@link #comparable} makes of it is longer than {@code n} too, as it keeps every
     * such character and lower-casing lengthens a string if anything. Stops counting at
     * {@code n + 1}, so a long paragraph costs no more than a title.
     */
    static boolean hasMoreWordCharacters(TextLine line, int n) {
        int count = 0;
        for (int i = line.begin(); i < line.end(); i++) {
            char c = line.source().charAt(i);
            if (c != '.' && !isSpace(c) && ++count > n) return true;
        }
        return false;
    }

    private static boolean endsSentence(String s) {
        String end = withoutTrailing(s, "\"'”’»)]");
        return end.endsWith(".") || end.endsWith("!") || end.endsWith("?");
    }

    /**
     * {@code s} without the run of {@code chars} at its end. A loop, not a {@code [...]+$}
     * pattern: that one is retried from every character of a long run inside the line, which
     * made a 60,000-character line of brackets take minutes (found by InputFuzzTest).
     */
    static String withoutTrailing(String s, String chars) {
        int end = s.length();
        while (end > 0 && chars.indexOf(s.charAt(end - 1)) >= 0) end--;
        return s.substring(0, end);
    }

    /** Title repeats may differ in spacing, case or a final full stop. */
    static String comparable(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = isSpace(c);
            if (space && out.length() > 0 && out.charAt(out.length() - 1) == ' ') continue;
            out.append(space ? ' ' : c);
        }
        return withoutTrailing(out.toString(), ". \t\n\u000B\f\r").toLowerCase(Locale.ROOT);
    }

    /** As {@code \s} matches: ASCII white space only. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
