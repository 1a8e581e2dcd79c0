package org.comunicado.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How the reader turns bytes into text, and which inputs it refuses. */
class TextDecodingTest {

    private static final String SOURCE = "file:///fixtures/broken.txt";
    private static final String RELEASE = "Secretaría de Relaciones Exteriores | May 2, 2022 | Press Release\n\n"
            + "Consular fair in Chicago\n\nThe Secretaría de Relaciones Exteriores held a fair.\n";

    private final TextReleaseReader reader = new TextReleaseReader();

    static Stream<Arguments> encodings() {
        return Stream.of(
                Arguments.of("UTF-8", bytes(new byte[0], RELEASE, StandardCharsets.UTF_8)),
                Arguments.of("UTF-8 with BOM", bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, RELEASE, StandardCharsets.UTF_8)),
                Arguments.of("UTF-16 LE with BOM", bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, RELEASE, StandardCharsets.UTF_16LE)),
                Arguments.of("UTF-16 BE with BOM", bytes(new byte[] {(byte) 0xFE, (byte) 0xFF}, RELEASE, StandardCharsets.UTF_16BE)),
                Arguments.of("Windows-1252", bytes(new byte[0], RELEASE, Charset.forName("windows-1252"))));
    }

    private static byte[] bytes(byte[] bom, String text, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void windows1252IsDecoded(String encoding, byte[] input) throws ReleaseException {
        Release release = reader.read(SOURCE, input);
        assertEquals(RELEASE, release.text(), encoding);
        assertEquals("Secretaría de Relaciones Exteriores", release.issuers().get(0).of(release.text()), encoding);
    }

    @Test
    void crlfAndBomAreNormalisedAndSpansMatch() throws ReleaseException {
        byte[] input = bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "Press Release 9\r\n\r\nA visit to Oaxaca\r\n\r\nThe Secretary visited Oaxaca.\rShe met artisans.\r\n",
                StandardCharsets.UTF_8);
        Release release = reader.read(SOURCE, input);
        assertEquals("Press Release 9\n\nA visit to Oaxaca\n\nThe Secretary visited Oaxaca.\nShe met artisans.\n", release.text());
        assertEquals("A visit to Oaxaca", release.titleText());
        assertEquals("She met artisans.", release.paragraphs().get(1).of(release.text()));
    }

    @Test
    void textIsNormalisedToNfc() throws ReleaseException {
        String decomposed = "Canciller\u00EDa".replace("\u00ED", "i\u0301");
        Release release = reader.read(SOURCE, (decomposed + " informa\n").getBytes(StandardCharsets.UTF_8));
        assertEquals("Cancillería informa\n", release.text());
    }

    @Test
    void characterCutByTruncationIsDroppedRatherThanReadAsWindows1252() throws ReleaseException {
        byte[] whole = "Un título\n\nLa reunión de cancilleres concluyó en Bogotá".getBytes(StandardCharsets.UTF_8);
        Release release = reader.read(SOURCE, Arrays.copyOf(whole, whole.length - 1));
        assertEquals("Un título\n\nLa reunión de cancilleres concluyó en Bogot", release.text());
    }

    @Test
    void emptyFileIsAnErrorNamingTheFile() {
        ReleaseException e = assertThrows(ReleaseException.class, () -> reader.read(SOURCE, new byte[0]));
        assertEquals(SOURCE + ": empty file", e.getMessage());
        assertEquals(SOURCE, e.input());
    }

    @Test
    void whitespaceOnlyFileIsEmpty() {
        ReleaseException e = assertThrows(ReleaseException.class,
                () -> reader.read(SOURCE, " \r\n\t\n ".getBytes(StandardCharsets.UTF_8)));
        assertEquals(SOURCE + ": empty file", e.getMessage());
    }

    @Test
    void binaryFileIsRejected() {
        byte[] input = {'P', 'K', 3, 4, 0, 0, 8, 0, 'x', 'y'};
        ReleaseException e = assertThrows(ReleaseException.class, () -> reader.read(SOURCE, input));
        assertEquals(SOURCE + ": not a text file (binary content)", e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void textFullOfControlCharactersIsRejected() {
        byte[] input = "a\u0001b\u0002c\u0003d\u0004e\u0005f\u0006 some text".getBytes(StandardCharsets.UTF_8);
        ReleaseException e = assertThrows(ReleaseException.class, () -> reader.read(SOURCE, input));
        assertTrue(e.getMessage().endsWith("not a text file (binary content)"));
    }

    /**
     * The fast path skips the JDK's NFC check for texts of plainly normal characters; every pair
     * of them, in either order, must then be NFC by the JDK too (no decomposition, no composition).
     */
    @Test
    void everyPairOfPlainlyNormalCharactersIsNfc() {
        StringBuilder plain = new StringBuilder();
        for (char c = 0; c < '\u0300'; c++) plain.append(c);
        for (char c = TextDecoder.FIRST_INERT_PUNCTUATION; c <= TextDecoder.LAST_INERT_PUNCTUATION; c++) plain.append(c);
        String chars = plain.toString();
        assertTrue(TextDecoder.isPlainlyNfc(chars));
        for (int i = 0; i < chars.length(); i++) {
            for (int j = 0; j < chars.length(); j++) {
                String pair = new String(new char[] {chars.charAt(i), chars.charAt(j)});
                assertTrue(java.text.Normalizer.isNormalized(pair, java.text.Normalizer.Form.NFC),
                        () -> "not NFC: " + pair.codePoints().mapToObj(Integer::toHexString).toList());
            }
        }
        assertFalse(TextDecoder.isPlainlyNfc("Secretari\u0301a"), "a combining accent");
        assertFalse(TextDecoder.isPlainlyNfc("\u2000"), "EN QUAD decomposes to EN SPACE");
    }

    /** A plainly normal text skips the count of combining marks: it must have none. */
    @Test
    void noPlainlyNormalCharacterIsACombiningMark() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (TextDecoder.isPlainlyNfc(String.valueOf(c))) {
                int type = Character.getType(c);
                assertTrue(type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                        && type != Character.COMBINING_SPACING_MARK, "a mark: " + Integer.toHexString(c));
            }
        }
    }
    @Test
    void aRealReplacementCharacterIsStillUtf8() throws ReleaseException {
        Release release = reader.read(SOURCE, "Un t\u00EDtulo \uFFFD roto\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("Un t\u00EDtulo \uFFFD roto\n", release.text());
    }

    /**
     * The lenient String decoder, checked for U+FFFD, must take for UTF-8 exactly what the strict
     * decoder takes, with the same characters: tried on short random byte strings, dense in the
     * lead and continuation bytes where UTF-8 goes wrong (overlong forms, surrogates, cut sequences).
     */
    @Test
    void fastUtf8CheckAgreesWithTheStrictDecoder() {
        java.util.Random random = new java.util.Random(7);
        byte[] alphabet = {'a', 0x00, 0x7F, (byte) 0x80, (byte) 0xBF, (byte) 0xA0, (byte) 0x9F, (byte) 0xC0, (byte) 0xC2,
                (byte) 0xDF, (byte) 0xE0, (byte) 0xED, (byte) 0xEF, (byte) 0xF0, (byte) 0xF4, (byte) 0xF5, (byte) 0xFF,
                (byte) 0xBD, (byte) 0x8F, (byte) 0x90};
        for (int n = 0; n < 200_000; n++) {
            byte[] bytes = new byte[1 + random.nextInt(6)];
            for (int i = 0; i < bytes.length; i++) bytes[i] = alphabet[random.nextInt(alphabet.length)];
            String strict = strictUtf8(bytes, bytes.length);
            String actual = TextDecoder.utf8OrCp1252(bytes);
            String expected = strict != null ? strict : new String(bytes, Charset.forName("windows-1252"));
            // A cut final sequence is dropped, and the rest read as UTF-8, when the rest is valid.
            for (int cut = 1; strict == null && cut <= 3 && cut <= bytes.length; cut++) {
                String rest = strictUtf8(bytes, bytes.length - cut);
                if (actual.equals(rest)) expected = rest;
            }
            assertEquals(expected, actual, () -> Arrays.toString(bytes));
        }
    }

    private static String strictUtf8(byte[] bytes, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }
}
