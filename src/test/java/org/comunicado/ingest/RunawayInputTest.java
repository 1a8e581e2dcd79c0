package org.comunicado.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Found by InputFuzzTest: deeply nested JSON overflowed the JSON parser's stack. It is now a
 * quick, one-line outcome.
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
}
