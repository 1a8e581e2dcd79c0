package org.comunicado.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.comunicado.extract.Claim;
import org.comunicado.extract.Entity;
import org.comunicado.extract.EntityFindings;
import org.comunicado.extract.EntityKind;
import org.comunicado.extract.Findings;
import org.comunicado.extract.Mention;
import org.comunicado.ingest.Release;
import org.comunicado.ingest.Span;
import org.comunicado.model.Iris;
import org.comunicado.model.Namespaces;
import org.comunicado.model.Nif;
import org.comunicado.model.Schema;
import org.junit.jupiter.api.Test;

/**
 * The mapper emits each triple once, although it checks only the triples that can repeat in a
 * set: these are the findings where others repeat.
 */
class ReleaseMapperTest {
    private static final String TEXT = "Mexico and Chile sign.\nMexico 😀 and Chile agree.";
    private static final Span MEXICO = new Span(0, 6);
    private static final Span CHILE = new Span(11, 16);

    private static final Entity MX = country("country/mex", "Mexico");
    private static final Entity CL = country("country/chl", "Chile");

    private static Entity country(String id, String name) {
        return new Entity(EntityKind.COUNTRY, id, name, List.of(), List.of(), List.of(), List.of(), Optional.empty());
    }

    private static List<Triple> map(String text, List<Mention> mentions, List<Claim> claims) {
        Release r = new Release("file:///x.txt", text, "en", new Span(0, text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n')),
                Optional.empty(), Optional.empty(), List.of(), List.of(), List.of());
        EntityFindings none = new EntityFindings(List.of(), List.of());
        Findings f = new Findings(r, none, none, none, none, none, List.of(), claims, Optional.empty(), List.of(CL, MX), mentions);
        return new ReleaseMapper(new Iris(Namespaces.DEFAULT_BASE)).map(f, "x").triples();
    }

    private static void assertNoRepeats(List<Triple> triples) {
        assertEquals(new HashSet<>(triples).size(), triples.size(), "a triple emitted twice");
    }

    private static long count(List<Triple> triples, Node predicate) {
        return triples.stream().filter(t -> t.getPredicate().equals(predicate)).count();
    }

    @Test
    void aSpanNamingTwoEntitiesIsOnePhraseOfOneType() {
        List<Triple> triples = map(TEXT, List.of(
                new Mention(MEXICO, "country/chl", EntityKind.COUNTRY),
                new Mention(MEXICO, "country/mex", EntityKind.COUNTRY),
                new Mention(MEXICO, "country/mex", EntityKind.COUNTRY)), List.of());
        assertNoRepeats(triples);
        assertEquals(2, count(triples, Nif.taIdentRef));
        assertEquals(1, count(triples, Nif.taClassRef));
        assertEquals(1, count(triples, Nif.anchorOf));
    }

    @Test
    void mentionsOutOfTextOrderAreLinkedOnce() {
        List<Triple> triples = map(TEXT, List.of(
                new Mention(MEXICO, "country/mex", EntityKind.COUNTRY),
                new Mention(CHILE, "country/chl", EntityKind.COUNTRY),
                new Mention(MEXICO, "country/mex", EntityKind.COUNTRY)), List.of());
        assertNoRepeats(triples);
        assertEquals(2, count(triples, Nif.taIdentRef));
    }

    @Test
    void aTextWithSurrogatePairsIsLinkedOnceToo() {
        int second = TEXT.indexOf("Mexico", 1);
        Span later = new Span(second, second + 6);
        // Offsets in code points: the emoji is one, its span's end is one less than in chars.
        int emoji = TEXT.indexOf('😀');
        Span face = new Span(emoji, emoji + 2);
        List<Triple> triples = map(TEXT, List.of(
                new Mention(later, "country/mex", EntityKind.COUNTRY),
                new Mention(face, "country/mex", EntityKind.COUNTRY),
                new Mention(MEXICO, "country/mex", EntityKind.COUNTRY),
                new Mention(later, "country/mex", EntityKind.COUNTRY)), List.of());
        assertNoRepeats(triples);
        assertEquals(3, count(triples, Nif.taIdentRef));
        assertEquals(1, triples.stream().filter(t -> t.getSubject().getURI().endsWith("#char=" + emoji + "," + (emoji + 1))
                && t.getPredicate().equals(Nif.anchorOf)).count());
    }

    @Test
    void aPhraseSpanningTheWholeTextIsTheContextWithItsOffsetsOnce() {
        String text = "Mexico";
        List<Triple> triples = map(text, List.of(new Mention(MEXICO, "country/mex", EntityKind.COUNTRY)), List.of());
        assertNoRepeats(triples);
        assertEquals(1, count(triples, Nif.beginIndex));
        assertEquals(1, count(triples, Nif.endIndex));
        assertEquals(1, count(triples, Nif.referenceContext));
        Node context = triples.stream().filter(t -> t.getObject().equals(Nif.Context)).findFirst().orElseThrow().getSubject();
        assertEquals(List.of(Nif.Context, Nif.Phrase), triples.stream()
                .filter(t -> t.getSubject().equals(context) && t.getPredicate().equals(RDF.type.asNode()))
                .map(Triple::getObject).toList());
    }

    @Test
    void aClaimAboutAnEntityTwiceIsAboutItOnce() {
        List<Claim> claims = new ArrayList<>();
        claims.add(new Claim(new Span(0, 22), Optional.empty(), List.of("country/mex", "country/chl", "country/mex"), List.of()));
        claims.add(new Claim(new Span(0, 22), Optional.empty(), List.of("country/mex"), List.of()));
        List<Triple> triples = map(TEXT, List.of(), claims);
        assertNoRepeats(triples);
        assertEquals(3, count(triples, Schema.about));
        // Both claims have the same words: one phrase is the evidence of both.
        assertEquals(1, count(triples, Nif.anchorOf));
    }
}
