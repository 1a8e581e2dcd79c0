package org.comunicado.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How INPUT arguments become inputs: files, folders, globs, standard input, URLs. */
class InputsTest {

    @TempDir
    Path dir;

    private static final InputStream NO_STDIN = new ByteArrayInputStream(new byte[0]);

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private List<String> names(List<String> args) throws IOException {
        return Inputs.expand(args, dir, NO_STDIN, new UrlFetcher()).stream().map(Input::name).toList();
    }

    @Test
    void folderIsWalkedForReleaseFilesInOrder() throws IOException {
        write("c/b.html", "<p>x</p>");
        write("c/a.txt", "x");
        write("c/sub/d.jsonl", "{}");
        write("c/e.json", "{}");
        write("c/e.gold.json", "{}");
        write("c/notes.md", "x");
        assertEquals(List.of("c/a.txt", "c/b.html", "c/e.json", "c/sub/d.jsonl"), names(List.of("c")));
    }

    @Test
    void globIsExpandedRelativeToTheWorkingDirectory() throws IOException {
        write("corpus/b.txt", "x");
        write("corpus/a.txt", "x");
        write("corpus/a.html", "x");
        write("corpus/deep/c.txt", "x");
        assertEquals(List.of("corpus/a.txt", "corpus/b.txt"), names(List.of("corpus/*.txt")));
        assertEquals(List.of("corpus/deep/c.txt"), names(List.of("corpus/**/*.txt")));
    }

    @Test
    void globMatchingNothingIsThatArgumentsFailure() throws IOException {
        List<Input> inputs = Inputs.expand(List.of("nothing/*.txt"), dir, NO_STDIN, new UrlFetcher());
        assertEquals(1, inputs.size());
        ReleaseSources.Failed f = assertInstanceOf(ReleaseSources.Failed.class, ReleaseSources.read(inputs.get(0)).get(0));
        assertEquals("nothing/*.txt: no file matches", f.message());
    }

    @Test
    void sameFileTwiceIsOneInput() throws IOException {
        write("c/a.txt", "x");
        assertEquals(List.of("c/a.txt"), names(List.of("c/a.txt", "c", "c/*.txt")));
    }

    @Test
    void missingFileStaysAnInputThatFails() throws IOException {
        List<Input> inputs = Inputs.expand(List.of("gone.txt"), dir, NO_STDIN, new UrlFetcher());
        ReleaseSources.Failed f = assertInstanceOf(ReleaseSources.Failed.class, ReleaseSources.read(inputs.get(0)).get(0));
        assertEquals("gone.txt: no such file", f.message());
    }

    @Test
    void otherUrlSchemesFail() throws IOException {
        List<Input> inputs = Inputs.expand(List.of("ftp://127.0.0.1/release.txt"), dir, NO_STDIN, new UrlFetcher());
        ReleaseSources.Failed f = assertInstanceOf(ReleaseSources.Failed.class, ReleaseSources.read(inputs.get(0)).get(0));
        assertEquals("ftp://127.0.0.1/release.txt: unsupported URL scheme ftp (only http and https)", f.message());
    }

    @Test
    void dashReadsStandardInputOnceAndSniffsHtml() throws IOException {
        byte[] page = "<!DOCTYPE html><html><body><article><h1>Visita a Lima</h1><p>La canciller viajó a Lima.</p></article></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(page));
            List<Input> inputs = Inputs.expand(List.of("-", "-"));
            assertEquals(1, inputs.size());
            ReleaseSources.Read read = assertInstanceOf(ReleaseSources.Read.class, ReleaseSources.read(inputs.get(0)).get(0));
            assertEquals("Visita a Lima", read.release().titleText());
        } finally {
            System.setIn(saved);
        }
    }
}
