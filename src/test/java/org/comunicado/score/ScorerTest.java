package org.comunicado.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.comunicado.score.GoldRelease.Quantity;
import org.comunicado.score.GoldRelease.Quote;
import org.junit.jupiter.api.Test;

/** The reference scorer's rules, one per test, on hand-made items. */
class ScorerTest {

    @Test
    void normFoldsAccentsCasePossessivesPunctuationAndLeadingArticle() {
        assertEquals("secretaria de relaciones exteriores", Names.norm("la Secretaría de Relaciones Exteriores"));
        assertEquals("mexico government", Names.norm("Mexico’s Government"));
        assertEquals("u s", Names.norm("U.S."));
        assertEquals("77%", Names.norm(" 77% "));
        assertEquals("", Names.norm(null));
    }

    @Test
    void lenientMatchNeedsContainmentAndTwoSharedTokens() {
        assertTrue(Names.lenient("juan ramon de la fuente", "juan ramon de la fuente ramirez"));
        assertFalse(Names.lenient("fuente", "juan ramon de la fuente"));
    }

    @Test
    void countriesMatchByIsoCodeOrAlias() {
        Item us = Item.system(List.of("EE.UU."), null);
        Scorer.Outcome o = Scorer.entities(List.of(us), List.of(Item.gold("United States", List.of(), "USA")), List.of(), "countries");
        assertEquals(1, o.tp());
    }

    @Test
    void secondSystemEntityForTheSameGoldIsADuplicate() {
        List<Item> sys = List.of(Item.system(List.of("Luisa María Alcalde"), null), Item.system(List.of("Alcalde"), null));
        Scorer.Outcome o = Scorer.entities(sys, List.of(Item.gold("Luisa María Alcalde", List.of("Alcalde"), null)), List.of(), "persons");
        assertEquals(List.of(1, 1, 0, 1), List.of(o.tp(), o.fp(), o.fn(), o.extra()));
    }

    @Test
    void optionalItemsAreNeitherHitsNorMisses() {
        Scorer.Outcome o = Scorer.entities(List.of(Item.system(List.of("Mexican government"), null)), List.of(),
                List.of(Item.gold("Mexican Government", List.of(), null)), "organizations");
        assertEquals(List.of(0, 0, 0), List.of(o.tp(), o.fp(), o.fn()));
    }

    @Test
    void quantitiesMatchByValueWithinRelativeTolerance() {
        Quantity sys = new Quantity(200000000.0001, "200000000.0001", "vaccines", "vaccines");
        Quantity gold = new Quantity(2e8, "200000000", "vaccines", "vaccines");
        Scorer.Outcome o = Scorer.quantities(List.of(sys), List.of(gold), List.of());
        assertEquals(List.of(1, 0, 0, 1), List.of(o.tp(), o.fp(), o.fn(), o.extra()));
    }

    @Test
    void quoteMatchesWhenItsStartIsNearTheBeginningAndSpeakerByAlias() {
        Quote sys = new Quote(null, null, "[...] She has received unprecedented popular support", List.of("de la Fuente"));
        Quote gold = new Quote("Juan Ramón de la Fuente Ramírez", "She has received unprecedented", null, List.of());
        Item person = Item.gold("Juan Ramón de la Fuente Ramírez", List.of("de la Fuente"), null);
        Scorer.Outcome o = Scorer.quotes(List.of(sys), List.of(gold), List.of(person), List.of());
        assertEquals(List.of(1, 0, 0, 1), List.of(o.tp(), o.fp(), o.fn(), o.extra()));
    }

    @Test
    void emptyDenominatorsFollowTheReferenceDefinitions() {
        assertEquals(List.of(1.0, 1.0, 1.0), toList(ScoreReport.prf(0, 0, 0)));
        assertEquals(List.of(0.0, 0.0, 0.0), toList(ScoreReport.prf(0, 0, 2)));
    }

    @Test
    void tableRoundsTheExactBinaryValueHalfToEven() {
        assertEquals(" 0.062", Py.fixed3(0.0625, 6));
        assertEquals("['a', \"it's\"]", Py.repr(List.of("a", "it's")));
        assertEquals("200000000.0", Py.floatRepr(2e8));
        assertEquals("12000000", Py.str(org.apache.jena.atlas.json.JSON.parseAny("12000000")));
        assertEquals("12.0", Py.str(org.apache.jena.atlas.json.JSON.parseAny("12.0")));
    }

    @Test
    void sourceKeyIsTheDecodedFileName() {
        assertEquals("año 1.txt", SystemRelease.key("file:///tmp/a%C3%B1o%201.txt"));
    }

    private static List<Double> toList(double[] a) {
        return List.of(a[0], a[1], a[2]);
    }
}
