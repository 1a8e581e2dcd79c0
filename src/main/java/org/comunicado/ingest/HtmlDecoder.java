package org.comunicado.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of an HTML page. The charset comes, in this order, from a byte-order mark,
 * the HTTP {@code Content-Type} header, a {@code <meta charset>} or {@code <meta http-equiv>}
 * in the first 4 KiB, and otherwise from the bytes themselves: valid UTF-8 is UTF-8, anything
 * else Windows-1252. As browsers do, a declared Latin-1 or ASCII is read as Windows-1252, and a
 * page declaring UTF-8 that is not valid UTF-8 is read as Windows-1252 too (a common mislabel).
 * Stateless and thread-safe; does no I/O.
 */
final class HtmlDecoder {

    private static final int PRESCAN = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET = Pattern.compile(
            "charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlDecoder() {
    }

    /**
     * The characters of the page in {@code bytes}, not yet normalised.
     *
     * @param contentType the HTTP {@code Content-Type} header, when the page was fetched
     * @throws ReleaseException when the input is empty, binary, or not valid in the charset it declares
     */
    static String decode(String source, byte[] bytes, Optional<String> contentType) throws ReleaseException {
        if (bytes.length == 0) {
            throw new ReleaseException(source, "empty file");
        }
        TextDecoder.Bom bom = TextDecoder.bom(bytes);
        if (bom != null) {
            return new String(bytes, bom.length(), bytes.length - bom.length(), bom.charset());
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new ReleaseException(source, "not a text file (binary content)");
            }
        }
        Optional<Charset> declared = contentType.flatMap(HtmlDecoder::fromHeader).or(() -> fromMeta(bytes));
        if (declared.isEmpty() || declared.get().equals(StandardCharsets.UTF_8)) {
            return TextDecoder.utf8OrCp1252(bytes);
        }
        Charset charset = declared.get();
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ReleaseException(source, "undecodable: not valid " + charset.name(), e);
        }
    }

    static Optional<Charset> fromHeader(String contentType) {
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? charset(m.group(1)) : Optional.empty();
    }

    static Optional<Charset> fromMeta(byte[] bytes) {
        // ISO-8859-1 maps every byte to one char, so the ASCII of the markup reads the same in any
        // ASCII-compatible charset.
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? charset(m.group(1)) : Optional.empty();
    }

    /** The charset a label names, with the browsers' substitutions; empty for unknown labels. */
    static Optional<Charset> charset(String label) {
        String name = label.trim().toLowerCase(Locale.ROOT);
        switch (name) {
            case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp1252", "windows-1252",
                    "x-cp1252" -> {
                return Optional.of(Charset.forName("windows-1252"));
            }
            // A page that says UTF-16 in ASCII bytes cannot be UTF-16 (the HTML standard's rule).
            case "utf-16", "utf-16le", "utf-16be" -> {
                return Optional.of(StandardCharsets.UTF_8);
            }
            default -> {
                try {
                    return Optional.of(Charset.forName(name));
                } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
                    // An unknown label is no declaration at all: the bytes decide.
                    return Optional.empty();
                }
            }
        }
    }
}
