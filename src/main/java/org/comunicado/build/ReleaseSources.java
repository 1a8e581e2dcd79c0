package org.comunicado.build;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.comunicado.ingest.HtmlReleaseReader;
import org.comunicado.ingest.JsonReleaseReader;
import org.comunicado.ingest.ReadOutcome;
import org.comunicado.ingest.Release;
import org.comunicado.ingest.ReleaseException;
import org.comunicado.ingest.TextReleaseReader;

/**
 * The one entry point from an {@link Input} to its releases: reads the content once, decides its
 * kind (the input's own, else the HTTP {@code Content-Type}, else the URL's extension, else the
 * bytes) and hands it to the text, HTML or JSON reader. Never throws for bad input: every
 * release, and every reason an input or record gave none, is an {@link Outcome}, failures in one
 * line naming the input (or {@code file:line} of a JSON Lines record) and the reason.
 * Stateless and thread-safe; the only I/O is reading the input.
 */
public final class ReleaseSources {

    private static final TextReleaseReader TEXT = new TextReleaseReader();
    private static final HtmlReleaseReader HTML = new HtmlReleaseReader();
    private static final JsonReleaseReader JSON = new JsonReleaseReader();

    private ReleaseSources() {
    }

    /** One release read from an input, or one reason it gave none. */
    public sealed interface Outcome permits Read, Failed {
        Input input();
    }

    /**
     * A release and where it came from.
     *
     * @param inputSha256 SHA-256 (hex) of the input's bytes, for provenance ({@code cmo:sha256} of the input)
     * @param textSha256  SHA-256 (hex) of the release's normalised text: the same release read
     *                    twice, from any input or format, has the same hash. The key to drop duplicates by.
     */
    public record Read(Input input, Release release, String inputSha256, String textSha256) implements Outcome {
        public Read {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(release, "release");
            Objects.requireNonNull(inputSha256, "inputSha256");
            Objects.requireNonNull(textSha256, "textSha256");
        }

        /** A release whose text is not its input's bytes as they are: its text is hashed. */
        Read(Input input, Release release, String inputSha256) {
            this(input, release, inputSha256, sha256(release.text().getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** @param message one line: the input (or record) and the reason */
    public record Failed(Input input, String message) implements Outcome {
        public Failed {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(message, "message");
        }
    }

    /** Every release in {@code input}, in input order, and every failure. */
    public static List<Outcome> read(Input input) {
        Input.Payload payload;
        try {
            payload = input.content().read();
        } catch (NoSuchFileException e) {
            return List.of(new Failed(input, input.name() + ": no such file"));
        } catch (UrlFetcher.FetchException | Input.Unreadable e) {
            return List.of(new Failed(input, input.name() + ": " + e.getMessage()));
        } catch (IOException e) {
            return List.of(new Failed(input, input.name() + ": cannot read: " + e.getMessage()));
        }
        return read(input, payload);
    }

    /** Every release in an input whose content has been read already (to hash it first, say). */
    public static List<Outcome> read(Input input, Input.Payload payload) {
        return read(input, payload, sha256(payload.bytes()));
    }

    /** As {@link #read(Input, Input.Payload)}, for a caller that has hashed the content: {@code hash} is its SHA-256 (hex). */
    public static List<Outcome> read(Input input, Input.Payload payload, String hash) {
        byte[] bytes = payload.bytes();
        Input.Kind kind = kind(input, payload);
        List<Outcome> out = new ArrayList<>();
        try {
            switch (kind) {
                case HTML -> out.add(new Read(input, HTML.read(input.source(), bytes, payload.contentType()), hash));
                case JSON, JSON_LINES -> {
                    for (ReadOutcome o : JSON.read(input.name(), input.source(), bytes, kind == Input.Kind.JSON_LINES)) {
                        out.add(o instanceof ReadOutcome.Read r
                                ? new Read(input, r.release(), hash)
                                : new Failed(input, ((ReadOutcome.Failed) o).message()));
                    }
                }
                default -> {
                    TextReleaseReader.TextRead text = TEXT.readText(input.source(), bytes);
                    // Most texts are their bytes as they are, whose hash is at hand: no need to encode and hash them again.
                    out.add(text.verbatim() ? new Read(input, text.release(), hash, hash) : new Read(input, text.release(), hash));
                }
            }
        } catch (ReleaseException e) {
            out.add(new Failed(input, input.name() + ": " + reason(e)));
        }
        return out;
    }

    /**
     * The input's one release, for a builder that maps one release per input: an input with
     * several (a JSON array or lines) is refused as a whole, naming the count.
     *
     * @throws ReleaseException naming the input when it has no release, a failure, or several
     */
    public static Release readOne(Input input) throws ReleaseException {
        List<Outcome> outcomes = read(input);
        for (Outcome o : outcomes) {
            if (o instanceof Failed f) {
                String prefix = input.name() + ": ";
                String reason = f.message().startsWith(prefix) ? f.message().substring(prefix.length()) : f.message();
                throw new ReleaseException(input.name(), reason);
            }
        }
        if (outcomes.size() != 1) {
            throw new ReleaseException(input.name(), "holds " + outcomes.size() + " releases; this build reads one per input");
        }
        return ((Read) outcomes.get(0)).release();
    }

    /** The kind of content: the input's, else the HTTP header's, else the URL's extension, else sniffed. */
    static Input.Kind kind(Input input, Input.Payload payload) {
        if (input.kind() != Input.Kind.UNKNOWN) {
            return input.kind();
        }
        Input.Kind kind = payload.contentType().map(Input.Kind::ofContentType).orElse(Input.Kind.UNKNOWN);
        if (kind == Input.Kind.UNKNOWN && input.source().startsWith("http")) {
            String path = URI.create(input.source()).getPath();
            kind = path == null ? Input.Kind.UNKNOWN : Input.Kind.ofFileName(path);
        }
        return kind != Input.Kind.UNKNOWN ? kind : Input.Kind.sniff(payload.bytes());
    }

    /** The reason part of a reader's message, whose input part is the source IRI. */
    private static String reason(ReleaseException e) {
        String prefix = e.input() + ": ";
        return e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
