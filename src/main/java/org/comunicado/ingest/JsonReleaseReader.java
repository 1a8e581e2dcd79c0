package org.comunicado.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Reads releases from JSON: a {@code .json} file holds one record or an array of them, a
 * {@code .jsonl} file one record per line. A record is an object with {@code text} (a release in
 * the plain-text format) or {@code html} (a page), and optionally {@code title}, {@code date}
 * (ISO {@code yyyy-mm-dd}), {@code url} (kept as the release's source), {@code language} and
 * {@code number}, which win over what the reader finds in the text. A {@code title} that the
 * text does not start with is put before it as its first line, so that it is a span of the text.
 *
 * <p>Each record gets its own outcome; a bad record is one failure naming {@code file:line}
 * (lines) or {@code file[k]} (arrays, 1-based) and the others are still read. The text of a
 * record goes through the same normalisation as a text file (line ends, NFC).
 *
 * <p>Stateless: one instance may be shared by any number of threads. Does no I/O.
 */
public final class JsonReleaseReader {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(?:-[a-z0-9]{1,8})*");
    private final TextReleaseReader text = new TextReleaseReader();
    private final HtmlReleaseReader html = new HtmlReleaseReader();

    /**
     * The releases in {@code bytes}.
     *
     * @param name   the input's name in messages
     * @param source the input's IRI, the source of records that have no {@code url}
     * @param lines  true for JSON Lines (one record per line), false for one JSON value
     */
    public List<ReadOutcome> read(String name, String source, byte[] bytes, boolean lines) {
        String all;
        try {
            all = TextDecoder.decodeBytes(name, bytes);
        } catch (ReleaseException e) {
            return List.of(ReadOutcome.Failed.of(e));
        }
        if (all.isBlank()) {
            return List.of(new ReadOutcome.Failed(name + ": empty file"));
        }
        return lines ? readLines(name, source, all) : readValue(name, source, all);
    }

    private List<ReadOutcome> readLines(String name, String source, String all) {
        List<ReadOutcome> out = new ArrayList<>();
        // A JSON string cannot hold a raw line end, so every line end separates records.
        String[] lines = all.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String where = name + ":" + (i + 1);
            try {
                out.add(record(where, source, parse(lines[i])));
            } catch (JsonParseException e) {
                out.add(new ReadOutcome.Failed(where + ":" + e.getColumn() + ": not valid JSON"));
            } catch (JsonException e) {
                out.add(new ReadOutcome.Failed(where + ": not valid JSON: " + firstLine(e)));
            }
        }
        return out;
    }

    private List<ReadOutcome> readValue(String name, String source, String all) {
        JsonValue value;
        try {
            value = parse(all);
        } catch (JsonParseException e) {
            return List.of(new ReadOutcome.Failed(name + ":" + e.getLine() + ":" + e.getColumn() + ": not valid JSON"));
        } catch (JsonException e) {
            return List.of(new ReadOutcome.Failed(name + ": not valid JSON: " + firstLine(e)));
        }
        if (!value.isArray()) {
            return List.of(record(name, source, value));
        }
        List<ReadOutcome> out = new ArrayList<>();
        int k = 0;
        for (JsonValue element : value.getAsArray()) {
            k++;
            out.add(record(name + "[" + k + "]", source, element));
        }
        if (out.isEmpty()) {
            out.add(new ReadOutcome.Failed(name + ": no records"));
        }
        return out;
    }

    /**
     * Jena's JSON parser, with its other run-time failures on malformed input (a truncated
     * document ends in a NullPointerException in 5.6) turned into a {@link JsonException}.
     */
    private static JsonValue parse(String json) {
        checkDepth(json);
        try {
            return JSON.parseAny(json);
        } catch (JsonException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new JsonException("unexpected end or token", e);
        }
    }

    /** Deeper than this, a document is refused: a record is an object of strings and numbers. */
    static final int MAX_DEPTH = 64;

    /**
     * Refuses JSON nested more than {@link #MAX_DEPTH} deep before Jena's recursive-descent
     * parser sees it: 100,000 opening brackets overflowed its stack, a {@link StackOverflowError}
     * that no caller can sensibly catch (found by InputFuzzTest).
     */
    private static void checkDepth(String json) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                if (++depth > MAX_DEPTH) throw new JsonException("nested more than " + MAX_DEPTH + " deep");
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
    }

    private ReadOutcome record(String where, String fileSource, JsonValue value) {
        if (!value.isObject()) {
            return new ReadOutcome.Failed(where + ": not a JSON object");
        }
        try {
            return new ReadOutcome.Read(release(where, fileSource, value.getAsObject()));
        } catch (ReleaseException e) {
            return new ReadOutcome.Failed(where + ": " + reason(e));
        }
    }

    private Release release(String where, String fileSource, JsonObject o) throws ReleaseException {
        Optional<String> url = string(where, o, "url");
        String source = fileSource;
        if (url.isPresent()) {
            source = absoluteIri(where, url.get());
        }
        Optional<String> body = string(where, o, "text");
        Optional<String> page = string(where, o, "html");
        Optional<String> title = string(where, o, "title").map(String::strip).filter(t -> !t.isEmpty());
        // Checked before the title comparison below normalises them.
        for (Optional<String> s : List.of(body, title)) {
            if (s.isPresent()) TextDecoder.checkCombiningMarks(where, s.get());
        }
        Release r;
        if (body.isPresent() && !body.get().isBlank()) {
            String t = body.get();
            if (title.isPresent() && !TextDecoder.normaliseLines(t.strip()).startsWith(TextDecoder.normaliseLines(title.get()))) {
                t = title.get() + "\n\n" + t;
            }
            r = text.read(source, t);
        } else if (page.isPresent() && !page.get().isBlank()) {
            r = html.read(source, page.get());
        } else {
            throw new ReleaseException(where, "no text: the record has no non-empty \"text\" or \"html\"");
        }
        Optional<LocalDate> date = r.issued();
        Optional<String> isoDate = string(where, o, "date");
        if (isoDate.isPresent()) {
            date = Optional.of(parseDate(where, isoDate.get()));
        }
        Optional<String> number = r.number();
        JsonValue n = o.get("number");
        if (n != null && !n.isNull()) {
            if (n.isNumber()) {
                number = Optional.of(n.getAsNumber().value().toString());
            } else if (n.isString() && !n.getAsString().value().isBlank()) {
                number = Optional.of(n.getAsString().value().strip());
            } else {
                throw new ReleaseException(where, "\"number\" is neither a number nor a string");
            }
        }
        String language = r.language();
        Optional<String> lang = string(where, o, "language").map(s -> s.strip().toLowerCase(Locale.ROOT));
        if (lang.isPresent()) {
            if (!LANGUAGE.matcher(lang.get()).matches()) {
                throw new ReleaseException(where, "\"language\" is not a language tag: " + lang.get());
            }
            language = lang.get();
        }
        return new Release(r.source(), r.text(), language, r.title(), date, number, r.issuers(), r.highlights(), r.paragraphs());
    }

    private static Optional<String> string(String where, JsonObject o, String key) throws ReleaseException {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isString()) {
            throw new ReleaseException(where, "\"" + key + "\" is not a string");
        }
        return Optional.of(v.getAsString().value());
    }

    private static LocalDate parseDate(String where, String s) throws ReleaseException {
        try {
            return LocalDate.parse(s.strip().length() > 10 ? s.strip().substring(0, 10) : s.strip());
        } catch (DateTimeException e) {
            throw new ReleaseException(where, "\"date\" is not an ISO date (yyyy-mm-dd): " + s);
        }
    }

    private static String absoluteIri(String where, String url) throws ReleaseException {
        try {
            URI uri = new URI(url.strip());
            if (!uri.isAbsolute()) {
                throw new ReleaseException(where, "\"url\" is not an absolute URL: " + url);
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new ReleaseException(where, "\"url\" is not a URL: " + url);
        }
    }

    /** The reason part of a reader's message, whose input part is the record's source. */
    private static String reason(ReleaseException e) {
        String prefix = e.input() + ": ";
        return e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
    }

    private static String firstLine(Exception e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
