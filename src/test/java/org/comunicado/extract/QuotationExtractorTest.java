package org.comunicado.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.comunicado.ingest.Span;
import org.junit.jupiter.api.Test;

class QuotationExtractorTest {

    private static final String ROSA = "person/rosa-mendez";
    private static final String TOMAS = "person/tomas-iturbe";
    private static final String SRE = "org/sre";
    private static final String UNICEF = "org/unicef";

    private static final QuotationExtractor EXTRACTOR = new QuotationExtractor();

    // ---- detection ----------------------------------------------------------------------------

    @Test
    void straightQuotesAreQuotes() {
        Release r = release("en", "The talks ended late. \"Our partners kept every promise they made,\" Rosa Méndez said.")
                .person(ROSA, "Rosa Méndez");
        assertEquals(List.of("Our partners kept every promise they made,"), r.quoteTexts());
    }

    @Test
    void curlyQuotesAreQuotes() {
        Release r = release("en", "“We will open four new offices this year,” said Rosa Méndez.").person(ROSA, "Rosa Méndez");
        assertEquals(List.of("We will open four new offices this year,"), r.quoteTexts());
    }

    @Test
    void guillemetsAreQuotes() {
        Release r = release("es", "«Vamos a fortalecer la red consular en todo el país», dijo Rosa Méndez.")
                .person(ROSA, "Rosa Méndez");
        assertEquals(List.of("Vamos a fortalecer la red consular en todo el país"), r.quoteTexts());
    }

    @Test
    void longSingleCurlyQuotesAreQuotesButApostrophesAreNot() {
        Release r = release("en", "The ministry’s envoy said: ‘Our doors stay open to every family that needs help.’")
                .org(SRE, "ministry");
        assertEquals(List.of("Our doors stay open to every family that needs help."), r.quoteTexts());
    }

    @Test
    void nestedQuoteStaysInsideTheOuterQuotation() {
        Release r = release("en", "“They told us ‘we will never give up on this valley’ and we believed them,” Rosa Méndez said.")
                .person(ROSA, "Rosa Méndez");
        assertEquals(List.of("They told us ‘we will never give up on this valley’ and we believed them,"), r.quoteTexts());
    }

    @Test
    void scareQuotesAreNotQuotations() {
        Release r = release("es", "El gobierno rechazó la medida «unilateral» y el trato “inamistoso” de sus vecinos.");
        assertEquals(List.of(), r.quoteTexts());
    }

    @Test
    void shortQuoteEndingASentenceIsAQuotation() {
        Release r = release("en", "\"We won!\" said Rosa Méndez.").person(ROSA, "Rosa Méndez");
        assertEquals(List.of("We won!"), r.quoteTexts());
    }

    @Test
    void quotedProgrammeNamesAreNotQuotations() {
        Release r = release("en", "The ministry presented the “Safe Roads For Young Travellers” scheme today.");
        assertEquals(List.of(), r.quoteTexts());
    }

    @Test
    void quoteRunningOverTwoParagraphsIsOne() {
        Release r = release("en",
                "\"The first part of the plan is already under way.",
                "\"The second part starts in spring,\" Rosa Méndez said.").person(ROSA, "Rosa Méndez");
        List<Quotation> quotes = r.extract();
        assertEquals(1, quotes.size());
        String text = r.text(quotes.get(0));
        assertTrue(text.startsWith("The first part") && text.endsWith("starts in spring,"), text);
        assertEquals(Optional.of(ROSA), quotes.get(0).speakerId());
    }

    @Test
    void quoteClosingInALaterParagraphIsOne() {
        Release r = release("es",
                "«La primera etapa ya comenzó en el norte.",
                "La segunda empezará en primavera», dijo Rosa Méndez.").person(ROSA, "Rosa Méndez");
        List<Quotation> quotes = r.extract();
        assertEquals(1, quotes.size());
        assertTrue(r.text(quotes.get(0)).endsWith("empezará en primavera"));
        assertEquals(Optional.of(ROSA), quotes.get(0).speakerId());
    }

    @Test
    void quoteTextExcludesMarksAndSurroundingSpace() {
        Release r = release("en", "\u201C  Trade grew again in the last quarter, \u201D Rosa Méndez said.").person(ROSA, "Rosa Méndez");
        assertEquals(List.of("Trade grew again in the last quarter,"), r.quoteTexts());
    }

    @Test
    void repeatedHeadlineQuoteIsKeptOnce() {
        Release r = release("en",
                "\"No family will be left alone,\" says Rosa Méndez",
                "\"No family will be left alone,\" says Rosa Méndez").person(ROSA, "Rosa Méndez");
        assertEquals(1, r.extract().size());
    }

    // ---- frames -------------------------------------------------------------------------------

    @Test
    void saidAfterQuoteNamesSpeaker() {
        Release r = release("en", "\"The border crossings will stay open,\" said Rosa Méndez.").person(ROSA, "Rosa Méndez");
        assertEquals(List.of(Optional.of(ROSA)), r.speakers());
    }

    @Test
    void nameBeforeVerbAfterQuoteNamesSpeaker() {
        Release r = release("en", "“Nobody will push us around,” Minister Tomás Iturbe told the visiting delegation.")
                .person(TOMAS, "Tomás Iturbe");
        assertEquals(List.of(Optional.of(TOMAS)), r.speakers());
    }

    @Test
    void colonFrameBeforeQuote() {
        Release r = release("en", "Rosa Méndez stated: \"Our consulates will answer every call within a day.\"")
                .person(ROSA, "Rosa Méndez");
        assertEquals(List.of(Optional.of(ROSA)), r.speakers());
    }

    @Test
    void spanishRevirColonFrameSkipsPrepositionalObject() {
        Release r = release("es", "La enviada, Rosa Méndez, quien respondió a las críticas del ministro Tomás Iturbe, reviró: "
                + "“Nuestra posición es firme y no va a cambiar”.")
                .person(ROSA, "Rosa Méndez").person(TOMAS, "Tomás Iturbe");
        assertEquals(List.of(Optional.of(ROSA)), r.speakers());
    }

    @Test
    void pronounFrameBeforeQuote() {
        Release r = release("en", "Rosa Méndez opened the forum.",
                "She added, \"Every region will have a voice in this process.\"").person(ROSA, "Rosa Méndez");
        assertEquals(List.of(Optional.of(ROSA)), r.speakers());
    }

    @Test
    void accordingToFrameBeforeQuote() {
        Release r = release("en", "According to Rosa Méndez, \"the agreement protects seasonal workers from abuse.\"")
                .person(ROSA, "Rosa Méndez");
        assertEquals(List.of(Optional.of(ROSA)), r.speakers());
    }

    @Test
    void quotationSplitByItsFrameHasOneSpeakerForBothParts() {
        Release r = release("en", "Rosa Méndez met Tomás Iturbe. \"We are fully ready,\" she said, \"for any scenario.\"")
                .person(ROSA, "Rosa Méndez").person(TOMAS, "Tomás Iturbe");
        assertEquals(List.of(Optional.of(ROSA), Optional.of(ROSA)), r.speakers());
    }

    @Test
    void spanishDeAcuerdoConFrameBeforeQuote() {
        Release r = release("es", "De acuerdo con la SRE, \"la red consular atendió todas las solicitudes recibidas\".")
                .org(SRE, "SRE");
        assertEquals(List.of(Optional.of(SRE)), r.speakers());
    }

    @Test
    void speechVerbEarlierInTheSentenceNamesSpeaker() {
        Release r = release("en", "Rosa Méndez stressed that \"the vaccines must be kept cold from port to clinic.\"")
                .person(ROSA, "Rosa Méndez");
        assertEquals(List.of(Optional.of(ROSA)), r.speakers());
    }

    @Test
    void headlineQuoteWithSaysFrame() {
        Release r = release("en", "• \"We stand with our citizens abroad,\" says Secretary Iturbe to the consuls in Chicago")
                .person(TOMAS, "Iturbe");
        assertEquals(List.of(Optional.of(TOMAS)), r.speakers());
    }

    @Test
    void headlineQuoteWithColonByline() {
        Release r = release("es", "“No vamos a permitir ningún trato injusto a nuestra gente”: Iturbe").person(TOMAS, "Iturbe");
        assertEquals(List.of(Optional.of(TOMAS)), r.speakers());
    }

    @Test
    void straightQuoteGluedToCommaStillOpens() {
        Release r = release("en", "Rosa Méndez said,\"Our offices will stay open all weekend.\"").person(ROSA, "Rosa Méndez");
        assertEquals(List.of("Our offices will stay open all weekend."), r.quoteTexts());
        assertEquals(List.of(Optional.of(ROSA)), r.speakers());
    }

    @Test
    void personPreferredOverOrganizationInFrame() {
        Release r = release("es", "“Actuamos con apego al derecho internacional”, señaló el subsecretario de la SRE, Tomás Iturbe.")
                .org(SRE, "SRE").person(TOMAS, "Tomás Iturbe");
        assertEquals(List.of(Optional.of(TOMAS)), r.speakers());
    }

    @Test
    void countryInFrameIsNoSpeaker() {
        Release r = release("en", "\"We expect an answer by Friday at the latest,\" Peru said.").country("country/per", "Peru");
        assertEquals(List.of(Optional.empty()), r.speakers());
    }

    // ---- pronouns, titles, bare verbs ---------------------------------------------------------

    @Test
    void pronounResolvesToLastPerson() {
        Release r = release("en", "Rosa Méndez met the press.",
                "\"We have doubled the number of mobile consulates,\" she said.").person(ROSA, "Rosa Méndez");
        assertEquals(List.of(Optional.of(ROSA)), r.speakers());
    }

    @Test
    void pronounSkipsPersonNamedAsObject() {
        Release r = release("en", "Rosa Méndez presented the plan under the guidance of President Tomás Iturbe.",
                "\"The plan reaches every state of the country,\" she said.")
                .person(ROSA, "Rosa Méndez").person(TOMAS, "Tomás Iturbe");
        assertEquals(List.of(Optional.of(ROSA)), r.speakers());
    }

    @Test
    void possessiveBeforeTitleKeepsNameASubject() {
        Release r = release("en", "On Monday, Mexico's Foreign Secretary Rosa Méndez welcomed President Tomás Iturbe.",
                "\"This visit opens a new chapter for both nations,\" she said.")
                .person(ROSA, "Rosa Méndez").person(TOMAS, "Tomás Iturbe");
        assertEquals(List.of(Optional.of(ROSA)), r.speakers());
    }

    @Test
    void titlePhraseAsObjectIsNotTheSpeaker() {
        Release r = release("en", "Tomás Iturbe met the Foreign Secretary and declared: \"The border will remain open to trade.\"")
                .person(TOMAS, "Tomás Iturbe");
        assertEquals(List.of(Optional.of(TOMAS)), r.speakers());
    }

    @Test
    void titleAloneResolvesToPersonWithThatTitle() {
        Release r = release("en", "Foreign Secretary Rosa Méndez and Interior Secretary Tomás Iturbe met today.",
                "\"Migrants deserve dignified work,\" said the foreign secretary.")
                .person(ROSA, "Rosa Méndez", "Foreign Secretary").person(TOMAS, "Tomás Iturbe", "Interior Secretary");
        assertEquals(List.of(Optional.of(ROSA)), r.speakers());
    }

    @Test
    void titleResolvesThroughASynonymOfTheOffice() {
        Release r = release("en", "Foreign Secretary Rosa Méndez received Tomás Iturbe.",
                "\"Our agenda with Canada has never been broader,\" the Foreign Minister said.")
                .person(ROSA, "Rosa Méndez").person(TOMAS, "Tomás Iturbe");
        assertEquals(List.of(Optional.of(ROSA)), r.speakers());
    }

    @Test
    void titleResolvesToPersonNamedWithIt() {
        Release r = release("en", "Ambassador Tomás Iturbe met Rosa Méndez in Ottawa.",
                "\"Our countries share a long border and longer friendship,\" the Ambassador said.")
                .person(TOMAS, "Tomás Iturbe").person(ROSA, "Rosa Méndez");
        assertEquals(List.of(Optional.of(TOMAS)), r.speakers());
    }

    @Test
    void spanishAfirmoLaDependenciaResolvesToOrganization() {
        Release r = release("es", "La SRE informó sobre el caso de la flotilla de UNICEF.",
                "«Hemos pedido garantías para todas las personas mexicanas a bordo», afirmó la dependencia en un comunicado.")
                .org(SRE, "SRE").org(UNICEF, "UNICEF");
        assertEquals(List.of(Optional.of(SRE)), r.speakers());
    }

    @Test
    void spanishBareVerbTakesSubjectOfPreviousSentence() {
        Release r = release("es", "La SRE detalló que la reunión se celebró en Lima.",
                "\"Los países acordaron un plan común de trabajo para el próximo año\", indicó.").org(SRE, "SRE");
        assertEquals(List.of(Optional.of(SRE)), r.speakers());
    }

    @Test
    void unresolvedSpeakerGivesNoSpeaker() {
        Release r = release("en", "Rosa Méndez opened the meeting.",
                "\"Prices will fall before winter,\" said a spokesperson for the company.").person(ROSA, "Rosa Méndez");
        assertEquals(List.of(Optional.empty()), r.speakers());
    }

    @Test
    void namesInsideAQuotationAreNotSpeakers() {
        Release r = release("en", "The SRE issued a note.",
                "\"UNICEF has asked for safe passage for the convoy,\" the ministry said.").org(SRE, "SRE").org(UNICEF, "UNICEF");
        assertEquals(List.of(Optional.of(SRE)), r.speakers());
    }

    // ---- quotations without a frame -----------------------------------------------------------

    @Test
    void noFrameMeansNoSpeaker() {
        Release r = release("en", "The talks ended late on Tuesday.", "\"Every promise made here will be kept.\"");
        assertEquals(List.of(Optional.empty()), r.speakers());
    }

    @Test
    void unframedQuoteAfterReportedSpeechTakesThatSpeaker() {
        Release r = release("en", "Rosa Méndez explained the new visa rules. \"They cut the waiting time by half.\"")
                .person(ROSA, "Rosa Méndez");
        assertEquals(List.of(Optional.of(ROSA)), r.speakers());
    }

    @Test
    void unframedQuoteContinuesPreviousParagraphSpeaker() {
        Release r = release("en", "\"We have opened four offices,\" Rosa Méndez said.",
                "\"We will open four more before the end of the year.\"").person(ROSA, "Rosa Méndez");
        assertEquals(List.of(Optional.of(ROSA), Optional.of(ROSA)), r.speakers());
    }

    @Test
    void anotherPersonAsSubjectEndsTheContinuation() {
        Release r = release("en", "\"We have opened four offices,\" Rosa Méndez said. Tomás Iturbe then visited the border.",
                "\"The crossing takes less than an hour now.\"").person(ROSA, "Rosa Méndez").person(TOMAS, "Tomás Iturbe");
        assertEquals(List.of(Optional.of(ROSA), Optional.empty()), r.speakers());
    }

    @Test
    void reportedSpeechWithUnclearSpeakerEndsTheContinuation() {
        Release r = release("en", "\"We have opened four offices,\" Rosa Méndez said.",
                "A union leader noted that the offices were understaffed. \"There are two clerks for every thousand people.\"")
                .person(ROSA, "Rosa Méndez");
        assertEquals(List.of(Optional.of(ROSA), Optional.empty()), r.speakers());
    }

    // ---- fixture ------------------------------------------------------------------------------

    private Release release(String language, String... paragraphs) {
        return new Release(language, String.join("\n\n", paragraphs));
    }

    /** A text with its blocks (its paragraphs) and the mentions a test declares, found by search. */
    private final class Release {
        private final String language;
        private final String text;
        private final List<Mention> mentions = new ArrayList<>();
        private final Map<String, Entity> entities = new HashMap<>();

        Release(String language, String text) {
            this.language = language;
            this.text = text;
        }

        Release person(String id, String surface, String... titles) {
            List<LangString> jobTitles = new ArrayList<>();
            for (String t : titles) jobTitles.add(new LangString(t, language));
            return add(new Entity(EntityKind.PERSON, id, surface, List.of(), List.of(), List.of(), jobTitles, Optional.empty()), surface);
        }

        Release org(String id, String surface) {
            return add(new Entity(EntityKind.ORGANIZATION, id, surface, List.of(), List.of(), List.of(), List.of(), Optional.empty()), surface);
        }

        Release country(String id, String surface) {
            return add(new Entity(EntityKind.COUNTRY, id, surface, List.of(), List.of(), List.of(), List.of(), Optional.empty()), surface);
        }

        private Release add(Entity e, String surface) {
            entities.put(e.id(), e);
            for (int i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
                mentions.add(new Mention(new Span(i, i + surface.length()), e.id(), e.kind()));
            }
            mentions.sort(null);
            return this;
        }

        List<Span> blocks() {
            List<Span> out = new ArrayList<>();
            int start = 0;
            for (int i = text.indexOf("\n\n"); i >= 0; i = text.indexOf("\n\n", start)) {
                out.add(new Span(start, i));
                start = i + 2;
            }
            out.add(new Span(start, text.length()));
            return out;
        }

        List<Quotation> extract() {
            return EXTRACTOR.extract(text, blocks(), language, mentions, entities);
        }

        List<String> quoteTexts() {
            return extract().stream().map(this::text).toList();
        }

        List<Optional<String>> speakers() {
            return extract().stream().map(Quotation::speakerId).toList();
        }

        String text(Quotation q) {
            return q.text().of(text);
        }
    }
}
