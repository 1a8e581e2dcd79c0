package org.comunicado.extract;

import static org.comunicado.extract.ExtractorFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import org.comunicado.ingest.Span;
import org.junit.jupiter.api.Test;

class ClaimExtractorTest {

    @Test
    void quantityInsideAQuotationIsClaimedByItsSpeaker() {
        Findings f = run("Foreign Secretary Tomasa Irigoyen Basave spoke. \"We have opened 14 new offices this year,\" Irigoyen said.\n");
        Claim c = f.claims().get(0);
        assertEquals(Optional.of("person/tomasa-irigoyen-basave"), c.authorId());
        assertEquals(new BigDecimal("14"), c.quantities().get(0).value());
    }

    @Test
    void reportedSpeechNamesTheAuthor() {
        Findings f = run("Ambassador Teodora Quintanilla Reyes stated that 3,500 visas were issued in May.\n");
        assertEquals(Optional.of("person/teodora-quintanilla-reyes"), f.claims().get(0).authorId());
    }

    @Test
    void pronounSubjectResolvesToTheLastPerson() {
        Findings f = run("Ambassador Teodora Quintanilla Reyes visited the port. She noted that 40 ships were inspected.\n");
        assertEquals(Optional.of("person/teodora-quintanilla-reyes"), f.claims().get(0).authorId());
    }

    @Test
    void claimWithoutSpeakerIsLeftToThePublisher() {
        Findings f = run("The consulates processed 2,000 requests in March.\n");
        assertEquals(Optional.empty(), f.claims().get(0).authorId());
    }

    @Test
    void quantitiesOfOneSentenceMakeOneClaimAboutItsEntities() {
        Findings f = run("Mexico sent 30 doctors and 12 nurses to Peru.\n");
        assertEquals(1, f.claims().size());
        Claim c = f.claims().get(0);
        assertEquals(2, c.quantities().size());
        assertTrue(c.aboutIds().containsAll(java.util.List.of("country/MEX", "country/PER")), c.aboutIds().toString());
    }

    @Test
    void accordingToATitleNamesThePersonWhoHoldsIt() {
        Findings f = run("Foreign Secretary Tomasa Irigoyen Basave visited Denver. According to the Foreign Secretary, attendance rose 35% compared to 2024.\n");
        assertEquals(Optional.of("person/tomasa-irigoyen-basave"), f.claims().get(0).authorId());
    }

    @Test
    void accordingToAnOrganization() {
        Findings f = run("Title\n\nAccording to the International Organization for Migration, 2,300 people crossed the border.\n");
        assertTrue(f.claims().get(0).authorId().orElseThrow().startsWith("org/"), f.claims().toString());
    }

    @Test
    void titleSubjectOfASpeechVerbNamesThePerson() {
        Findings f = run("Ambassador Teodora Quintanilla Reyes arrived. The Ambassador noted that 40 ships were inspected.\n");
        assertEquals(Optional.of("person/teodora-quintanilla-reyes"), f.claims().get(0).authorId());
    }

    @Test
    void quantitiesOfAClauseMakeOneClaimWhereverTheyStandInTheList() {
        Span first = new Span(0, 10);
        Span second = new Span(11, 20);
        List<Quantity> quantities = List.of(quantity(12, second), quantity(2, first), quantity(15, second));
        List<Claim> claims = new ClaimExtractor().extract("x".repeat(20), quantities, List.of(),
                List.of(), Map.of());
        assertEquals(List.of(first, second), claims.stream().map(Claim::text).toList());
        assertEquals(List.of(quantities.get(0), quantities.get(2)), claims.get(1).quantities());
    }

    private static Quantity quantity(int at, Span clause) {
        return new Quantity(new Span(at, at + 1), BigDecimal.ONE, "items", "items", Optional.empty(),
                Optional.empty(), Optional.empty(), clause);
    }

    @Test
    void accordingToIsFoundWhereTheSearchForItFindsIt() {
        String[] pieces = {"according", "According", "ACCORDING", "to", "según", "Según", "SEGÚN", "de", "De", "acuerdo",
                "con", "the", "x", " ", " ", " ", "\n", "  ", ",", "(", "é"};
        Random random = new Random(19);
        for (int round = 0; round < 50_000; round++) {
            String text = RandomTexts.of(random, pieces, 12);
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            Matcher expected = ClaimExtractor.ACCORDING_TO.first(text, from, to);
            Matcher actual = ClaimExtractor.accordingToMatch(text, from, to);
            String where = "[" + text + "] " + from + ".." + to;
            assertEquals(expected == null, actual == null, where);
            if (expected != null) assertEquals(List.of(expected.start(), expected.end()), List.of(actual.start(), actual.end()), where);
        }
    }
}
