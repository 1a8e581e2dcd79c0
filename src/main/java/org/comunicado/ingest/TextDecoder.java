package org.comunicado.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Turns the bytes of a plain-text input into the normalised text a {@link Release} carries:
 * decoded, without a byte-order mark, line ends as {@code \n}, Unicode NFC.
 *
 * <p>Encodings: a BOM decides (UTF-8, UTF-16 LE, UTF-16 BE); without one the bytes are read as
 * UTF-8 when they are valid UTF-8, and as Windows-1252 otherwise (the usual encoding of texts
 * saved on Windows in Spanish). Stateless and thread-safe; does no I/O.
 */
final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * The longest text read as one release, in chars. The ministry's releases run to a few
     * thousand characters; a text a hundred times longer is not a press release, and the
     * extractors' cost grows faster than the text (a 5 MB single line took minutes).
     */
    static final int MAX_CHARS = 250_000;

    /**
     * The most combining marks read on one character: Unicode's limit for stream-safe text
     * (UAX #15). Real text needs a few; a longer run makes NFC and the extractors' {@code \b}
     * cost the square of its length (100,000 marks on one letter took minutes).
     */
    static final int MAX_COMBINING_MARKS = 30;

    /** Above this share of control characters a text is taken for binary data. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    private TextDecoder() {
    }

    /**
     * The normalised text of {@code bytes}.
     *
     * @throws ReleaseException naming {@code source} when the input is empty, blank or binary
     */
    static String decode(String source, byte[] bytes) throws ReleaseException {
        return normalise(source, decodeBytes(source, bytes));
    }

    /** A normalised text, and whether it is its input's bytes as they are. */
    record Decoded(String text, boolean verbatim) {
    }

    /**
     * As {@link #decode}, noting whether the text is the bytes as they are: valid UTF-8 without a
     * byte-order mark, left unchanged by normalising (as most inputs are). The bytes are then the
     * text's UTF-8 encoding.
     *
     * @throws ReleaseException as {@link #decode} does
     */
    static Decoded decodeNoting(String source, byte[] bytes) throws ReleaseException {
        String utf8 = bom(bytes) == null ? strictUtf8(bytes, 0, bytes.length) : null;
        if (utf8 == null) {
            return new Decoded(decode(source, bytes), false);
        }
        // In valid UTF-8 a NUL byte is a NUL character, which decodeBytes refuses first of all.
        if (utf8.indexOf('\0') >= 0) {
            throw notText(source);
        }
        String text = normalise(source, utf8);
        return new Decoded(text, text == utf8);
    }

    private static ReleaseException notText(String source) {
        return new ReleaseException(source, "not a text file (binary content)");
    }

    /**
     * {@code decoded} with line ends as {@code \n}, in NFC, checked to be text: the same
     * normalisation whatever the format the text came in (plain text, a JSON field).
     *
     * @throws ReleaseException naming {@code source} when the text is blank or binary
     */
    static String normalise(String source, String decoded) throws ReleaseException {
        Census census = Census.of(decoded);
        // A text of plainly normal characters has no combining mark to count, and most texts are such.
        if (!census.plain()) {
            checkCombiningMarks(source, decoded);
        }
        String text = normaliseLines(decoded, census.plain());
        if (text.isBlank()) {
            throw new ReleaseException(source, "empty file");
        }
        // Normalising leaves most texts as they are, whose census is taken; a changed one is counted again.
        if ((text == decoded ? census : Census.of(text)).looksBinary(text.length())) {
            throw notText(source);
        }
        checkSize(source, text);
        return text;
    }

    /**
     * What one pass over a text tells of it: whether it is {@link #isPlainlyNfc plainly NFC},
     * whether it holds a NUL, and how many other control characters it has (layout characters
     * aside). One pass for both, as most texts are plainly NFC and have only {@code \n} line
     * ends, and so are their own normalised form.
     */
    private record Census(boolean plain, boolean nul, int controls) {

        static Census of(String s) {
            boolean plain = true;
            boolean nul = false;
            int controls = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                // Printable characters first, with one test: nearly every character is one.
                if (c >= 0xA0) {
                    if (!isPlainlyNfc(c)) plain = false;
                    continue;
                }
                if (c >= 0x20 && c < 0x7F) continue;
                if (c == 0) {
                    nul = true;
                } else if (c != '\n' && c != '\t' && c != '\f') {
                    controls++;
                }
            }
            return new Census(plain, nul, controls);
        }

        /** Whether a text of {@code length} chars with this census is binary data rather than text. */
        boolean looksBinary(int length) {
            return nul || controls > length * MAX_CONTROL_SHARE;
        }
    }

    /**
     * Fails when {@code s} has more than {@link #MAX_COMBINING_MARKS} combining marks in a row;
     * call it before normalising.
     *
     * @throws ReleaseException naming {@code source}
     */
    static void checkCombiningMarks(String source, String s) throws ReleaseException {
        int run = 0;
        for (int i = 0; i < s.length(); ) {
            if (s.charAt(i) < FIRST_COMBINING_MARK) {
                run = 0;
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            int type = Character.getType(cp);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
            run = mark ? run + 1 : 0;
            if (run > MAX_COMBINING_MARKS) {
                throw new ReleaseException(source, "not text (more than " + MAX_COMBINING_MARKS
                        + " combining marks on one character at char " + i + ")");
            }
            i += Character.charCount(cp);
        }
    }

    /**
     * Fails when {@code text} is too long to be one release.
     *
     * @throws ReleaseException naming {@code source} and the sizes
     */
    static void checkSize(String source, String text) throws ReleaseException {
        if (text.length() > MAX_CHARS) {
            throw new ReleaseException(source, "too large (" + text.length() + " characters of text; at most " + MAX_CHARS + ")");
        }
    }

    /** Line ends as {@code \n}, then NFC; no checks. */
    static String normaliseLines(String decoded) {
        return normaliseLines(decoded, isPlainlyNfc(decoded));
    }

    /** @param plain whether {@code decoded} {@link #isPlainlyNfc is plainly NFC}, as it stays with other line ends */
    private static String normaliseLines(String decoded, boolean plain) {
        // indexOf is vectorised; replace(char, char) walks a non-Latin-1 string a char at a time even when it finds nothing.
        String lines = decoded.indexOf('\r') < 0 ? decoded : decoded.replace("\r\n", "\n").replace('\r', '\n');
        boolean normal = plain || Normalizer.isNormalized(lines, Normalizer.Form.NFC);
        return normal ? lines : Normalizer.normalize(lines, Normalizer.Form.NFC);
    }

    /**
     * Whether every character is below U+0300, where the combining marks begin, or is general
     * punctuation (dashes, curly quotes, bullets): such a text is in NFC already, as no such
     * character decomposes or composes with another, and most releases are such texts.
     */
    static boolean isPlainlyNfc(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isPlainlyNfc(s.charAt(i))) return false;
        }
        return true;
    }

    private static boolean isPlainlyNfc(char c) {
        return c < FIRST_COMBINING_MARK || c >= FIRST_INERT_PUNCTUATION && c <= LAST_INERT_PUNCTUATION;
    }

    /** U+2010 to U+205E: hyphens, dashes, quotation marks, bullets, primes; none has a canonical decomposition. */
    static final char FIRST_INERT_PUNCTUATION = '\u2010';
    static final char LAST_INERT_PUNCTUATION = '\u205E';

    private static final char FIRST_COMBINING_MARK = '\u0300';

    /**
     * The charset a byte-order mark at the start of {@code bytes} names, with the mark's length,
     * or null when there is none.
     */
    static Bom bom(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Bom(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Bom(StandardCharsets.UTF_16LE, 2);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Bom(StandardCharsets.UTF_16BE, 2);
        }
        return null;
    }

    /** A byte-order mark: the charset it names and how many bytes it takes. */
    record Bom(Charset charset, int length) {
    }

    /** The bytes as valid UTF-8, or as Windows-1252 when they are not; no BOM handling. */
    static String utf8OrCp1252(byte[] bytes) {
        return strictUtf8OrCp1252("", bytes, 0);
    }

    /** The decoded characters of {@code bytes}, not yet normalised: BOM, else UTF-8, else Windows-1252. */
    static String decodeBytes(String source, byte[] bytes) throws ReleaseException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strictUtf8OrCp1252(source, bytes, 3);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        // Checked on the bytes because Windows-1252 would happily decode a NUL into U+0000 and
        // UTF-16 without a BOM is not supported: its NULs mark it as not text.
        for (byte b : bytes) {
            if (b == 0) {
                throw notText(source);
            }
        }
        return strictUtf8OrCp1252(source, bytes, 0);
    }

    private static String strictUtf8OrCp1252(String source, byte[] bytes, int offset) {
        int length = bytes.length - offset;
        String utf8 = strictUtf8(bytes, offset, length);
        if (utf8 != null) {
            return utf8;
        }
        // Corpus files are often cut at a byte count, which can split the last character: valid
        // UTF-8 up to an incomplete final sequence is still UTF-8, and the stub is dropped.
        int stub = incompleteTailLength(bytes, offset, length);
        if (stub > 0) {
            utf8 = strictUtf8(bytes, offset, length - stub);
            if (utf8 != null) {
                return utf8;
            }
        }
        return new String(bytes, offset, length, WINDOWS_1252);
    }

    /** The bytes as UTF-8, or {@code null} when they are not valid UTF-8. */
    private static String strictUtf8(byte[] bytes, int offset, int length) {
        // The String constructor decodes straight into the string, where a CharsetDecoder fills a
        // buffer that is then copied, at twice the cost. It replaces each malformed sequence with
        // U+FFFD, so a result without one comes from valid UTF-8; with one, the input may hold a
        // real U+FFFD, and the strict decoder tells.
        String lenient = new String(bytes, offset, length, StandardCharsets.UTF_8);
        return lenient.indexOf(REPLACEMENT_CHARACTER) < 0 ? lenient : strictUtf8Decoder(bytes, offset, length);
    }

    private static final char REPLACEMENT_CHARACTER = '\uFFFD';

    /** As {@link #strictUtf8}, with a decoder that reports malformed input. */
    private static String strictUtf8Decoder(byte[] bytes, int offset, int length) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, offset, length)).toString();
        } catch (CharacterCodingException notUtf8) {
            // Not an error: the caller falls back to another encoding.
            return null;
        }
    }

    /** How many bytes at the end form the start of a multi-byte UTF-8 sequence that never ends. */
    private static int incompleteTailLength(byte[] bytes, int offset, int length) {
        for (int back = 1; back <= 3 && back <= length; back++) {
            int b = bytes[offset + length - back] & 0xFF;
            if (b < 0x80) {
                return 0;
            }
            if (b >= 0xC0) {
                int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                return needed > back ? back : 0;
            }
        }
        return 0;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
