package org.comunicado.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** JSON and JSON Lines records, each its own release or failure. */
class JsonReleaseReaderTest {

    private static final String FILE = "file:///in/releases.json";
    private final JsonReleaseReader reader = new JsonReleaseReader();

    private List<ReadOutcome> read(String json, boolean lines) {
        return reader.read("releases.json", FILE, json.getBytes(StandardCharsets.UTF_8), lines);
    }

    private static Release release(ReadOutcome o) {
        return assertInstanceOf(ReadOutcome.Read.class, o, o.toString()).release();
    }

    @Test
    void oneObjectIsOneRelease() {
        List<ReadOutcome> out = read("{\"text\": \"Press Release 7\\n\\nVisit to Chile\\n\\nThe Secretary travelled to Santiago.\"}", false);
        assertEquals(1, out.size());
        Release r = release(out.get(0));
        assertEquals("Visit to Chile", r.titleText());
        assertEquals(Optional.of("7"), r.number());
        assertEquals(FILE, r.source());
    }

    @Test
    void fieldsWinOverTheText() {
        Release r = release(read("{\"text\": \"The Secretary travelled to Santiago.\", \"title\": \"Visit to Chile\", "
                + "\"date\": \"2024-03-05\", \"number\": 88, \"language\": \"EN\", \"url\": \"https://www.gob.mx/sre/prensa/88\"}", false).get(0));
        assertEquals("Visit to Chile\n\nThe Secretary travelled to Santiago.", r.text());
        assertEquals("Visit to Chile", r.titleText());
        assertEquals(Optional.of(LocalDate.of(2024, 3, 5)), r.issued());
        assertEquals(Optional.of("88"), r.number());
        assertEquals("en", r.language());
        assertEquals("https://www.gob.mx/sre/prensa/88", r.source());
    }

    @Test
    void arrayGivesOneReleasePerRecordAndNamesTheBadOne() {
        List<ReadOutcome> out = read("[{\"text\": \"Visit to Chile\\n\\nThe Secretary travelled to Santiago.\"},"
                + " {\"title\": \"No body\"}, {\"html\": \"<article><h1>Visita a Perú</h1><p>La canciller viajó a Lima.</p></article>\"}]", false);
        assertEquals(3, out.size());
        assertEquals("Visit to Chile", release(out.get(0)).titleText());
        assertEquals(new ReadOutcome.Failed("releases.json[2]: no text: the record has no non-empty \"text\" or \"html\""), out.get(1));
        assertEquals("Visita a Perú", release(out.get(2)).titleText());
    }

    @Test
    void jsonLinesGoOnAfterABadLine() {
        List<ReadOutcome> out = read("{\"text\": \"Visit to Chile\\n\\nThe Secretary travelled.\"}\n"
                + "{\"text\": broken\n"
                + "\n"
                + "{\"text\": \"Visita a Perú\\n\\nLa canciller viajó a Lima.\", \"date\": \"not a date\"}\n"
                + "{\"text\": \"Visita a Perú\\n\\nLa canciller viajó a Lima.\"}\n", true);
        assertEquals(4, out.size());
        assertEquals("Visit to Chile", release(out.get(0)).titleText());
        assertEquals(new ReadOutcome.Failed("releases.json:2:16: not valid JSON"), out.get(1));
        assertEquals(new ReadOutcome.Failed("releases.json:4: \"date\" is not an ISO date (yyyy-mm-dd): not a date"), out.get(2));
        assertEquals("es", release(out.get(3)).language());
    }

    @Test
    void recordTextIsNormalised() {
        Release r = release(read("{\"text\": \"Visita a Me\\u0301xico\\r\\n\\r\\nLa canciller viajó.\"}", false).get(0));
        assertEquals("Visita a México\n\nLa canciller viajó.", r.text());
    }

    @Test
    void invalidJsonIsOneFailure() {
        List<ReadOutcome> out = read("{\"text\": ", false);
        assertEquals(1, out.size());
        assertTrue(((ReadOutcome.Failed) out.get(0)).message().startsWith("releases.json"), out.get(0).toString());
        assertTrue(((ReadOutcome.Failed) out.get(0)).message().contains("not valid JSON"), out.get(0).toString());
    }

    @Test
    void emptyFileIsAFailure() {
        assertEquals(List.of(new ReadOutcome.Failed("releases.json: empty file")), read("  \n", true));
    }
}
