package org.comunicado.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Found by InputFuzzTest: deeply nested JSON overflowed the JSON parser's stack, and a line with
 * a long run of closing brackets, quotes or dots made the readers' end-of-line patterns take
 * minutes. Each is now a quick outcome.
 */
class RunawayInputTest {

    private static final String SOURCE = "file:///fuzz/runaway";
    private static final Duration QUICKLY = Duration.ofSeconds(5);

    @Test
    void hundredThousandNestedArraysAreOneNotValidJsonFailure() {
        byte[] json = ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8);
        List<ReadOutcome> out = assertTimeoutPreemptively(QUICKLY, () -> new JsonReleaseReader().read("deep.json", SOURCE, json, false));
        assertEquals(List.of(new ReadOutcome.Failed("deep.json: not valid JSON: nested more than 64 deep")), out);
    }

    @Test
    void deeplyNestedJsonLineIsItsLinesFailureAndTheNextLineIsRead() {
        byte[] json = ("{\"text\": \"x\", \"extra\": " + "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000) + "}\n"
                + "{\"text\": \"Visit to Chile\\n\\nThe Secretary travelled.\"}\n").getBytes(StandardCharsets.UTF_8);
        List<ReadOutcome> out = assertTimeoutPreemptively(QUICKLY, () -> new JsonReleaseReader().read("deep.jsonl", SOURCE, json, true));
        assertEquals(new ReadOutcome.Failed("deep.jsonl:1: not valid JSON: nested more than 64 deep"), out.get(0));
        assertEquals(ReadOutcome.Read.class, out.get(1).getClass());
    }

    @Test
    void nestingInsideStringsDoesNotCount() {
        byte[] json = ("{\"text\": \"Visit to Chile\\n\\n" + "[{".repeat(100) + " \\\" ]\"}").getBytes(StandardCharsets.UTF_8);
        assertEquals(ReadOutcome.Read.class, new JsonReleaseReader().read("s.json", SOURCE, json, false).get(0).getClass());
    }

    @Test
    void lineOfSixtyThousandBracketsIsReadQuickly() throws Exception {
        String text = "{\"text\": \"x\", \"extra\": " + "[".repeat(60_000) + "]".repeat(60_000) + "}";
        Release r = assertTimeoutPreemptively(QUICKLY, () -> new TextReleaseReader().read(SOURCE, text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(text, r.titleText());
    }

    @Test
    void titleLineWithALongRunOfDotsIsComparedQuickly() throws Exception {
        String title = "Visit" + ".".repeat(100_000) + "x";
        String text = title + "\n" + title + ".\nThe Secretary travelled.\n";
        Release r = assertTimeoutPreemptively(QUICKLY, () -> new TextReleaseReader().read(SOURCE, text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("The Secretary travelled."), r.paragraphs().stream().map(s -> s.of(r.text())).toList());
    }

    @Test
    void untitledPageWhoseFirstBlockIsARunOfQuotesIsReadQuickly() throws Exception {
        String page = "<div><p>A" + "”".repeat(100_000) + "b</p><p>La canciller viajó a Lima.</p></div>";
        Release r = assertTimeoutPreemptively(QUICKLY,
                () -> new HtmlReleaseReader().read(SOURCE, page.getBytes(StandardCharsets.UTF_8), Optional.empty()));
        assertEquals(1, r.paragraphs().size());
    }

    @Test
    void titleEndingInAFullStopInsideQuotesIsStillAHeaderlessLead() throws Exception {
        Release r = new HtmlReleaseReader().read(SOURCE, "<div><p>“Mexico is ready.”</p><p>She said so in Lima.</p></div>"
                .getBytes(StandardCharsets.UTF_8), Optional.empty());
        assertEquals(2, r.paragraphs().size());
    }
}
