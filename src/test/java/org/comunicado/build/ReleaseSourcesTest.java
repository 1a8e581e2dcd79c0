package org.comunicado.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** From an input to its releases, by kind, with one line per failure. */
class ReleaseSourcesTest {

    @TempDir
    Path dir;

    private List<ReleaseSources.Outcome> read(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return ReleaseSources.read(Input.file(p));
    }

    @Test
    void jsonLinesGiveAReleasePerLineAndAFailureForTheBadOne() throws Exception {
        List<ReleaseSources.Outcome> out = read("r.jsonl", ("{\"text\": \"Visit to Chile\\n\\nThe Secretary travelled.\"}\n"
                + "{\"title\": \"no text\"}\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(2, out.size());
        assertInstanceOf(ReleaseSources.Read.class, out.get(0));
        assertEquals(dir.resolve("r.jsonl") + ":2: no text: the record has no non-empty \"text\" or \"html\"",
                ((ReleaseSources.Failed) out.get(1)).message());
    }

    @Test
    void htmlFileIsReadAsHtml() throws Exception {
        List<ReleaseSources.Outcome> out = read("p.html",
                "<html><body><main><h1>Visita a Lima</h1><p>La canciller viajó a Lima.</p></main></body></html>".getBytes(StandardCharsets.UTF_8));
        assertEquals("Visita a Lima", assertInstanceOf(ReleaseSources.Read.class, out.get(0)).release().titleText());
    }

    @Test
    void emptyFileIsOneLineNamingIt() throws Exception {
        List<ReleaseSources.Outcome> out = read("empty.html", new byte[0]);
        assertEquals(List.of(new ReleaseSources.Failed(out.get(0).input(), dir.resolve("empty.html") + ": empty file")), out);
    }

    @Test
    void sameTextFromTwoFormatsHasTheSameHash() throws Exception {
        String text = "Visit to Chile\n\nThe Secretary travelled to Santiago.\n";
        ReleaseSources.Read fromText = (ReleaseSources.Read) read("a.txt", text.getBytes(StandardCharsets.UTF_8)).get(0);
        ReleaseSources.Read fromJson = (ReleaseSources.Read) read("a.json",
                "{\"text\": \"Visit to Chile\\n\\nThe Secretary travelled to Santiago.\\n\"}".getBytes(StandardCharsets.UTF_8)).get(0);
        assertEquals(fromText.textSha256(), fromJson.textSha256());
    }

    /** A text that is its bytes as they are takes their hash; every other is hashed: either way, the hash of its text. */
    @Test
    void textHashIsTheHashOfTheNormalisedTextHoweverTheBytesCame() throws Exception {
        String text = "Visita a Bogot\u00E1\n\nLa Canciller\u00EDa inform\u00F3 \uFFFD hoy.\n";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        List<byte[]> inputs = List.of(
                utf8,
                ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8),
                text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8),
                text.replace("\u00ED", "i\u0301").getBytes(StandardCharsets.UTF_8),
                text.replace("\uFFFD", "").getBytes(java.nio.charset.Charset.forName("windows-1252")),
                java.util.Arrays.copyOf(utf8, utf8.length - 1));
        for (int i = 0; i < inputs.size(); i++) {
            ReleaseSources.Read read = (ReleaseSources.Read) read(i + ".txt", inputs.get(i)).get(0);
            assertEquals(ReleaseSources.sha256(read.release().text().getBytes(StandardCharsets.UTF_8)), read.textSha256(), "input " + i);
        }
    }

    @Test
    void unknownExtensionIsSniffed() throws Exception {
        assertEquals(Input.Kind.HTML, Input.Kind.sniff("  <!doctype html><p>x".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Input.Kind.JSON, Input.Kind.sniff("{\n \"text\": \"x\"\n}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Input.Kind.JSON_LINES, Input.Kind.sniff("{\"text\": \"x\"}\n{\"text\": \"y\"}\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Input.Kind.TEXT, Input.Kind.sniff("Press Release 3\n\nA visit".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.of("3"), ((ReleaseSources.Read) read("release", "Press Release 3\n\nA visit\n\nThe Secretary travelled.".getBytes(StandardCharsets.UTF_8)).get(0)).release().number());
    }
}
