package org.comunicado.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The HTML reader on the hand-written pages in {@code src/test/resources/html/}. */
class HtmlReleaseReaderTest {

    private final HtmlReleaseReader reader = new HtmlReleaseReader();

    private Release fixture(String name) throws IOException, ReleaseException {
        return reader.read("file:///html/" + name, bytes(name), Optional.empty());
    }

    static byte[] bytes(String name) throws IOException {
        try (InputStream in = HtmlReleaseReaderTest.class.getResourceAsStream("/html/" + name)) {
            if (in == null) throw new IOException("missing fixture " + name);
            return in.readAllBytes();
        }
    }

    private static List<String> texts(Release r, List<Span> spans) {
        return spans.stream().map(s -> s.of(r.text())).toList();
    }

    @Test
    void ministryPageGivesTitleDateNumberAndIssuer() throws Exception {
        Release r = fixture("gobmx-es-315.html");
        assertEquals("México y Guatemala fortalecen la cooperación consular", r.titleText());
        assertEquals(Optional.of(LocalDate.of(2024, 8, 20)), r.issued());
        assertEquals(Optional.of("315"), r.number());
        assertEquals(List.of("Secretaría de Relaciones Exteriores"), texts(r, r.issuers()));
        assertEquals("es", r.language());
    }

    @Test
    void ministryPageListBeforeTheBodyIsTheHighlights() throws Exception {
        Release r = fixture("gobmx-es-315.html");
        assertEquals(List.of("Se abrirán dos nuevos consulados móviles en la frontera sur.",
                "La atención consular llegó a 12,500 personas en julio."), texts(r, r.highlights()));
    }

    @Test
    void quotationStaysInsideItsParagraph() throws Exception {
        Release r = fixture("gobmx-es-315.html");
        assertEquals(3, r.paragraphs().size());
        assertEquals("“Nuestra prioridad es proteger a las personas migrantes”, afirmó la canciller Alicia Bárcena "
                + "durante la reunión en Tapachula, Chiapas.", r.paragraphs().get(1).of(r.text()));
    }

    @Test
    void navigationBreadcrumbsSidebarAndFooterAreDropped() throws Exception {
        Release r = fixture("gobmx-es-315.html");
        for (String noise : List.of("Trámites", "Inicio", "Notas relacionadas", "Otra nota", "derechos reservados", "dataLayer")) {
            assertFalse(r.text().contains(noise), noise);
        }
    }

    @Test
    void textIsTitleHeaderLinesAndBlocksSeparatedByBlankLines() throws Exception {
        Release r = fixture("gobmx-en-315.html");
        assertTrue(r.text().startsWith("Mexico and Guatemala strengthen consular cooperation\n\n"
                + "Secretaría de Relaciones Exteriores\nAugust 20, 2024\nPress Release 315\n\n"
                + "Two new mobile consulates will open on the southern border.\n\n"), r.text());
        assertTrue(r.text().endsWith("Both governments will review progress at the next binational meeting.\n"));
    }

    @Test
    void englishVersionHasTheSameNumberAndDate() throws Exception {
        Release r = fixture("gobmx-en-315.html");
        assertEquals("en", r.language());
        assertEquals(Optional.of("315"), r.number());
        assertEquals(Optional.of(LocalDate.of(2024, 8, 20)), r.issued());
    }

    @Test
    void newsArticleTextIsFoundByParagraphDensity() throws Exception {
        Release r = fixture("news-article.html");
        assertEquals("Mexico sends humanitarian aid to the Caribbean", r.titleText());
        assertEquals(4, r.paragraphs().size(), r.text());
        assertTrue(r.paragraphs().get(0).of(r.text()).startsWith("Mexico's Foreign Ministry said on Tuesday"));
        assertEquals("“Mexico stands with the peoples of the Caribbean,” the Foreign Secretary wrote.",
                r.paragraphs().get(2).of(r.text()));
        for (String noise : List.of("Sport", "Daily Courier", "Most read", "Markets", "Privacy", "trackPageView", "By A. Reporter")) {
            assertFalse(r.text().contains(noise), noise);
        }
    }

    @Test
    void publishedTimeMetaGivesTheDate() throws Exception {
        assertEquals(Optional.of(LocalDate.of(2024, 9, 3)), fixture("news-article.html").issued());
    }

    @Test
    void timeElementGivesTheDate() throws Exception {
        String page = "<html><body><article><h1>Visit to Peru</h1><time datetime=\"2023-05-04\">4 May</time>"
                + "<p>The Foreign Secretary visited Lima to meet the Minister of Foreign Affairs of Peru.</p></article></body></html>";
        assertEquals(Optional.of(LocalDate.of(2023, 5, 4)), reader.read("file:///p.html", page).issued());
    }

    @Test
    void spansMatchTheTextAndTheTextIsNfc() throws Exception {
        // "é" as e + combining acute in the page: the release text holds the composed form.
        String page = "<html><body><article><h1>Me\u0301xico</h1><p>Visita de Estado a Me\u0301xico.</p></article></body></html>";
        Release r = reader.read("file:///nfc.html", page);
        assertTrue(Normalizer.isNormalized(r.text(), Normalizer.Form.NFC));
        assertEquals("México", r.titleText());
        assertEquals("Visita de Estado a México.", r.paragraphs().get(0).of(r.text()));
        for (String name : List.of("gobmx-es-315.html", "gobmx-en-315.html", "news-article.html", "windows-1252.html")) {
            Release f = fixture(name);
            assertTrue(Normalizer.isNormalized(f.text(), Normalizer.Form.NFC), name);
            for (Span s : f.contentBlocks()) {
                String block = s.of(f.text());
                assertEquals(block.strip(), block, name);
                assertFalse(block.isEmpty() || block.contains("\n"), name);
            }
        }
    }

    @Test
    void windows1252MetaCharsetIsHonoured() throws Exception {
        Release r = fixture("windows-1252.html");
        assertEquals("La Secretaría de Relaciones Exteriores informa", r.titleText());
        assertTrue(r.paragraphs().get(0).of(r.text()).contains("próximo lunes"));
        assertEquals(Optional.of("12"), r.number());
    }

    @Test
    void utf8PageIsDecodedWithoutDeclaration() throws Exception {
        byte[] page = "<p>La Secretaría de Relaciones Exteriores informa.</p>".getBytes(StandardCharsets.UTF_8);
        Release r = reader.read("file:///u.html", page, Optional.empty());
        assertTrue(r.text().contains("Secretaría"), r.text());
    }

    @Test
    void latin1DeclaredInHttpEquivIsReadAsWindows1252() throws Exception {
        byte[] page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head>"
                + "<body><p>La Secretaría de Relaciones Exteriores informa “hoy”.</p></body></html>").getBytes(Charset.forName("windows-1252"));
        Release r = reader.read("file:///l.html", page, Optional.empty());
        assertTrue(r.text().contains("Secretaría de Relaciones Exteriores informa “hoy”."), r.text());
    }

    @Test
    void httpHeaderCharsetWinsOverTheBytes() throws Exception {
        byte[] page = "<p>La Secretaría informa.</p>".getBytes(Charset.forName("windows-1252"));
        Release r = reader.read("http://127.0.0.1/p", page, Optional.of("text/html; charset=ISO-8859-1"));
        assertTrue(r.text().contains("Secretaría"), r.text());
    }

    @Test
    void utf16WithBomIsDecoded() throws Exception {
        byte[] body = "<p>La Secretaría informa.</p>".getBytes(StandardCharsets.UTF_16LE);
        byte[] page = new byte[body.length + 2];
        page[0] = (byte) 0xFF;
        page[1] = (byte) 0xFE;
        System.arraycopy(body, 0, page, 2, body.length);
        assertTrue(reader.read("file:///u16.html", page, Optional.empty()).text().contains("Secretaría"));
    }

    @Test
    void pageWithoutTextIsRefused() {
        ReleaseException e = assertThrows(ReleaseException.class, () -> fixture("no-text.html"));
        assertEquals("file:///html/no-text.html: no text found in HTML", e.getMessage());
    }

    @Test
    void emptyPageIsRefused() {
        ReleaseException e = assertThrows(ReleaseException.class, () -> reader.read("file:///e.html", new byte[0], Optional.empty()));
        assertTrue(e.getMessage().endsWith("empty file"));
    }

    @Test
    void binaryIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
        ReleaseException e = assertThrows(ReleaseException.class, () -> reader.read("file:///b.html", png, Optional.empty()));
        assertTrue(e.getMessage().endsWith("not a text file (binary content)"));
    }
}
