package org.comunicado.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.comunicado.model.Namespaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Scores the extractors on the evaluation set written for the tests ({@code src/test/resources/eval})
 * and prints the table with details. Scores are a measurement, not a pass/fail: the test checks
 * only that every release was scored and that the totals add up to the gold counts.
 */
class EvalSetTest {

    private static final Path EVAL = Path.of("src/test/resources/eval");

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void everyReleaseOfTheEvalSetIsScoredAndTotalsAddUp() throws Exception {
        Evaluation evaluation = new Evaluation(EVAL, true);
        List<GoldRelease> golds = evaluation.gold();
        assertEquals(10, golds.size(), "gold files");
        Evaluation.Result result = evaluation.buildAndScore(Namespaces.DEFAULT_BASE, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        ScoreReport report = result.report();
        System.out.println("Evaluation set (" + EVAL + "):");
        System.out.print(report.table());

        assertTrue(result.buildFailures().isEmpty(), "build failures: " + result.buildFailures());
        assertFalse(report.lines().stream().anyMatch(l -> l.endsWith("NO OUTPUT")), "a release got no output");
        for (String kind : GoldRelease.ENTITY_KINDS) {
            assertEquals(golds.stream().mapToInt(g -> g.entities().get(kind).size()).sum(), tpPlusFn(report, kind), kind);
            for (String lang : List.of("en", "es"))
                assertEquals(golds.stream().filter(g -> g.language().equals(lang)).mapToInt(g -> g.entities().get(kind).size()).sum(),
                        tpPlusFn(report, lang + ":" + kind), lang + ":" + kind);
        }
        assertEquals(golds.stream().mapToInt(g -> g.quantities().size()).sum(), tpPlusFn(report, "quantities"), "quantities");
        assertEquals(golds.stream().mapToInt(g -> g.quotes().size()).sum(), tpPlusFn(report, "quotes"), "quotes");
        for (ScoreReport.Totals t : report.totals().values())
            assertTrue(t.extra() <= ("dup".equals(t.extraName()) ? t.fp() : t.tp()), "extra counts within their base");
    }

    private static int tpPlusFn(ScoreReport report, String category) {
        ScoreReport.Totals t = report.totals().get(category);
        return t.tp() + t.fn();
    }
}
