package org.comunicado.extract;

import static org.comunicado.extract.ExtractorFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.comunicado.ingest.Span;
import org.junit.jupiter.api.Test;

class RepeatedQuantitiesTest {

    private static List<String> evidence(Findings f) {
        return f.claims().stream().flatMap(c -> c.quantities().stream()).map(q -> q.span().of(f.release().text())).toList();
    }

    @Test
    void figureInTheHeadlineYieldsToTheBodySentence() {
        Findings f = run("Consulates recover 120 paintings\n\nThe ministry said that consulates recovered 120 paintings from auctions.\n");
        assertEquals(List.of("120 paintings"), evidence(f));
        assertEquals(1, f.claims().size());
        assertEquals(true, f.claims().get(0).text().of(f.release().text()).startsWith("The ministry said"));
    }

    @Test
    void laterReferenceToTheSameFigureIsNotASecondClaim() {
        Findings f = run("Title\n\nThe secretary met 40 consuls in Chicago. She told the 40 consuls to hold weekly meetings.\n");
        assertEquals(List.of("40 consuls"), evidence(f));
    }

    @Test
    void sameNumberOfDifferentThingsIsKept() {
        Findings f = run("Title\n\nMexico sent 40 doctors and 40 nurses to the region.\n");
        assertEquals(List.of("40 doctors", "40 nurses"), evidence(f));
    }

    @Test
    void fewAndManyQuantitiesKeepTheFirstStatementOfEachFigure() {
        Random random = new Random(31);
        String[] values = {"5", "5.0", "5.00", "50", "0", "0.0", "12"};
        String[] units = {"people", "percent", "USD"};
        for (int round = 0; round < 2_000; round++) {
            List<Span> headlines = List.of(new Span(0, 10));
            List<Quantity> quantities = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(60); i < n; i++) {
                int at = random.nextInt(40);
                quantities.add(new Quantity(new Span(at, at + 1), new BigDecimal(values[random.nextInt(values.length)]),
                        units[random.nextInt(units.length)], "x", Optional.empty(), Optional.empty(),
                        Optional.empty(), new Span(0, 40)));
            }
            // The first statement of each figure in the body, or in a headline when the body never states it.
            Set<String> body = new HashSet<>();
            for (Quantity q : quantities) if (q.span().begin() >= 10) body.add(figure(q));
            Set<String> kept = new HashSet<>();
            List<Quantity> expected = new ArrayList<>();
            for (Quantity q : quantities) {
                if (q.span().begin() < 10 && body.contains(figure(q))) continue;
                if (kept.add(figure(q))) expected.add(q);
            }
            assertEquals(expected, RepeatedQuantities.firstStatements(quantities, headlines));
        }
    }

    private static String figure(Quantity q) {
        return q.value().stripTrailingZeros().toPlainString() + " " + q.unit();
    }
}
