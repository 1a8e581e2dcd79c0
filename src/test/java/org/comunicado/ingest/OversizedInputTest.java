package org.comunicado.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Found by InputFuzzTest: a text far longer than any press release (a 5 MB single line kept the
 * extractors busy for minutes), or one with thousands of combining marks on one letter (NFC and
 * {@code \b} then cost the square of the run), is refused by the reader quickly, in one line.
 */
class OversizedInputTest {

    private static final String SOURCE = "file:///fuzz/huge.txt";
    private static final String LINE = "Secretary Alicia Bárcena said 12% ".repeat(5 * 1024 * 1024 / 34);

    @Test
    void fiveMegabyteTextLineIsRefusedAsTooLarge() {
        ReleaseException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThrows(ReleaseException.class,
                () -> new TextReleaseReader().read(SOURCE, ("Title\n\n" + LINE).getBytes(StandardCharsets.UTF_8))));
        assertEquals(SOURCE + ": too large (" + ("Title\n\n" + LINE).length() + " characters of text; at most "
                + TextDecoder.MAX_CHARS + ")", e.getMessage());
    }

    @Test
    void pageWhoseTextIsFiveMegabytesIsRefusedAsTooLarge() {
        String page = "<html><body><main><h1>Título</h1><p>" + LINE + "</p></main></body></html>";
        ReleaseException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThrows(ReleaseException.class,
                () -> new HtmlReleaseReader().read(SOURCE, page.getBytes(StandardCharsets.UTF_8), Optional.empty())));
        assertEquals(true, e.getMessage().startsWith(SOURCE + ": too large ("), e.getMessage());
    }

    @Test
    void jsonRecordWithFiveMegabytesOfTextIsOneTooLargeFailureAndTheOthersAreRead() {
        String json = "[{\"text\": \"" + LINE + "\"}, {\"text\": \"Visit to Chile\\n\\nThe Secretary travelled.\"}]";
        List<ReadOutcome> out = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> new JsonReleaseReader().read("huge.json", SOURCE, json.getBytes(StandardCharsets.UTF_8), false));
        assertEquals(2, out.size());
        assertEquals(true, ((ReadOutcome.Failed) out.get(0)).message().startsWith("huge.json[1]: too large ("));
        assertEquals(ReadOutcome.Read.class, out.get(1).getClass());
    }

    @Test
    void textAtTheLimitIsStillARelease() throws Exception {
        String text = "Title\n\n" + "x".repeat(TextDecoder.MAX_CHARS - 8) + "\n";
        assertEquals(TextDecoder.MAX_CHARS, text.length());
        assertEquals("Title", new TextReleaseReader().read(SOURCE, text.getBytes(StandardCharsets.UTF_8)).titleText());
    }

    @Test
    void hundredThousandCombiningMarksOnOneLetterAreRefusedQuickly() {
        String text = "Title\n\nMe" + "\u0301\u0327\u0308".repeat(33_000) + "xico.";
        ReleaseException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThrows(ReleaseException.class,
                () -> new TextReleaseReader().read(SOURCE, text.getBytes(StandardCharsets.UTF_8))));
        assertEquals(SOURCE + ": not text (more than 30 combining marks on one character at char 39)", e.getMessage());
    }

    @Test
    void combiningMarksInAPageOrAJsonRecordAreRefusedQuickly() {
        String marks = "e" + "\u0301".repeat(100_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThrows(ReleaseException.class, () -> new HtmlReleaseReader().read(SOURCE,
                    ("<main><h1>T</h1><p>" + marks + "</p></main>").getBytes(StandardCharsets.UTF_8), Optional.empty()));
            List<ReadOutcome> out = new JsonReleaseReader().read("m.jsonl", SOURCE,
                    ("{\"title\": \"" + marks + "\", \"text\": \"x\"}").getBytes(StandardCharsets.UTF_8), true);
            assertEquals(true, ((ReadOutcome.Failed) out.get(0)).message().startsWith("m.jsonl:1: not text (more than 30"));
        });
    }

    @Test
    void aFewCombiningMarksAreText() throws Exception {
        String text = "Title\n\nVietnamese and Spanish: Vie\u0323\u0302t Nam, Me\u0301xico, a\u0300\u0301\u0302\u0303.";
        assertEquals("Title", new TextReleaseReader().read(SOURCE, text.getBytes(StandardCharsets.UTF_8)).titleText());
    }
}
