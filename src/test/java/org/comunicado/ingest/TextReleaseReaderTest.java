package org.comunicado.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The structure the reader finds, on small invented releases. */
class TextReleaseReaderTest {

    private static final String TITLE = "Mexico and Chile sign an agreement on consular cooperation";

    private static final String FULL = """
            Ministry of Foreign Affairs of the United Mexican States

            07/06/2023 | Press release | Archived content

            Mexico and Chile sign an agreement on consular cooperation

            Mexico and Chile sign an agreement on consular cooperation

            Press Release 212

            Secretaría de Relaciones Exteriores | July 6, 2023 | Press Release

            Mexico and Chile sign an agreement on consular cooperation
              • The agreement widens the assistance given to nationals of both countries.
              • Consulates will share information during emergencies.

            The Foreign Secretary met her Chilean counterpart in Santiago today to sign the agreement.

            - A bullet after the body has started is an ordinary paragraph.
            """;

    private final TextReleaseReader reader = new TextReleaseReader();

    private Release read(String text) throws ReleaseException {
        return reader.read("file:///fixtures/test.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> texts(Release release, List<Span> spans) {
        return spans.stream().map(s -> s.of(release.text())).toList();
    }

    @Test
    void titleRepeatedThreeTimesIsReadOnce() throws ReleaseException {
        Release release = read(FULL);
        assertEquals(TITLE, release.titleText());
        assertFalse(texts(release, release.paragraphs()).contains(TITLE));
        assertFalse(texts(release, release.highlights()).contains(TITLE));
    }

    @Test
    void writtenDateWinsOverAmbiguousNumericDate() throws ReleaseException {
        assertEquals(Optional.of(LocalDate.of(2023, 7, 6)), read(FULL).issued());
    }

    @Test
    void pressReleaseNumberIsRead() throws ReleaseException {
        assertEquals(Optional.of("212"), read(FULL).number());
    }

    @Test
    void numberKeepsItsLeadingZero() throws ReleaseException {
        assertEquals(Optional.of("07"), read("Press Release No. 07\n\nA title\n\nA body line.\n").number());
    }

    @Test
    void spanishComunicadoNumberIsRead() throws ReleaseException {
        assertEquals(Optional.of("12"), read("Comunicado No. 12\n\nUn título\n\nUn párrafo.\n").number());
    }

    @Test
    void jointPressReleaseHasNoNumberAndIsNotTheTitle() throws ReleaseException {
        Release release = read("FOREIGN AFFAIRS-HEALTH Joint Press Release\n\nVaccines arrive in Tijuana\n\nBody.\n");
        assertEquals(Optional.empty(), release.number());
        assertEquals("Vaccines arrive in Tijuana", release.titleText());
    }

    @Test
    void issuersAreTheIssuerLineAndThePartBeforeThePipe() throws ReleaseException {
        Release release = read(FULL);
        assertEquals(List.of("Ministry of Foreign Affairs of the United Mexican States", "Secretaría de Relaciones Exteriores"),
                texts(release, release.issuers()));
    }

    @Test
    void bulletsBeforeTheBodyAreHighlightsWithoutTheirMarker() throws ReleaseException {
        Release release = read(FULL);
        assertEquals(List.of("The agreement widens the assistance given to nationals of both countries.",
                "Consulates will share information during emergencies."), texts(release, release.highlights()));
    }

    @Test
    void bulletsAfterTheBodyStartAreParagraphs() throws ReleaseException {
        Release release = read(FULL);
        assertEquals(List.of("The Foreign Secretary met her Chilean counterpart in Santiago today to sign the agreement.",
                "- A bullet after the body has started is an ordinary paragraph."), texts(release, release.paragraphs()));
    }

    @Test
    void everyBulletMarkerIsRecognised() throws ReleaseException {
        Release release = read("A title\n• one\n· two\n - three\n  * four\nBody.\n");
        assertEquals(List.of("one", "two", "three", "four"), texts(release, release.highlights()));
    }

    @Test
    void ambiguousNumericDateIsDayFirst() throws ReleaseException {
        assertEquals(Optional.of(LocalDate.of(2024, 3, 10)),
                read("10/03/2024 | Press release | Archived content\n\nA title\n\nBody.\n").issued());
    }

    @Test
    void numericDateWithSecondPartAboveTwelveIsMonthFirst() throws ReleaseException {
        assertEquals(Optional.of(LocalDate.of(2024, 8, 17)),
                read("08/17/2024 | Press release | Distributed by someone\n\nA title\n\nBody.\n").issued());
    }

    @Test
    void spanishWrittenDateIsRead() throws ReleaseException {
        Release release = read("Secretaría de Relaciones Exteriores | 3 de marzo de 2025 | Comunicado\n\nUn título\n\nTexto.\n");
        assertEquals(Optional.of(LocalDate.of(2025, 3, 3)), release.issued());
    }

    @Test
    void impossibleDateIsUnknown() throws ReleaseException {
        assertEquals(Optional.empty(), read("31/02/2024 | Press release | Archived\n\nA title\n\nBody.\n").issued());
    }

    @Test
    void textWithoutHeaderTakesFirstLineAsTitle() throws ReleaseException {
        Release release = read("\n  Consuls meet the community in Houston  \n\nThe consuls met families today.\n");
        assertEquals("Consuls meet the community in Houston", release.titleText());
        assertEquals(Optional.empty(), release.issued());
        assertEquals(List.of(), release.issuers());
        assertEquals(List.of("The consuls met families today."), texts(release, release.paragraphs()));
    }

    @Test
    void bulletFirstLineOfHeaderlessTextIsTitleWithoutMarker() throws ReleaseException {
        Release release = read("• \"We will defend our nationals,\" says the Secretary\n\nThe Secretary spoke in Dallas.\n");
        assertEquals("\"We will defend our nationals,\" says the Secretary", release.titleText());
    }

    @Test
    void datePrefixOnFirstBodyLineGivesDateAndIsLeftOutOfTheText() throws ReleaseException {
        Release release = read("date 2025-11-04 Ciudad de México. La cancillería informó hoy sobre el apoyo brindado a "
                + "connacionales afectados por las lluvias en el norte del país, y anunció nuevas medidas de atención consular.\n\n"
                + "El subsecretario explicó las medidas.\n");
        assertEquals(Optional.of(LocalDate.of(2025, 11, 4)), release.issued());
        assertTrue(release.titleText().startsWith("Ciudad de México."));
        assertTrue(texts(release, release.paragraphs()).get(0).startsWith("Ciudad de México."));
    }

    @Test
    void longLeadLineOfHeaderlessTextIsAlsoTheFirstParagraph() throws ReleaseException {
        String lead = "The Foreign Ministry issued more than two million passports this year, an increase of ten percent "
                + "over last year, thanks to new mobile consulates across the United States.";
        Release release = read(lead + "\n\nThe mobile consulates visited forty cities.\n");
        assertEquals(lead, release.titleText());
        assertEquals(lead, texts(release, release.paragraphs()).get(0));
    }

    @Test
    void kickerAboveTitleIsSkipped() throws ReleaseException {
        Release release = read("Atención consular en Texas y Nuevo México.\n\n"
                + "Los consulados de México amplían sus jornadas de atención\n\nLa red consular informó hoy.\n");
        assertEquals("Los consulados de México amplían sus jornadas de atención", release.titleText());
    }

    @Test
    void headerWithoutTitleTakesFirstLineAsTitle() throws ReleaseException {
        Release release = read("Press Release 44\n\nSecretaría de Relaciones Exteriores | May 2, 2022 | Press Release\n");
        assertEquals("Press Release 44", release.titleText());
        assertEquals(Optional.of("44"), release.number());
    }

    @Test
    void englishReleaseIsTaggedEnglish() throws ReleaseException {
        assertEquals("en", read(FULL).language());
    }

    /** The loop that makes titles comparable does what the pattern it replaced did. */
    @Test
    void comparableTitleCollapsesWhiteSpaceAsThePatternDid() {
        java.util.Random random = new java.util.Random(11);
        String alphabet = "aB. \t\n\u000B\f\r\u00A0Í.";
        for (int n = 0; n < 5000; n++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String expected = TextReleaseReader.withoutTrailing(s.toString().replaceAll("\\s+", " "), ". \t\n\u000B\f\r")
                    .toLowerCase(java.util.Locale.ROOT);
            assertEquals(expected, TextReleaseReader.comparable(s.toString()), () -> "for " + s);
        }
    }

    /** The first-character test that spares paragraphs the bullet pattern lets through every line the pattern matches. */
    @Test
    void everyCharacterABulletCanBeginWithIsABulletMark() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (TextReleaseReader.BULLET.matcher(c + " x").lookingAt()) {
                assertTrue(TextReleaseReader.BULLET_MARKS.indexOf(c) >= 0, "missing " + Integer.toHexString(c));
            }
        }
    }

    /** Lower-casing never shortens a character, which the cheap "not the same title" test relies on. */
    @Test
    void lowerCasingNeverShortensACharacter() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String s = new String(Character.toChars(cp));
            assertTrue(s.toLowerCase(java.util.Locale.ROOT).length() >= s.length(), "U+" + Integer.toHexString(cp));
        }
    }

    @Test
    void aLineWithMoreWordCharactersThanTheTitleIsNeverTheSameTitle() {
        java.util.Random random = new java.util.Random(5);
        String alphabet = "aB. \t\u000B\f\u00A0\u0130\u03A3.";
        for (int n = 0; n < 20000; n++) {
            String title = randomString(random, alphabet);
            String line = randomString(random, alphabet);
            String comparableTitle = TextReleaseReader.comparable(title);
            if (TextReleaseReader.hasMoreWordCharacters(TextLine.of(line), comparableTitle.length())) {
                assertTrue(TextReleaseReader.comparable(line).length() > comparableTitle.length(), () -> line + " / " + title);
            }
        }
    }

    private static String randomString(java.util.Random random, String alphabet) {
        StringBuilder s = new StringBuilder();
        for (int k = random.nextInt(10); k > 0; k--) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return s.toString();
    }
}
