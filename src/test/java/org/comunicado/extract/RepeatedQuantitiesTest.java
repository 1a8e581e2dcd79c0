package org.comunicado.extract;

import static org.comunicado.extract.ExtractorFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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
}
