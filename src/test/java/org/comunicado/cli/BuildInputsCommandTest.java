package org.comunicado.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build command on the new kinds of input, through picocli. */
class BuildInputsCommandTest {

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path copyFixture(String name) throws IOException {
        Path p = tmp.resolve("in").resolve(name);
        Files.createDirectories(p.getParent());
        try (InputStream in = BuildInputsCommandTest.class.getResourceAsStream("/html/" + name)) {
            Files.copy(in, p);
        }
        return p;
    }

    @Test
    void htmlPageBuildsIntoAReleaseWithItsNumberAndDate() throws IOException {
        Path page = copyFixture("gobmx-es-315.html");
        Path dir = tmp.resolve("ds");
        Run r = run("build", "--out", dir.toString(), page.toString());
        assertEquals(0, r.code(), r.err());
        Run releases = run("query", "--data", dir.toString(), "--format", "csv", "releases");
        assertTrue(releases.out().contains("2024-08-20-315-es"), releases.out());
        assertTrue(releases.out().contains("México y Guatemala fortalecen la cooperación consular"), releases.out());
    }

    @Test
    void badInputsAreOneLineEachAndTheGoodOneStillBuilds() throws IOException {
        Path good = copyFixture("gobmx-en-315.html");
        Path empty = copyFixture("no-text.html");
        Path dir = tmp.resolve("ds");
        Run r = run("build", "--out", dir.toString(), good.toString(), empty.toString(), "ftp://127.0.0.1/x.txt");
        assertEquals(ExitCodes.DATA, r.code(), r.err());
        List<String> lines = r.err().lines().filter(l -> !l.isBlank() && !l.startsWith("progress: ")).toList();
        assertEquals(2, lines.size(), r.err());
        assertEquals(empty + ": no text found in HTML", lines.get(0));
        assertTrue(lines.get(1).startsWith("ftp://127.0.0.1/x.txt: ") && lines.get(1).endsWith("unsupported URL scheme ftp (only http and https)"),
                lines.get(1));
        assertTrue(r.out().contains("releases: 1"), r.out());
    }
}
