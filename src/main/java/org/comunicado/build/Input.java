package org.comunicado.build;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing to read releases from: its name in messages, the IRI recorded as its
 * {@code dcterms:source}, the {@link Kind} of content it holds, and its content (read only when
 * the build reaches it, at most once for a URL). Immutable apart from that one memoised fetch;
 * safe to read from several threads.
 */
public record Input(String name, String source, Kind kind, Content content) {

    /** What an input holds; {@link #UNKNOWN} is decided from the content (see {@link #sniff}). */
    public enum Kind {
        TEXT, HTML, JSON, JSON_LINES, UNKNOWN;

        /** The kind a file name's extension says: {@code .txt}, {@code .html}/{@code .htm}, {@code .json}, {@code .jsonl}. */
        public static Kind ofFileName(String name) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.endsWith(".txt")) return TEXT;
            if (n.endsWith(".html") || n.endsWith(".htm")) return HTML;
            if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) return JSON_LINES;
            if (n.endsWith(".json")) return JSON;
            return UNKNOWN;
        }

        /** The kind an HTTP {@code Content-Type} says, or {@link #UNKNOWN}. */
        public static Kind ofContentType(String contentType) {
            String t = contentType.toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
            return switch (t) {
                case "text/html", "application/xhtml+xml" -> HTML;
                case "application/json", "text/json" -> JSON;
                case "application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines" -> JSON_LINES;
                case "text/plain" -> TEXT;
                default -> UNKNOWN;
            };
        }

        /**
         * The kind the bytes look like: markup is HTML, a document that is one JSON value is JSON,
         * lines of JSON objects are JSON Lines, anything else is text.
         */
        public static Kind sniff(byte[] bytes) {
            String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
                    .replace("\u00EF\u00BB\u00BF", "").stripLeading();
            String lower = head.toLowerCase(Locale.ROOT);
            if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.startsWith("<?xml")
                    || lower.startsWith("<head") || lower.startsWith("<body") || lower.startsWith("<article")
                    || lower.startsWith("<!--") || lower.startsWith("<p") || lower.startsWith("<div")) {
                return HTML;
            }
            if (head.startsWith("[")) {
                return JSON;
            }
            if (head.startsWith("{")) {
                // One object over several lines is JSON; one object per line is JSON Lines.
                String all = new String(bytes, StandardCharsets.UTF_8).strip();
                String[] lines = all.split("\r\n|\r|\n");
                boolean everyLineAnObject = lines.length > 1;
                for (String line : lines) {
                    String l = line.strip();
                    everyLineAnObject &= l.isEmpty() || l.startsWith("{") && l.endsWith("}");
                }
                return everyLineAnObject ? JSON_LINES : JSON;
            }
            return TEXT;
        }
    }

    /** The bytes of an input and, for a fetched page, the HTTP {@code Content-Type}. */
    public record Payload(byte[] bytes, Optional<String> contentType) {
        public Payload {
            Objects.requireNonNull(bytes, "bytes");
            Objects.requireNonNull(contentType, "contentType");
        }
    }

    /** Reads the input's content; may fail with an I/O error, which is that input's outcome. */
    @FunctionalInterface
    public interface Content {
        Payload read() throws IOException;
    }

    /** Reads the input's bytes; may fail with an I/O error, which is that input's outcome. */
    @FunctionalInterface
    public interface Bytes {
        byte[] read() throws IOException;
    }

    /**
     * An input that cannot be read, whatever the build does: its message is the one-line reason
     * (an unsupported URL scheme, a glob matching nothing).
     */
    public static final class Unreadable extends IOException {
        public Unreadable(String reason) {
            super(reason);
        }
    }

    public Input {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
    }

    /** An input of plain bytes whose kind its name's extension says. */
    public Input(String name, String source, Bytes bytes) {
        this(name, source, Kind.ofFileName(name), () -> new Payload(bytes.read(), Optional.empty()));
    }

    /** The input's bytes alone. */
    public Bytes bytes() {
        return () -> content.read().bytes();
    }

    public static Input file(Path path) {
        Path p = path.toAbsolutePath().normalize();
        return new Input(path.toString(), p.toUri().toString(), () -> Files.readAllBytes(p));
    }

    /** The release the project bundles, read from the classpath. */
    public static Input bundled(String resource, String sourceIri) {
        return new Input(resource, sourceIri, () -> {
            try (InputStream in = Input.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) throw new IOException(resource + " is missing from the classpath");
                return in.readAllBytes();
            }
        });
    }

    /** Standard input, already read (it can be read only once): its kind is sniffed from the bytes. */
    public static Input stdin(byte[] bytes) {
        byte[] copy = bytes.clone();
        return new Input("-", "urn:comunicado:stdin", Kind.UNKNOWN, () -> new Payload(copy, Optional.empty()));
    }

    /**
     * A page fetched over HTTP(S) when first read, then kept: its kind comes from the response's
     * {@code Content-Type}, else the URL's extension, else the bytes. The URL is the source.
     */
    public static Input url(URI uri, UrlFetcher fetcher) {
        Memo memo = new Memo(() -> {
            UrlFetcher.Page page = fetcher.fetch(uri);
            return new Payload(page.body(), page.contentType());
        });
        return new Input(uri.toString(), uri.toString(), Kind.UNKNOWN, memo);
    }

    /** An input that fails with {@code reason} when read. */
    public static Input unreadable(String name, String source, String reason) {
        return new Input(name, source, Kind.UNKNOWN, () -> {
            throw new Unreadable(reason);
        });
    }

    /** A content read once; later reads give the same payload or the same failure. */
    private static final class Memo implements Content {
        private final Content content;
        private Payload payload;
        private IOException failure;

        Memo(Content content) {
            this.content = content;
        }

        @Override
        public synchronized Payload read() throws IOException {
            if (payload == null && failure == null) {
                try {
                    payload = content.read();
                } catch (IOException e) {
                    failure = e;
                }
            }
            if (failure != null) {
                throw failure;
            }
            return payload;
        }
    }
}
