package org.comunicado.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.comunicado.ingest.Span;
import org.junit.jupiter.api.Test;

class QuantityExtractorTest {

    private static final QuantityExtractor EXTRACTOR = new QuantityExtractor();

    private static List<Quantity> en(String text) {
        return EXTRACTOR.extract(text, List.of(new Span(0, text.length())), "en");
    }

    private static List<Quantity> es(String text) {
        return EXTRACTOR.extract(text, List.of(new Span(0, text.length())), "es");
    }

    private static Quantity only(List<Quantity> found) {
        assertEquals(1, found.size(), () -> "expected one quantity, got " + found);
        return found.get(0);
    }

    private static void assertValue(String expected, Quantity q) {
        assertEquals(0, new BigDecimal(expected).compareTo(q.value()), () -> "value " + q.value());
    }

    @Test
    void percentWithComparisonKeepsBaselineAndDirection() {
        String text = "Exports to the region fell by 12% compared to March, the ministry said.";
        Quantity q = only(en(text));
        assertValue("12", q);
        assertEquals("percent", q.unit());
        assertEquals("12%", q.span().of(text));
        assertEquals(Optional.of("March"), q.comparedTo());
        assertEquals(Optional.of(Direction.DECREASE), q.direction());
    }

    @Test
    void increaseNounGovernsTheFollowingPercent() {
        String text = "The embassy handled 4,100 visa files, an increase of 18% over the same period last year.";
        List<Quantity> found = en(text);
        assertEquals(2, found.size());
        assertEquals(Optional.empty(), found.get(0).direction());
        assertEquals(Optional.of(Direction.INCREASE), found.get(1).direction());
        assertEquals(Optional.of("the same period last year"), found.get(1).comparedTo());
    }

    @Test
    void percentWordsAreRecognised() {
        assertEquals("percent", only(en("Turnout reached 64 percent in the north.")).unit());
        assertEquals("percent", only(en("Turnout reached 64 per cent in the north.")).unit());
        assertEquals("percent", only(es("La participación llegó al 64 por ciento en el norte.")).unit());
    }

    @Test
    void millionScalesTheValue() {
        Quantity q = only(en("The programme delivered 120 million meals to schools."));
        assertValue("120000000", q);
        assertEquals("meals", q.unit());
    }

    @Test
    void decimalBeforeAScaleWordIsADecimal() {
        assertValue("8600000", only(en("Officials counted 8.6 million visitors.")));
        assertValue("2700000", only(es("Se registraron 2.7 millones de visitantes.")));
    }

    @Test
    void milMillonesIsABillion() {
        assertValue("1000000000", only(es("El fondo reunió mil millones de pesos.")));
        assertValue("4000000000", only(es("El fondo reunió 4 mil millones de pesos.")));
    }

    @Test
    void billionIsAThousandMillion() {
        assertValue("3000000000", only(en("The bank approved 3 billion dollars in credit.")));
    }

    @Test
    void englishThousandsSeparatorIsAComma() {
        Quantity q = only(en("The office answered 2,345,678 calls."));
        assertValue("2345678", q);
        assertEquals("calls", q.unit());
    }

    @Test
    void spanishThousandsSeparatorIsADot() {
        assertValue("4250", only(es("La embajada emitió 4.250 pasaportes.")));
    }

    @Test
    void spanishCommaThousandsAsWrittenInMexico() {
        assertValue("4250", only(es("La embajada emitió 4,250 pasaportes.")));
    }

    @Test
    void spaceSeparatedGroupsAreThousands() {
        assertValue("4250", only(es("La embajada emitió 4 250 pasaportes.")));
    }

    @Test
    void decimalPercentKeepsItsFraction() {
        assertValue("3.75", only(en("Inflation stood at 3.75% in May.")));
    }

    @Test
    void dollarsBeforeOrAfterAreUsd() {
        Quantity before = only(en("The fund received US$ 5 million from donors."));
        assertValue("5000000", before);
        assertEquals("USD", before.unit());
        assertEquals("US$ 5 million", before.span().of("The fund received US$ 5 million from donors."));
        Quantity after = only(en("The fund received 7 million dollars from donors."));
        assertEquals("USD", after.unit());
        assertEquals("USD", only(es("El fondo recibió 9 millones de dólares.")).unit());
    }

    @Test
    void pesosAreMxn() {
        assertEquals("MXN", only(es("Cada beca otorga 500 pesos al mes.")).unit());
        assertEquals("MXN", only(en("Each grant pays MXN 800 a month.")).unit());
    }

    @Test
    void numberWordCountsPeople() {
        Quantity q = only(en("Eleven Mexican nationals were released on Friday."));
        assertValue("11", q);
        assertEquals("people", q.unit());
        assertEquals("Mexican nationals", q.description());
    }

    @Test
    void numberWordWithModifiersFindsTheNoun() {
        Quantity q = only(en("The state will open four new regional offices."));
        assertValue("4", q);
        assertEquals("offices", q.unit());
        assertEquals("four new regional offices", q.span().of("The state will open four new regional offices."));
    }

    @Test
    void compoundNumberWordsAddUp() {
        assertValue("45", only(en("Forty-five delegations attended.")));
        assertValue("32", only(es("Asistieron treinta y dos delegaciones.")));
        assertValue("250", only(en("They planted two hundred and fifty trees.")));
    }

    @Test
    void spanishNumberWordCountsPeople() {
        Quantity q = only(es("Fueron liberados nueve pescadores mexicanos."));
        assertValue("9", q);
        assertEquals("pescadores mexicanos", q.description());
    }

    @Test
    void spanishNounsAreNamedInEnglishWhereObvious() {
        assertEquals("countries", only(es("Participaron 18 países de la región.")).unit());
        assertEquals("people", only(es("Se atendió a 640 personas en la frontera.")).unit());
        assertEquals("vaccines", only(es("Llegaron 9,000 vacunas al aeropuerto.")).unit());
    }

    @Test
    void aDozenIsTwelve() {
        assertValue("12", only(en("A dozen experts reviewed the draft.")));
    }

    @Test
    void dozensIsNotANumber() {
        assertTrue(en("Dozens of experts reviewed the draft.").isEmpty());
    }

    @Test
    void vaguePluralsAreNotQuantities() {
        assertTrue(en("The program has helped hundreds of thousands of families.").isEmpty());
        assertTrue(en("Thousands of students applied.").isEmpty());
        assertTrue(es("Se recibieron miles de llamadas.").isEmpty());
    }

    @Test
    void oneAsPronounIsNotAQuantity() {
        assertTrue(en("It was one of the best meetings of the year.").isEmpty());
        assertTrue(en("One must remember the history of the region.").isEmpty());
    }

    @Test
    void articlesAreNotQuantities() {
        assertTrue(en("An agreement and a treaty were signed.").isEmpty());
        assertTrue(es("Se firmó un acuerdo y una declaración.").isEmpty());
    }

    @Test
    void numberWordWithoutACountedNounIsSkipped() {
        assertTrue(en("The two agreed to meet again.").isEmpty());
        assertTrue(en("Three of them spoke.").isEmpty());
    }

    @Test
    void numberWordAfterTheDefiniteArticleRefersBack() {
        assertTrue(en("The three ministers then signed the text.").isEmpty());
    }

    @Test
    void datesAreNotQuantities() {
        assertTrue(en("The visit took place on March 14, 2023, in Ottawa.").isEmpty());
        assertTrue(en("The visit took place on 14 March in Ottawa.").isEmpty());
        assertTrue(es("La visita fue el 14 de marzo de 2023.").isEmpty());
        assertTrue(en("Issued 14/03/2023 by the ministry.").isEmpty());
    }

    @Test
    void yearsAreNotQuantities() {
        assertTrue(en("In 2018, the treaty entered into force.").isEmpty());
        assertTrue(en("The council met during 2021-2022 and again since 2023.").isEmpty());
        assertTrue(es("El plan se presentó en 2019.").isEmpty());
    }

    @Test
    void eraYearsAreNotQuantities() {
        assertTrue(en("The vessels date from 900 to 600 BCE and from 1200 CE.").isEmpty());
    }

    @Test
    void ordinalsAreNotQuantities() {
        assertTrue(en("The 4th Ministerial Meeting followed the 21st round.").isEmpty());
        assertTrue(en("It was the first time the group met.").isEmpty());
        assertTrue(es("Se celebró la XV Reunión y el 80 Aniversario de la organización.").isEmpty());
    }

    @Test
    void releaseAndListNumbersAreNotQuantities() {
        assertTrue(en("Press Release 412").isEmpty());
        assertTrue(en("Communiqué No. 07 on consular matters.").isEmpty());
        assertTrue(en("The passports follow Standard 1234 of the agency.").isEmpty());
        assertTrue(en("It entered phase III of the trial.").isEmpty());
    }

    @Test
    void articleNumbersAreNotQuantities() {
        assertTrue(en("Under Article 27 of the Constitution, the state owns the subsoil.").isEmpty());
        assertTrue(es("Conforme al artículo 89 de la Constitución.").isEmpty());
    }

    @Test
    void timesAreNotQuantities() {
        assertTrue(en("The session opened at 09:30 and closed at 6 p.m.").isEmpty());
        assertTrue(es("La reunión empezó a las 10 horas.").isEmpty());
    }

    @Test
    void numbersInNamesAreNotQuantities() {
        assertTrue(en("The G7 and the G-20 discussed SARS-CoV-2 and COVID-19.").isEmpty());
    }

    @Test
    void durationsAreEmittedWithTheirUnit() {
        Quantity q = only(en("The talks lasted 18 months."));
        assertValue("18", q);
        assertEquals("months", q.unit());
    }

    @Test
    void approximateMarkerIsKept() {
        assertEquals(Optional.of("approximately"), only(en("They rescued approximately 340 migrants.")).qualifier());
        assertEquals(Optional.of("more than"), only(en("They rescued more than 340 migrants.")).qualifier());
        assertEquals(Optional.of("up to"), only(en("They can host up to 340 migrants.")).qualifier());
        assertEquals(Optional.of("cerca de"), only(es("Rescataron a cerca de 340 migrantes.")).qualifier());
        assertEquals(Optional.of("más de"), only(es("Rescataron a más de 340 migrantes.")).qualifier());
    }

    @Test
    void upToIsABoundNotADirection() {
        assertEquals(Optional.empty(), only(en("They can host up to 340 migrants.")).direction());
    }

    @Test
    void spanishDecreaseVerbGovernsThePercent() {
        Quantity q = only(es("El número de homicidios disminuyó 9% respecto a 2022."));
        assertEquals(Optional.of(Direction.DECREASE), q.direction());
        assertEquals(Optional.of("2022"), q.comparedTo());
    }

    @Test
    void directionWordInAnotherClauseIsNotBorrowed() {
        List<Quantity> found = en("Sales increased sharply, while 40 stores closed.");
        assertEquals(Optional.empty(), only(found).direction());
    }

    @Test
    void numberWithoutNounIsStillACount() {
        Quantity q = only(en("Of the permits, more than 9,500 were granted."));
        assertValue("9500", q);
        assertEquals("items", q.unit());
    }

    @Test
    void clauseIsTheSentence() {
        String text = "The meeting ended. Delegates from 27 countries signed. A dinner followed.";
        Quantity q = only(en(text));
        assertEquals("Delegates from 27 countries signed.", q.clause().of(text));
    }

    @Test
    void quantitiesComeInTextOrderAcrossBlocks() {
        String text = "Title with 3 tasks\n\nBody with 5 goals and 7 rules.";
        List<Quantity> found = EXTRACTOR.extract(text, List.of(new Span(20, text.length()), new Span(0, 18)), "en");
        assertEquals(List.of("3", "5", "7"), found.stream().map(q -> q.value().toPlainString()).toList());
    }

    @Test
    void phoneNumbersAreNotQuantities() {
        assertTrue(en("For help, call +52 55 1234 5678 or 800 555 0101.").isEmpty());
    }

    @Test
    void yearBeforeANameIsAYear() {
        assertTrue(en("The 2030 Agenda guides our goals.").isEmpty());
    }

    @Test
    void milFollowedByDigitsAddsThem() {
        assertValue("3750", only(es("Se entregaron 3 mil 750 becas.")));
    }

    @Test
    void spanishScaleTakesItsNounAfterDe() {
        Quantity q = only(es("Viven ahí 2.5 millones de mexicanos."));
        assertValue("2500000", q);
        assertEquals("people", q.unit());
    }

    @Test
    void dollarSignIsPesosInSpanish() {
        assertEquals("MXN", only(es("El programa cuesta $40 millones.")).unit());
        assertEquals("USD", only(en("The programme costs $40 million.")).unit());
    }

    @Test
    void fromNamesTheBaselineOfAChange() {
        Quantity q = only(en("Remittances were up 4.1% from 2021."));
        assertEquals(Optional.of(Direction.INCREASE), q.direction());
        assertEquals(Optional.of("2021"), q.comparedTo());
    }

    @Test
    void fromAfterAPlainCountIsAnOrigin() {
        assertEquals(Optional.empty(), only(en("We welcomed 60 students from Chile.")).comparedTo());
    }

    @Test
    void titleCaseHeadlineStillCounts() {
        Quantity q = only(en("Mexico Sends 500 Tons of Humanitarian Aid to Cuba"));
        assertValue("500", q);
        assertEquals("tons", q.unit());
    }

    @Test
    void spelledScaleTakesItsNounAfterDe() {
        Quantity q = only(es("Llegó un millón de dosis."));
        assertValue("1000000", q);
        assertEquals("doses", q.unit());
    }

    @Test
    void dayRangesAreDates() {
        assertTrue(en("The forum ran from May 6 to 8 in Lima.").isEmpty());
        assertTrue(es("El foro se celebró del 6 al 8 de mayo.").isEmpty());
    }

    @Test
    void proportionsAreNotCounts() {
        assertTrue(en("One in four migrants is a minor.").isEmpty());
        assertTrue(es("Uno de cada cuatro migrantes es menor de edad.").isEmpty());
    }

    @Test
    void baselineMayFollowAChangeNoun() {
        Quantity q = only(en("Seizures showed a 15% rise compared with 2020."));
        assertEquals(Optional.of("2020"), q.comparedTo());
        assertEquals(Optional.of(Direction.INCREASE), q.direction());
    }

    @Test
    void canadianDollarsBeforeTheAmount() {
        List<Quantity> q = EXTRACTOR.extract(TEXT_CAD, List.of(new Span(0, TEXT_CAD.length())), "en");
        assertEquals(1, q.size(), q.toString());
        assertEquals(0, new java.math.BigDecimal("12000000").compareTo(q.get(0).value()));
        assertEquals("CAD", q.get(0).unit());
    }

    private static final String TEXT_CAD = "Ottawa approved CAD 12 million for inspections.";

    @Test
    void numberWordWithScaleStandsAloneAfterItsNoun() {
        String text = "Passports issued by the network exceeded one million for the first time.";
        List<Quantity> q = EXTRACTOR.extract(text, List.of(new Span(0, text.length())), "en");
        assertEquals(1, q.size(), q.toString());
        assertEquals(0, new java.math.BigDecimal("1000000").compareTo(q.get(0).value()));
    }

    @Test
    void smallNumberWordAloneIsStillNoAmount() {
        String text = "She said that one of them would travel.";
        assertEquals(List.of(), EXTRACTOR.extract(text, List.of(new Span(0, text.length())), "en"));
    }

    /** The block is split into sentences only as far as its numbers: each is still read in its own sentence. */
    @Test
    void numbersAfterSentencesWithoutOneAreReadInTheirOwnSentences() {
        String text = "A delegation met the minister. It was a long day.\n\nThey granted 300 visas. An official said so. "
                + "One of them noted a rise. Exports rose 5% in May.";
        List<Quantity> found = EXTRACTOR.extract(text, List.of(new Span(0, 49), new Span(51, text.length())), "en");
        assertEquals(2, found.size(), () -> "got " + found);
        assertEquals("They granted 300 visas.", found.get(0).clause().of(text));
        assertEquals("Exports rose 5% in May.", found.get(1).clause().of(text));
    }
}
